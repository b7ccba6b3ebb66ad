package org.herodotus.fetch;

import java.io.IOException;

/**
 * A URL could not be fetched: refused by robots.txt, an HTTP error status, a timeout, a body over
 * the limit, too many redirects or a network error. The message names the URL and says what to do.
 */
public final class FetchException extends IOException {

  private static final long serialVersionUID = 1L;

  FetchException(String message) {
    super(message);
  }

  FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
