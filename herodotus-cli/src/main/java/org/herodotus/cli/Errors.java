package org.herodotus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions that escape a command into one clear line on standard error and exit status
 * 2: bad arguments and configuration are the user's to fix and need no stack trace.
 */
final class Errors implements IExecutionExceptionHandler {

  static final int FAILED_DOCUMENTS = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof IOException) {
      cmd.getErr().println("herodotus: " + e.getMessage());
      return USAGE;
    }
    cmd.getErr().println("herodotus: internal error: " + e);
    e.printStackTrace(cmd.getErr());
    return 3;
  }
}
