package org.herodotus.pipeline;

import org.herodotus.model.Document;

/**
 * What became of one input: a document, or a failure that says which document, where it came
 * from, at which stage and why. Readers and the pipeline both produce outcomes, so that one bad
 * article is recorded and the batch goes on.
 */
public sealed interface Outcome permits Outcome.Done, Outcome.Failed {

  /** A document that went through (or was read) without error. */
  record Done(Document document) implements Outcome {}

  /**
   * A document that could not be read or processed.
   *
   * @param documentId the id, or the origin when no id could be made
   * @param origin the file, {@code file:line} or {@code -} it came from
   * @param stage the stage that failed, or {@code "read"}
   * @param message what happened, with the values, and what to do
   * @param cause the underlying exception, or {@code null}
   */
  record Failed(String documentId, String origin, String stage, String message, Throwable cause)
      implements Outcome {

    /** One line for standard error: {@code origin (id) failed at stage: message}. */
    public String describe() {
      String where = origin == null || origin.equals(documentId) ? documentId : origin + " (" + documentId + ")";
      return where + " failed at " + stage + ": " + message;
    }
  }
}
