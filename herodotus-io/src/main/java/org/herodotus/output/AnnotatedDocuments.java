package org.herodotus.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import org.herodotus.pipeline.Outcome;
import org.herodotus.read.ArticleStream;

/**
 * Reads back documents that {@code herodotus extract --with-tokens} wrote, so that the stages after
 * CoreNLP can run again on them without annotating anew: a new entity, place or date rule is
 * tried on a whole corpus in seconds. One outcome per non-blank line, in order; a line that is not
 * such a document is an {@link Outcome.Failed} with its file and line, and the stream goes on.
 */
public final class AnnotatedDocuments implements ArticleStream {

  private final Deque<String> inputs;
  private final InputStream stdin;
  private BufferedReader reader;
  private String origin;
  private int lineNumber;
  private Outcome next;

  private AnnotatedDocuments(List<String> inputs, InputStream stdin) {
    this.inputs = new ArrayDeque<>(inputs);
    this.stdin = stdin;
  }

  /**
   * The documents of {@code inputs}: JSON Lines files, or {@code "-"} for {@code stdin}.
   *
   * @throws IllegalArgumentException if an input is not a readable file
   */
  public static AnnotatedDocuments open(List<String> inputs, InputStream stdin) {
    for (String input : inputs) {
      if (!input.equals("-") && !Files.isRegularFile(Path.of(input))) {
        throw new IllegalArgumentException(input + " is not a file; --annotated reads JSON Lines files that "
            + "'herodotus extract --with-tokens' wrote");
      }
    }
    return new AnnotatedDocuments(inputs, stdin);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      try {
        String line = reader == null ? null : reader.readLine();
        if (line == null) {
          if (!openNext()) {
            return false;
          }
          continue;
        }
        lineNumber++;
        if (!line.isBlank()) {
          next = parse(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + origin + ": " + e.getMessage(), e);
      }
    }
    return true;
  }

  private Outcome parse(String line) {
    String where = origin + ":" + lineNumber;
    try {
      return new Outcome.Done(DocumentJson.read(line));
    } catch (IllegalArgumentException e) {
      return new Outcome.Failed(where, where, "read", e.getMessage()
          + "; --annotated reads what 'herodotus extract --with-tokens' wrote", e);
    }
  }

  private boolean openNext() throws IOException {
    close();
    String input = inputs.poll();
    if (input == null) {
      return false;
    }
    origin = input;
    lineNumber = 0;
    reader = input.equals("-")
        ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    return true;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Outcome outcome = next;
    next = null;
    return outcome;
  }

  @Override
  public void close() {
    if (reader != null && !"-".equals(origin)) {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing was written through it; nothing is lost
      }
    }
    reader = null;
  }
}
