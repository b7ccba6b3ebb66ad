package org.herodotus.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;

/**
 * The content hash of a document: SHA-256 over its id, title, publication date, outlet, URL and
 * text, in hex. It is the same before and after the pipeline (stages add layers, never change
 * metadata or text), so a document can be checked against the store before it is processed.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The hash of {@code doc}'s metadata and text: 64 hex digits. */
  public static String of(Document doc) {
    Metadata m = doc.meta();
    MessageDigest sha = sha256();
    for (Object part : new Object[] {m.id(), m.title(), m.published(), m.source(), m.url(), doc.text()}) {
      sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
