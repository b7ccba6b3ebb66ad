package org.herodotus.pipelines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.herodotus.actors.Actors;
import org.herodotus.attribution.Attribution;
import org.herodotus.annotate.CoreNlpAnnotation;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.dates.Dates;
import org.herodotus.entities.Entities;
import org.herodotus.events.Events;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.Gazetteers;
import org.herodotus.language.EnglishCheck;
import org.herodotus.model.Layer;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.places.Places;

/**
 * The pipelines Herodotus runs, as one readable list each: the command line's extract, ingest,
 * bench and serve, and the Flink job, so that every way of running it applies the same stages.
 */
public final class Pipelines {

  private Pipelines() {}

  /** Loaded annotators by configuration: models load once per process. */
  private static final Map<CoreNlpConfig, CoreNlpAnnotation> ANNOTATORS = new ConcurrentHashMap<>();
  /** Loaded gazetteer indexes by path: each loads once per process. */
  private static final Map<Path, Gazetteer> GAZETTEERS = new ConcurrentHashMap<>();

  /**
   * The gazetteer index at {@code indexFile} ({@code herodotus gazetteer build}), loaded once per
   * process however many tasks of a job ask for it.
   *
   * @throws IllegalStateException if the file is missing or no index
   */
  public static Gazetteer gazetteer(Path indexFile) {
    return GAZETTEERS.computeIfAbsent(indexFile.toAbsolutePath().normalize(), Gazetteers::load);
  }

  /** The full extraction pipeline; loads the CoreNLP models on first use. */
  public static Pipeline standard(CoreNlpConfig config) {
    return standard(config, Gazetteers.loadDefault());
  }

  /** The full extraction pipeline, resolving places against {@code gazetteer}. */
  public static Pipeline standard(CoreNlpConfig config, Gazetteer gazetteer) {
    return of(ANNOTATORS.computeIfAbsent(config, CoreNlpAnnotation::new), gazetteer);
  }

  /**
   * The full extraction pipeline around an already loaded annotator; loads the default gazetteer
   * on first use (once per process). Event coding needs the dependency parse: without it
   * ({@code --no-parse}) the events layer is left out, and attribution finds direct quotes and
   * "according to" reports only.
   */
  public static Pipeline of(CoreNlpAnnotation annotation) {
    return of(annotation, Gazetteers.loadDefault());
  }

  /** The full extraction pipeline around an already loaded annotator and gazetteer. */
  public static Pipeline of(CoreNlpAnnotation annotation, Gazetteer gazetteer) {
    List<Stage> stages = new ArrayList<>(List.of(
        new EnglishCheck(),
        annotation,
        new Entities(),
        new Places(gazetteer),
        new Dates(),
        new Actors()));
    if (annotation.adds().contains(Layer.DEPENDENCIES)) {
      stages.add(new Events());
    }
    stages.add(new Attribution());
    return Pipeline.of(stages);
  }

  /**
   * The layers a document written with {@code --with-tokens} brings back. Output written with
   * {@code --no-parse} has no dependencies: its sentences then yield no events.
   */
  public static final Set<Layer> ANNOTATED = EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.ENTITY_CANDIDATES, Layer.TIME_CANDIDATES);

  /**
   * Our own stages only, for documents read back from output written with {@code --with-tokens}
   * ({@code extract --annotated}): no models to load.
   */
  public static Pipeline afterAnnotation() {
    return afterAnnotation(Gazetteers.loadDefault());
  }

  /** Our own stages only, as {@link #afterAnnotation()}, resolving places against {@code gazetteer}. */
  public static Pipeline afterAnnotation(Gazetteer gazetteer) {
    return Pipeline.over(ANNOTATED, List.of(
        new Entities(),
        new Places(gazetteer),
        new Dates(),
        new Actors(),
        new Events(),
        new Attribution()));
  }
}
