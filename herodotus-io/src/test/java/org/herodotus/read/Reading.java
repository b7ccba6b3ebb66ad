package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;

/** Helpers for the reader tests: read inputs to a list, unwrap outcomes, write fixture files. */
final class Reading {

  static final ReadOptions OPTIONS = ReadOptions.defaults().withStdin(new ByteArrayInputStream(new byte[0]));

  private Reading() {}

  /** Every outcome of {@code inputs}, read with {@code options}. */
  static List<Outcome> all(ReadOptions options, String... inputs) {
    List<Outcome> outcomes = new ArrayList<>();
    try (ArticleStream stream = Articles.open(List.of(inputs), options)) {
      stream.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  /** Every outcome of {@code paths}, read with the default options. */
  static List<Outcome> all(Path... paths) {
    return all(OPTIONS, List.of(paths).stream().map(Path::toString).toArray(String[]::new));
  }

  /** The one outcome of reading {@code path}. */
  static Outcome one(Path path) {
    List<Outcome> outcomes = all(path);
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  /** The document of an outcome that must be done. */
  static Document done(Outcome outcome) {
    assertThat(outcome).as("outcome %s", outcome).isInstanceOf(Outcome.Done.class);
    return ((Outcome.Done) outcome).document();
  }

  /** The failure of an outcome that must have failed at reading. */
  static Outcome.Failed failed(Outcome outcome) {
    assertThat(outcome).as("outcome %s", outcome).isInstanceOf(Outcome.Failed.class);
    Outcome.Failed failed = (Outcome.Failed) outcome;
    assertThat(failed.stage()).isEqualTo("read");
    return failed;
  }

  /** The document read from plain text {@code text}. */
  static Document text(String text) {
    return done(InputReader.plainText(text, "test.txt", OPTIONS));
  }

  /** The standard input of {@code content}. */
  static ReadOptions stdin(String content) {
    return OPTIONS.withStdin(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
