package org.herodotus.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.herodotus.fetch.Fetcher;

/**
 * Counts the documents that inputs will yield, before they are read, for a progress display:
 * plain text and web pages are one each, JSON Lines one per line that is not blank, folders the sum
 * of the files {@link FolderWalk} would read. Standard input, web addresses, WARC archives, feeds
 * and lists of addresses are unknown until read, and make the whole count unknown. Reads files as
 * bytes, one at a time, closing each; a file it cannot read counts as one (its one failure).
 */
final class DocumentCount {

  private static final int CHUNK = 1 << 16;

  private DocumentCount() {}

  static OptionalLong of(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input == null || input.equals("-") || Fetcher.isWebUrl(input)) {
        return OptionalLong.empty();
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        return OptionalLong.empty();
      }
      long count = Files.isDirectory(path) ? folder(path) : file(path);
      if (count < 0) {
        return OptionalLong.empty();
      }
      total += count;
    }
    return OptionalLong.of(total);
  }

  /** The documents of the files under {@code folder} as {@link FolderWalk} visits them, or -1 when unknown. */
  private static long folder(Path folder) {
    List<Path> entries;
    try (Stream<Path> listed = Files.list(folder)) {
      entries = listed.toList();
    } catch (IOException | RuntimeException e) {
      return 1; // FolderWalk reports it as one failure
    }
    long total = 0;
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      long count;
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        count = folder(entry);
      } else if (!Files.isDirectory(entry) && !Format.isBinaryName(name)) {
        count = file(entry);
      } else {
        continue;
      }
      if (count < 0) {
        return -1;
      }
      total += count;
    }
    return total;
  }

  /** The documents of one file, or -1 when they are not known without parsing it. */
  private static long file(Path file) {
    Format format = Format.ofName(file.getFileName() == null ? "" : file.getFileName().toString());
    switch (format) {
      case WARC, FEED, URL_LIST:
        return -1;
      case TEXT, HTML:
        return 1;
      default:
        break;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[CHUNK];
      int read = in.readNBytes(chunk, 0, chunk.length);
      if (format == Format.UNKNOWN) {
        String head = new String(chunk, 0, Math.min(read, 4096), StandardCharsets.UTF_8);
        if (head.startsWith("WARC/") || Format.looksLikeFeed(head)) {
          return -1;
        }
        if (Format.sniff(head) != Format.JSON_LINES) {
          return 1;
        }
      }
      long lines = 0;
      boolean blank = true;
      while (read > 0) {
        for (int i = 0; i < read; i++) {
          byte b = chunk[i];
          if (b == '\n') {
            lines += blank ? 0 : 1;
            blank = true;
          } else if (blank && b != ' ' && b != '\t' && b != '\r' && b != '\f') {
            blank = false;
          }
        }
        read = in.readNBytes(chunk, 0, chunk.length);
      }
      return lines + (blank ? 0 : 1);
    } catch (IOException | RuntimeException e) {
      return 1; // the reader reports it as one failure
    }
  }
}
