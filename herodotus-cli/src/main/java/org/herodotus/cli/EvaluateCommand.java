package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.evaluate.AttributionScores;
import org.herodotus.evaluate.EntityScores;
import org.herodotus.evaluate.EventScores;
import org.herodotus.evaluate.GoldSet;
import org.herodotus.evaluate.GoldSpanScores;
import org.herodotus.evaluate.NationalityPlaces;
import org.herodotus.evaluate.PlaceScores;
import org.herodotus.evaluate.TimeScores;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.events.Lexicon;
import org.herodotus.model.Document;
import org.herodotus.model.Place;
import org.herodotus.output.AnnotatedDocuments;
import org.herodotus.output.DocumentJson;
import org.herodotus.pipeline.Batch;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipelines.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herodotus evaluate AREA --gold FILE}: runs the extraction pipeline on a gold set and
 * prints the standard metrics of that area, agreeing with the reference scorers in
 * {@code ../shared/eval/score/}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores extraction against a gold set (../shared/eval/<area>/dev.jsonl).",
    subcommands = {EvaluateCommand.Entities.class, EvaluateCommand.Times.class, EvaluateCommand.Places.class,
        EvaluateCommand.Events.class, EvaluateCommand.Attribution.class, EvaluateHtmlCommand.class})
final class EvaluateCommand implements Runnable {

  @Override
  public void run() {
    throw new IllegalArgumentException("name what to evaluate: 'herodotus evaluate entities --gold FILE', "
        + "'herodotus evaluate times --gold FILE', 'herodotus evaluate places --gold FILE', 'herodotus evaluate events --gold FILE', "
        + "'herodotus evaluate attribution --gold FILE' or 'herodotus evaluate html --gold FILE'");
  }

  /** The options and the annotation run every evaluation shares. */
  abstract static class Evaluation implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold JSON Lines file.")
    Path gold;

    @Mixin GazetteerOption gazetteerOption;

    @Option(names = "--predictions", paramLabel = "FILE",
        description = "Also write the predictions in the extract format, for the reference scorer.")
    Path predictions;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fine-ner", description = "Run CoreNLP's fine-grained NER.")
    boolean fineNer;

    @Option(names = "--annotated", paramLabel = "FILE",
        description = {"Take the documents from FILE, which 'extract --with-tokens' wrote over the gold file,",
            "and run only Herodotus's own stages again, without CoreNLP. Seconds instead of minutes."})
    Path annotated;

    @Override
    public Integer call() throws IOException {
      GoldSet goldSet = GoldSet.read(gold);
      Gazetteer gazetteer = gazetteerOption.gazetteer();
      Pipeline pipeline = annotated != null ? Pipelines.afterAnnotation(gazetteer) : Pipelines.standard(config(), gazetteer);
      Map<String, Document> predicted = new HashMap<>();
      int[] failed = {0};
      try (Progress bar = new Progress(System.err, Progress.terminal());
          AnnotatedDocuments saved = annotated == null ? null : AnnotatedDocuments.open(List.of(annotated.toString()), System.in)) {
        new Batch(pipeline, Math.max(1, threads)).run(
            saved != null ? saved : documents(goldSet).stream().map(d -> (Outcome) new Outcome.Done(d)).iterator(),
            outcome -> {
              bar.documentDone(outcome instanceof Outcome.Done);
              if (outcome instanceof Outcome.Done done) {
                predicted.put(done.document().id(), done.document());
              } else {
                failed[0]++;
                System.err.println("herodotus: " + ((Outcome.Failed) outcome).describe());
              }
            });
        System.err.printf(Locale.ROOT, "annotated %d documents in %s (%d failed)%n",
            goldSet.records().size(), Durations.format(bar.seconds()), failed[0]);
      }
      long missing = goldSet.records().stream().filter(r -> !predicted.containsKey(r.get("id").asText())).count();
      if (annotated != null && missing > 0) {
        System.err.printf(Locale.ROOT, "herodotus: %d of %d gold documents are not in %s; they count as found nothing%n",
            missing, goldSet.records().size(), annotated);
      }
      Map<String, Document> scored = scored(goldSet, predicted);
      if (predictions != null) {
        writePredictions(goldSet, scored);
      }
      report(goldSet, scored);
      return 0;
    }

    /** The predictions to score and write: by default those of the pipeline. */
    Map<String, Document> scored(GoldSet goldSet, Map<String, Document> predicted) {
      return predicted;
    }

    /** How CoreNLP annotates for this area: entities, places and dates need no dependency parse. */
    CoreNlpConfig config() {
      return new CoreNlpConfig(false, fineNer);
    }

    /** The gold records as documents to annotate. */
    List<Document> documents(GoldSet goldSet) {
      return goldSet.documents();
    }

    private void writePredictions(GoldSet goldSet, Map<String, Document> predicted) throws IOException {
      try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (Document doc : goldSet.documents()) {
          Document prediction = predicted.get(doc.id());
          if (prediction != null) {
            out.write(DocumentJson.write(prediction, false));
            out.write('\n');
          }
        }
      }
    }

    abstract void report(GoldSet goldSet, Map<String, Document> predicted);
  }

  @Command(name = "entities", mixinStandardHelpOptions = true,
      description = {"Exact-span typed entity P/R/F1 per corpus (CoNLL-2003; re3d names),",
          "as ../shared/eval/entities/README.md defines them."})
  static final class Entities extends Evaluation {
    @Override
    void report(GoldSet goldSet, Map<String, Document> predicted) {
      List<EntityScores.CorpusScore> scores = EntityScores.score(goldSet, predicted);
      Map<String, Double> f1 = new HashMap<>();
      for (EntityScores.CorpusScore s : scores) {
        System.out.println(s.corpus() + ": " + s.overall());
        s.perType().forEach((type, prf) -> System.out.println("  " + type + ": " + prf));
        f1.put(s.corpus(), s.overall().f1());
      }
      System.out.printf(Locale.ROOT, "entities: conll F1 %.3f, re3d-names F1 %.3f%n",
          f1.getOrDefault("conll2003", 0.0), f1.getOrDefault("re3d", 0.0));
    }
  }

  @Command(name = "times", mixinStandardHelpOptions = true,
      description = {"TempEval-3 Task A scores of temporal expressions per corpus: value F1,",
          "relaxed and strict extent F1, type F1 (../shared/eval/time/README.md)."})
  static final class Times extends Evaluation {
    @Override
    void report(GoldSet goldSet, Map<String, Document> predicted) {
      for (String corpus : TimeScores.corpora(goldSet)) {
        System.out.println(corpus + ": " + TimeScores.score(goldSet, predicted, corpus));
      }
      System.out.println("time: " + TimeScores.score(goldSet, predicted, null));
    }
  }

  @Command(name = "places", mixinStandardHelpOptions = true,
      description = {"Geoparsing scores per corpus: recognition P/R/F1 (exact and overlapping spans),",
          "end-to-end and resolved-only accuracy@161 km, median error (../shared/eval/geo/README.md)."})
  static final class Places extends Evaluation {

    /** Labels the scores in which nationality words count as toponyms, which score_geo.py does not print. */
    static final String NATIONALITIES_LABEL = "[nationality words as toponyms at their country's point, not score_geo.py] ";

    @Option(names = "--gold-spans",
        description = {"Resolution only: resolve each gold toponym span (the rest of the document as context)",
            "and score accuracy@161 km, mean and median error, unresolved share per corpus."})
    boolean goldSpans;

    @Override
    Map<String, Document> scored(GoldSet goldSet, Map<String, Document> predicted) {
      if (!goldSpans) {
        return predicted;
      }
      org.herodotus.places.Places places = new org.herodotus.places.Places(gazetteerOption.gazetteer());
      Map<String, Document> resolved = new HashMap<>();
      for (JsonNode record : goldSet.records()) {
        Document doc = predicted.get(record.get("id").asText());
        if (doc != null) {
          resolved.put(doc.id(), doc.withPlaces(places.resolve(doc, GoldSpanScores.spans(record))));
        }
      }
      return resolved;
    }

    @Override
    void report(GoldSet goldSet, Map<String, Document> predicted) {
      if (goldSpans) {
        Map<String, List<Place>> places = new HashMap<>();
        predicted.forEach((id, doc) -> places.put(id, doc.places()));
        List<GoldSpanScores.CorpusScore> scores = GoldSpanScores.score(goldSet, places);
        scores.forEach(System.out::println);
        System.out.println(GoldSpanScores.summary(scores));
        return;
      }
      List<PlaceScores.CorpusScore> scores = PlaceScores.score(goldSet, predicted);
      Gazetteer gazetteer = gazetteerOption.gazetteer();
      Map<String, PlaceScores.CorpusScore> withNationalities = new HashMap<>();
      PlaceScores.score(goldSet, NationalityPlaces.added(predicted, gazetteer::country))
          .forEach(s -> withNationalities.put(s.corpus(), s));
      for (PlaceScores.CorpusScore s : scores) {
        System.out.println(s);
        PlaceScores.Recognition r = s.recognition();
        if (r != null && r.gold() > 0) {
          System.out.printf(Locale.ROOT, "  recognition exact %s; overlap P %.3f R %.3f%n",
              r.exact(), r.overlapPrecision(), r.overlapRecall());
        }
        System.out.printf(Locale.ROOT, "  resolution: %d of %d toponyms with coordinates matched, %d within 161 km%n",
            s.resolution().matched(), s.resolution().toponyms(), s.resolution().within());
        System.out.println("  " + NATIONALITIES_LABEL + withNationalities.get(s.corpus()));
      }
      PlaceScores.recallByType(goldSet, predicted).forEach(r -> System.out.println("  " + r));
      System.out.println(PlaceScores.summary(scores));
      System.out.println(NATIONALITIES_LABEL + PlaceScores.summary(List.copyOf(withNationalities.values())));
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = {"Event-coding P/R/F1 per subset and for the headline groups: CAMEO code, CAMEO root,",
          "PLOVER category and triple_country (../shared/eval/events/README.md). Records without a date",
          "are read as published on 2000-01-01 (dates are not scored). petrarch2_unittest is reported",
          "apart: its actors are fictional and its codes dictionary-specific."})
  static final class Events extends Evaluation {

    @Option(names = "--score", paramLabel = "FILE",
        description = "Score this predictions file (extract output, one line per record) instead of running the pipeline.")
    Path score;

    @Override
    public Integer call() throws IOException {
      if (score == null) {
        return super.call();
      }
      GoldSet goldSet = GoldSet.read(gold);
      Map<String, List<EventScores.Coded>> coded = new HashMap<>();
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String line : Files.readAllLines(score, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          com.fasterxml.jackson.databind.JsonNode node = json.readTree(line);
          coded.put(node.path("id").asText(), EventScores.of(node));
        }
      }
      print(EventScores.score(goldSet, coded, Lexicon.loadDefault()::ploverColumn));
      return 0;
    }

    @Override
    CoreNlpConfig config() {
      return new CoreNlpConfig(true, fineNer);
    }

    @Override
    List<Document> documents(GoldSet goldSet) {
      return goldSet.documents().stream()
          .map(d -> d.meta().published() != null ? d : d.withMeta(d.meta().withPublished(EventScores.REFERENCE_DATE)))
          .toList();
    }

    @Override
    void report(GoldSet goldSet, Map<String, Document> predicted) {
      print(EventScores.score(goldSet, EventScores.of(predicted), Lexicon.loadDefault()::ploverColumn));
    }

    private static void print(EventScores scores) {
      scores.lines().forEach(System.out::println);
    }
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Attribution scores (PolNeAR, ../shared/eval/attribution/README.md): content P/R/F1, partial and",
          "exact; source accuracy on matched pairs; end-to-end 'who said what' F1. The first two lines are",
          "those of score_attribution.py; the labelled lines after them add detail."})
  static final class Attribution extends Evaluation {

    @Override
    CoreNlpConfig config() {
      return new CoreNlpConfig(true, fineNer);
    }

    @Override
    void report(GoldSet goldSet, Map<String, Document> predicted) {
      AttributionScores scores = AttributionScores.score(goldSet, predicted);
      scores.referenceLines().forEach(System.out::println);
      scores.detailLines().forEach(System.out::println);
    }
  }
}
