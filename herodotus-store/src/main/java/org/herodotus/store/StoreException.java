package org.herodotus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The store could not read or write its database (disk full, directory locked by another process,
 * corrupt file). An I/O failure at the edge: the message names the data directory or document,
 * and the database's own error is the cause.
 */
public final class StoreException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  /** What to do when the disk is full or read-only: each write is one transaction, so running again resumes. */
  static final String DISK_ADVICE = "the disk holding the data directory is full or read-only: free disk space or make it"
      + " writable, then run ingest again; it resumes, skipping the documents already stored";

  /** Words of the operating system's and the database's errors for a full or read-only disk. */
  private static final List<String> DISK_PROBLEMS = List.of("no space left on device", "disk full", "disk is full",
      "read-only file system", "not enough space");

  StoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + (diskProblem(cause) ? " (" + DISK_ADVICE + ")" : ""),
        new IOException(cause.getMessage(), cause));
  }

  /** Whether {@code error} or one of its causes says the disk is full or read-only. */
  static boolean diskProblem(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (DISK_PROBLEMS.stream().anyMatch(text::contains)) {
        return true;
      }
    }
    return false;
  }
}
