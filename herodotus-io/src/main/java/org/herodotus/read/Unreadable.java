package org.herodotus.read;

/**
 * Thrown inside the readers when one article cannot be read; whoever reads the article turns it
 * into an {@code Outcome.Failed} with this message and this exception's cause. Never escapes the
 * package.
 */
final class Unreadable extends RuntimeException {

  Unreadable(String message) {
    super(message);
  }

  Unreadable(String message, Throwable cause) {
    super(message, cause);
  }
}
