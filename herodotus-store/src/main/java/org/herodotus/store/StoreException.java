package org.herodotus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * The store could not read or write its database (disk full, directory locked by another process,
 * corrupt file). An I/O failure at the edge: the message names the data directory or document,
 * and the database's own error is the cause.
 */
public final class StoreException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  StoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), new IOException(cause.getMessage(), cause));
  }
}
