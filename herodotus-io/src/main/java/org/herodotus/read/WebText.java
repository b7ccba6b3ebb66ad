package org.herodotus.read;

import java.nio.charset.Charset;

/** Decodes the bytes of a fetched or archived body: the charset its headers name, else what the bytes show. */
final class WebText {

  private WebText() {}

  /**
   * The text of {@code bytes}: in {@code declared} (from a Content-Type header) if given, else as
   * {@link Decoding#decode} settles it (byte-order mark, UTF-8, a meta charset for HTML, windows-1252).
   */
  static String decode(byte[] bytes, Charset declared, boolean html) {
    if (declared == null || Decoding.bomLength(bytes, bytes.length) > 0) {
      return Decoding.decode(bytes, bytes.length, html);
    }
    return new String(bytes, declared);
  }

  /** {@code text} with its line ends made {@code \n}, as plain-text articles are read. */
  static String lines(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
