package org.herodotus.pipeline;

import org.herodotus.model.Document;

/**
 * Observes documents as they go through a {@link Pipeline}: timings and failures flow here
 * rather than to log lines inside stages. Implementations must be fast, thread-safe and must not
 * throw.
 */
public interface PipelineListener {

  /** Nothing to observe. */
  PipelineListener NONE = new PipelineListener() {};

  /** A stage finished one document in {@code nanos}. */
  default void stageEnded(Document doc, Stage stage, long nanos) {}

  /** A document went through every stage. */
  default void documentDone(Document doc, long nanos) {}

  /** A document failed, at reading or at a stage. */
  default void documentFailed(Outcome.Failed failure) {}
}
