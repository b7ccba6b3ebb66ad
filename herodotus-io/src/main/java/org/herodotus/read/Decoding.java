package org.herodotus.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an article into text, and tells binary files from text.
 *
 * <ol>
 *   <li>A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE (the mark is not part of the text).
 *   <li>Else bytes that are valid UTF-8 are UTF-8. A multi-byte character cut off at the very end
 *       of otherwise non-ASCII UTF-8 (a truncated download) is dropped.
 *   <li>Else, for HTML, the charset a {@code <meta>} tag declares, if Java knows it.
 *   <li>Else, if the valid multi-byte UTF-8 characters outnumber the invalid bytes, UTF-8 with
 *       the invalid bytes replaced by U+FFFD (mostly UTF-8 with a few damaged bytes).
 *   <li>Else windows-1252, the usual encoding of legacy Western text.
 * </ol>
 */
final class Decoding {

  /** How many leading bytes the binary check and the format sniffing look at. */
  static final int HEAD_BYTES = 8192;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;

  private Decoding() {}

  /**
   * Why the content starting with {@code head} looks binary, or {@code null} if it looks like
   * text: a NUL byte, or more than 10% control characters other than tab, line feed, carriage
   * return and form feed in the first {@value #HEAD_BYTES} bytes. UTF-16 with a byte-order mark is
   * text.
   */
  static String binaryProblem(byte[] head, int length) {
    if (bomLength(head, length) > 0) {
      return null;
    }
    int examined = Math.min(length, HEAD_BYTES);
    int controls = 0;
    for (int i = 0; i < examined; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return Messages.binaryNul(i);
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        controls++;
      }
    }
    return controls * 10 > examined ? Messages.binaryControl(controls, examined) : null;
  }

  /** The text of {@code bytes[0, length)}; {@code html} lets a meta charset decide when UTF-8 fails. */
  static String decode(byte[] bytes, int length, boolean html) {
    int bom = bomLength(bytes, length);
    if (bom > 0) {
      Charset charset = bom == 3 ? StandardCharsets.UTF_8
          : (bytes[0] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return new String(bytes, bom, length - bom, charset);
    }
    String utf8 = strictUtf8(bytes, length);
    if (utf8 != null) {
      return utf8;
    }
    Charset declared = html ? metaCharset(bytes, length) : null;
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, 0, length, declared);
    }
    return mostlyUtf8(bytes, length) ? new String(bytes, 0, length, StandardCharsets.UTF_8)
        : new String(bytes, 0, length, WINDOWS_1252);
  }

  /** The length of the byte-order mark {@code bytes} start with: 3 for UTF-8, 2 for UTF-16, else 0. */
  static int bomLength(byte[] bytes, int length) {
    if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return 3;
    }
    if (length >= 2 && (((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)
        || ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE))) {
      return 2;
    }
    return 0;
  }

  /** {@code bytes} as UTF-8 if valid (but for a character cut off at the end), else {@code null}. */
  private static String strictUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    // Not the end of input yet: an incomplete sequence at the end stays in the buffer, unreported.
    CoderResult result = decoder.decode(in, out, false);
    if (result.isError()) {
      return null;
    }
    decoder.decode(ByteBuffer.allocate(0), out, true);
    decoder.flush(out);
    String text = out.flip().toString();
    // Bytes left over start a character cut off at the end. Take it for a truncated UTF-8 file
    // only when other characters show the file is UTF-8: a lone "é" at the end of windows-1252
    // text looks the same.
    return !in.hasRemaining() || hasNonAscii(text) ? text : null;
  }

  private static boolean hasNonAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /** Whether valid multi-byte UTF-8 sequences outnumber the bytes that are not UTF-8. */
  private static boolean mostlyUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    int invalid = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        break;
      }
      invalid += result.length();
      in.position(in.position() + result.length());
    }
    out.flip();
    int multiByte = 0;
    for (int i = 0; i < out.length(); i++) {
      multiByte += out.charAt(i) >= 0x80 ? 1 : 0;
    }
    return multiByte > invalid;
  }

  /** The charset a meta tag in the first bytes of a page declares, if Java supports it. */
  private static Charset metaCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // As browsers do: pages that say Latin-1 or ASCII are windows-1252 in practice.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}
