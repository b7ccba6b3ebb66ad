package org.herodotus.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: a UTF-8 file, or standard output, which closing only flushes. */
final class Outputs {

  private Outputs() {}

  /** A buffered UTF-8 writer to {@code output}, or to standard output when it is {@code null}. */
  static Writer open(Path output) throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush(); // never close standard output
        }
      };
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }
}
