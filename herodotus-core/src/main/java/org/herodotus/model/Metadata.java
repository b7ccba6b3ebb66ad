package org.herodotus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an article besides its text. Fields that the source does not give are
 * {@code null} (lists are empty).
 *
 * @param id a stable identifier: the one given by the source, else a hash of the content
 * @param title the headline
 * @param published the publication date, against which relative dates are resolved
 * @param authors the by-line, one name per element
 * @param source the outlet or site name ({@code "Kurdistan 24"})
 * @param url where the article was published
 * @param dateline the dateline that opens the text
 * @param origin where Herodotus read it from: a file path, {@code path:line} for JSON Lines, or
 *     {@code "-"} for standard input
 */
public record Metadata(
    String id,
    String title,
    LocalDate published,
    List<String> authors,
    String source,
    String url,
    Dateline dateline,
    String origin) {

  public Metadata {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a document needs a non-blank id");
    }
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** Metadata with only an id, for tests and for text that comes without any. */
  public static Metadata of(String id) {
    return new Metadata(id, null, null, List.of(), null, null, null, null);
  }

  public Metadata withPublished(LocalDate date) {
    return new Metadata(id, title, date, authors, source, url, dateline, origin);
  }
}
