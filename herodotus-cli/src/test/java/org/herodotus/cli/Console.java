package org.herodotus.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line with captured standard streams, for tests. */
record Console(int status, String out, String err) {

  static Console withStdin(String stdin, String... args) {
    return capture(stdin, () -> Herodotus.run(args));
  }

  /** Runs one command object (built with its test seams) as picocli runs the real one. */
  static Console command(Object command, String... args) {
    return capture("", () -> new picocli.CommandLine(command).setExecutionExceptionHandler(new Errors()).execute(args));
  }

  private static synchronized Console capture(String stdin, java.util.function.IntSupplier run) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int status = run.getAsInt();
      return new Console(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  static Console run(String... args) {
    return withStdin("", args);
  }
}
