package org.herodotus.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSON Lines stream, one at a time, without holding more than one line in memory.
 * Lines end at {@code \n} (a {@code \r} before it is dropped). A line longer than the byte limit
 * is skipped to its end and reported by its length, so that one huge record cannot exhaust
 * memory.
 *
 * <p>UTF-8 by default, each line decoded on its own (windows-1252 if it is not UTF-8); UTF-16 when
 * the stream starts with its byte-order mark.
 */
abstract class LineReader {

  /**
   * One line: its 1-based number and its text, or {@code text == null} and the number of bytes
   * (at least) when it was too long to read.
   */
  record Line(int number, String text, long skippedBytes) {}

  protected final long maxBytes;
  protected int number;

  private LineReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Lines of {@code in}, which must support mark and reset; {@code head} is its first bytes. */
  static LineReader of(InputStream in, byte[] head, int headLength, long maxBytes) throws IOException {
    int bom = Decoding.bomLength(head, headLength);
    if (bom == 2) {
      return new Utf16Lines(in, maxBytes);
    }
    in.skipNBytes(bom);
    return new ByteLines(in, maxBytes);
  }

  /** The next line, or {@code null} at the end of the stream. */
  abstract Line next() throws IOException;

  /** UTF-8 (or windows-1252) lines, split on bytes. */
  private static final class ByteLines extends LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];

    ByteLines(InputStream in, long maxBytes) {
      super(maxBytes);
      this.in = in;
    }

    @Override
    Line next() throws IOException {
      int length = 0;
      long total = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int chunk = end - position;
        total += chunk;
        if (total <= maxBytes) {
          if (length + chunk > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + chunk), maxBytes + 1));
          }
          System.arraycopy(buffer, position, line, length, chunk);
          length += chunk;
        }
        position = end;
        if (end < limit) {
          position++;
          break;
        }
      }
      number++;
      if (total > maxBytes) {
        line = new byte[1024];
        return new Line(number, null, total);
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return new Line(number, decode(line, length), 0);
    }

    private static String decode(byte[] bytes, int length) {
      String strict = new String(bytes, 0, length, StandardCharsets.UTF_8);
      // Replacement characters mean the line was not valid UTF-8 (or held U+FFFD itself).
      return strict.indexOf('\uFFFD') < 0 ? strict : Decoding.decode(bytes, length, false);
    }
  }

  /** UTF-16 lines, split on characters. */
  private static final class Utf16Lines extends LineReader {
    private final BufferedReader in;

    Utf16Lines(InputStream in, long maxBytes) {
      super(maxBytes);
      this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_16));
    }

    @Override
    Line next() throws IOException {
      StringBuilder text = new StringBuilder();
      long chars = 0;
      int c = in.read();
      if (c < 0) {
        return null;
      }
      for (; c >= 0 && c != '\n'; c = in.read()) {
        if (++chars * 2 <= maxBytes) {
          text.append((char) c);
        }
      }
      number++;
      if (chars * 2 > maxBytes) {
        return new Line(number, null, chars * 2);
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
        text.setLength(text.length() - 1);
      }
      return new Line(number, text.toString(), 0);
    }
  }
}
