package org.herodotus.pipeline;

import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;

/**
 * One step of the pipeline: reads some layers of a document and returns the document with more.
 *
 * <p>A stage must be safe to call from several threads at once (models are loaded once and
 * shared), must not change layers other stages made, and signals bad input with an
 * {@link IllegalArgumentException}, which fails that one document only.
 */
public interface Stage {

  /** Returns {@code doc} with the layers of {@link #adds()} added. */
  Document apply(Document doc);

  /** A short name for failures and timings; the class name by default. */
  default String name() {
    return getClass().getSimpleName();
  }

  /** The layers this stage reads; the pipeline checks that earlier stages add them. */
  default Set<Layer> requires() {
    return Set.of();
  }

  /** The layers this stage adds. */
  default Set<Layer> adds() {
    return Set.of();
  }
}
