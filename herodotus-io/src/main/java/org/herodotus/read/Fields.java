package org.herodotus.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.pipeline.Outcome;

/**
 * What is known of an article before its text is looked at: the fields of a JSON record or the
 * meta tags of a page. Any field may be {@code null} (authors empty).
 */
record Fields(String id, String title, LocalDate published, List<String> authors, String source, String url) {

  static final Fields NONE = new Fields(null, null, null, List.of(), null, null);

  private static final int ID_HEX_CHARS = 16;

  Fields {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** These fields, each taken from {@code fallback} where this one has none. */
  Fields or(Fields fallback) {
    return new Fields(
        id != null ? id : fallback.id,
        title != null ? title : fallback.title,
        published != null ? published : fallback.published,
        !authors.isEmpty() ? authors : fallback.authors,
        source != null ? source : fallback.source,
        url != null ? url : fallback.url);
  }

  /**
   * The outcome for an article of {@code text} with these fields: a document whose metadata adds
   * what the text's layout shows (title, by-line, dateline; the dateline's outlet as the source
   * when none is known), the default publication date, and an id made from the text when there
   * is none. Fails an empty text, or one longer than {@code options.maxChars()}.
   */
  Outcome complete(String text, String origin, ReadOptions options) {
    if (text.isBlank()) {
      return failed(origin, Messages.EMPTY);
    }
    if (text.length() > options.maxChars()) {
      return failed(origin, Messages.tooManyChars(text.length(), options));
    }
    TextLayout layout = TextLayout.of(text);
    Dateline dateline = layout.dateline();
    Metadata meta = new Metadata(
        id != null ? id : idOf(text),
        title != null ? title : layout.title(),
        published != null ? published : options.defaultPublished(),
        !authors.isEmpty() ? authors : layout.authors(),
        source != null ? source : dateline == null ? null : dateline.outlet(),
        url,
        dateline,
        origin);
    return new Outcome.Done(Document.of(meta, text));
  }

  /** A read failure of the article these fields describe; its id is the origin if it has none. */
  Outcome.Failed failed(String origin, String message) {
    return new Outcome.Failed(id != null ? id : origin, origin, "read", message, null);
  }

  /** The first 16 hex digits of the SHA-256 of {@code text} in UTF-8: stable across runs. */
  static String idOf(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256, which every Java must have", e);
    }
  }
}
