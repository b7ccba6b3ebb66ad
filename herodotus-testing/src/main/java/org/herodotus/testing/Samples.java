package org.herodotus.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The project's own sample articles ({@code samples/} at the repository root), for tests. They are
 * written by the project in the style of conflict news: datelines, quotes, reported speech,
 * relative dates, money and numbers.
 */
public final class Samples {

  /** A wire story on IS defectors crossing into Turkey; published 2017-09-05 in our tests. */
  public static final String DEFECTORS = "defectors-idlib.txt";
  /** A Reuters-style story on a UN aid convoy, with a quote split by its cue. */
  public static final String AID_CONVOY = "aid-convoy-aleppo.txt";
  /** A news web page with navigation, ads, related links, comments, meta tags and JSON-LD. */
  public static final String KABUL_HTML = "kabul-attack.html";
  /** Three JSON Lines records, one of them HTML. */
  public static final String WIRE_JSONL = "wire.jsonl";

  private Samples() {}

  /** The bytes of sample {@code name}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample article named '" + name + "' in samples/");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of sample {@code name}, decoded as UTF-8. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
