package org.herodotus.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.herodotus.pipeline.Outcome;

/**
 * The articles of a JSON Lines stream, one record a line, read a line at a time. Blank lines are
 * skipped; a bad line fails alone, with origin {@code path:line}, and the lines after it are
 * read. An I/O error ends the stream with one failure.
 */
final class JsonLines implements ArticleStream {

  private final LineReader lines;
  private final Closeable source;
  private final String path;
  private final JsonRecords records;
  private Outcome next;
  private boolean finished;

  /**
   * @param source what to close when done, or {@code null} (standard input)
   * @param path the origin of the stream, to which {@code :line} is appended
   */
  JsonLines(LineReader lines, Closeable source, String path, JsonRecords records) {
    this.lines = lines;
    this.source = source;
    this.path = path;
    this.records = records;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + path);
    }
    Outcome result = next;
    next = null;
    return result;
  }

  @Override
  public void close() {
    finished = true;
    next = null;
    if (source != null) {
      try {
        source.close();
      } catch (IOException e) {
        // Only read from: nothing is lost.
      }
    }
  }

  private Outcome advance() {
    LineReader.Line line;
    do {
      try {
        line = lines.next();
      } catch (IOException | RuntimeException e) {
        close();
        String origin = path + ":" + (lines.number + 1);
        return new Outcome.Failed(origin, origin, "read", Messages.cannotRead(e), e);
      }
      if (line == null) {
        close();
        return null;
      }
    } while (line.text() != null && line.text().isBlank());
    String origin = path + ":" + line.number();
    try {
      return records.read(line, origin);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome.Failed(origin, origin, "read", Messages.unexpected(e), e);
    }
  }
}
