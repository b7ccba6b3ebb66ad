package org.herodotus.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;

/**
 * An ordered list of stages, checked when it is built: every layer a stage requires must be added
 * by a stage before it.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(new CoreNlpAnnotation(config), new Dates());
 * Outcome outcome = pipeline.process(document);
 * }</pre>
 */
public final class Pipeline {

  private final List<Stage> stages;
  private final PipelineListener listener;

  private Pipeline(List<Stage> stages, PipelineListener listener) {
    this.stages = List.copyOf(stages);
    this.listener = listener;
  }

  /**
   * Builds a pipeline of {@code stages} in order.
   *
   * @throws IllegalArgumentException if a stage requires a layer no earlier stage adds
   */
  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  /** As {@link #of(Stage...)}. */
  public static Pipeline of(List<Stage> stages) {
    return over(Set.of(), stages);
  }

  /**
   * Builds a pipeline for documents that arrive with the layers {@code given} already (such as
   * documents read back from output written with tokens), checked as {@link #of(Stage...)} is.
   *
   * @throws IllegalArgumentException if a stage requires a layer that is neither given nor added
   *     by a stage before it
   */
  public static Pipeline over(Set<Layer> given, List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    available.addAll(given);
    for (Stage stage : stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Stage '" + stage.name() + "' requires " + missing + ", which no stage before it adds"
                + (given.isEmpty() ? "" : " and the documents do not bring (they bring " + given + ")")
                + ". Stages: " + names(stages) + ". Put a stage that adds " + missing + " before it.");
      }
      available.addAll(stage.adds());
    }
    return new Pipeline(stages, PipelineListener.NONE);
  }

  /** This pipeline, reporting to {@code listener}. */
  public Pipeline withListener(PipelineListener listener) {
    return new Pipeline(stages, listener == null ? PipelineListener.NONE : listener);
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The layers a document has after this pipeline. */
  public Set<Layer> adds() {
    Set<Layer> all = EnumSet.noneOf(Layer.class);
    stages.forEach(stage -> all.addAll(stage.adds()));
    return all;
  }

  /**
   * Runs every stage on {@code doc}. A stage that throws fails this document only: the failure
   * names the stage and keeps the cause.
   */
  public Outcome process(Document doc) {
    long documentStart = System.nanoTime();
    Document current = doc;
    for (Stage stage : stages) {
      long start = System.nanoTime();
      try {
        current = stage.apply(current);
        checkAdded(stage, current);
      } catch (RuntimeException | StackOverflowError e) {
        Outcome.Failed failed = new Outcome.Failed(doc.id(), doc.meta().origin(), stage.name(), messageOf(e), e);
        listener.documentFailed(failed);
        return failed;
      }
      listener.stageEnded(current, stage, System.nanoTime() - start);
    }
    listener.documentDone(current, System.nanoTime() - documentStart);
    return new Outcome.Done(current);
  }

  /** Passes read failures through, and runs the stages on read documents. */
  public Outcome process(Outcome input) {
    if (input instanceof Outcome.Done done) {
      return process(done.document());
    }
    listener.documentFailed((Outcome.Failed) input);
    return input;
  }

  private static void checkAdded(Stage stage, Document result) {
    if (result == null || !result.layers().containsAll(stage.adds())) {
      throw new IllegalStateException(
          "Stage '" + stage.name() + "' promised to add " + stage.adds() + " but returned "
              + (result == null ? "no document" : "layers " + result.layers()));
    }
  }

  private static String messageOf(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static List<String> names(List<Stage> stages) {
    List<String> names = new ArrayList<>();
    stages.forEach(stage -> names.add(stage.name()));
    return names;
  }

  @Override
  public String toString() {
    return "Pipeline" + names(stages);
  }
}
