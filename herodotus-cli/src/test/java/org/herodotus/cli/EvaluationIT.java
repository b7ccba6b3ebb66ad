package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluate commands on the shared dev sets: the scores stay above the floors we reached, and
 * agree with the reference scorers in {@code ../shared/eval/score/}. Skipped without {@code ../shared}.
 */
class EvaluationIT {

  private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d{3}");

  /**
   * The floors reached on the geoparsing dev set, news corpora (GeoWebNews, LGL, TR-News, GeoVirus):
   * end-to-end accuracy@161 km 0.703, recognition overlap F1 0.875, GeoWebNews 0.617 (2026-11-25). The
   * issue's targets (0.85, 0.85, 0.90) are not reached; see the README for why.
   */
  private static final double E2E_FLOOR = 0.68;
  private static final double OVERLAP_F1_FLOOR = 0.85;
  private static final double GEOWEBNEWS_FLOOR = 0.59;

  static List<Double> numbers(String line) {
    List<Double> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(line);
    while (m.find()) {
      numbers.add(Double.parseDouble(m.group()));
    }
    return numbers;
  }

  static String line(String output, String prefix) {
    return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(
        () -> new AssertionError("no line starting with '" + prefix + "' in:\n" + output));
  }

  static String referenceScorer(String script, Path gold, Path predictions, String... more) throws IOException, InterruptedException {
    Path scorer = SharedData.require("eval/score/" + script);
    List<String> command = new ArrayList<>(List.of("python3", scorer.toString(), gold.toString(), predictions.toString()));
    command.addAll(List.of(more));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("python3 is not installed; cannot run the reference scorer");
      throw e;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void times_timeBankValueF1AboveTarget_andAgreesWithReferenceScorer(@TempDir Path dir) throws Exception {
    Path gold = SharedData.require("eval/time/dev.jsonl");
    Path predictions = dir.resolve("times.jsonl");
    Console console = Console.run("evaluate", "times", "--gold", gold.toString(), "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(numbers(line(console.out(), "timebank:")).get(0)).isGreaterThanOrEqualTo(0.78);
    List<Double> ours = numbers(line(console.out(), "time:"));
    List<Double> reference = numbers(line(referenceScorer("score_time.py", gold, predictions), "time:"));
    assertThat(ours.subList(0, 4)).isEqualTo(reference.subList(0, 4));
  }

  @Test
  void entities_conllF1AboveFloor_andAgreesWithReferenceScorer(@TempDir Path dir) throws Exception {
    Path gold = SharedData.require("eval/entities/dev.jsonl");
    Path predictions = dir.resolve("entities.jsonl");
    Console console = Console.run("evaluate", "entities", "--gold", gold.toString(), "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();
    List<Double> ours = numbers(line(console.out(), "entities:"));
    assertThat(ours.get(0)).isGreaterThanOrEqualTo(0.86);
    List<Double> reference = numbers(line(referenceScorer("score_entities.py", gold, predictions), "entities:"));
    assertThat(ours).isEqualTo(reference);
  }

  @Test
  void places_newsAccuracyAboveFloor_andAgreesWithReferenceScorer(@TempDir Path dir) throws Exception {
    Path gold = SharedData.require("eval/geo/dev.jsonl");
    Path predictions = dir.resolve("places.jsonl");
    Console console = Console.run("evaluate", "places", "--gold", gold.toString(), "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();
    List<Double> ours = numbers(line(console.out(), "geo:"));
    assertThat(ours.get(0)).as("news e2e acc@161").isGreaterThanOrEqualTo(E2E_FLOOR);
    assertThat(ours.get(2)).as("news recognition overlap F1").isGreaterThanOrEqualTo(OVERLAP_F1_FLOOR);
    assertThat(numbers(line(console.out(), "GeoWebNews:")).get(2)).as("GeoWebNews e2e acc@161")
        .isGreaterThanOrEqualTo(GEOWEBNEWS_FLOOR);
    String reference = referenceScorer("score_geo.py", gold, predictions);
    assertThat(console.out().lines().filter(l -> !l.startsWith(" ") && !l.startsWith("[")).toList())
        .as("every corpus line and the summary, as the reference scorer prints them")
        .isEqualTo(reference.lines().toList());
  }

  /**
   * The floors reached on the events dev set, headline groups (2026-11-26): CAMEO root F1 0.704,
   * PLOVER F1 0.726, triple_country F1 0.458 with participants linked through the Actors stage,
   * each floor about 0.02 below.
   */
  private static final double EVENTS_ROOT_FLOOR = 0.68;
  private static final double EVENTS_PLOVER_FLOOR = 0.70;
  private static final double EVENTS_TRIPLE_FLOOR = 0.44;

  @Test
  void events_headlineAboveFloors_andEveryLineAgreesWithReferenceScorer(@TempDir Path dir) throws Exception {
    Path gold = SharedData.require("eval/events/dev.jsonl");
    Path codes = SharedData.require("eval/events/cameo_codes.tsv");
    Path predictions = dir.resolve("events.jsonl");
    Console console = Console.run("evaluate", "events", "--gold", gold.toString(), "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();
    List<Double> headline = numbers(line(console.out(), "events:"));
    assertThat(headline.get(0)).as("root F1").isGreaterThanOrEqualTo(EVENTS_ROOT_FLOOR);
    assertThat(headline.get(2)).as("PLOVER F1").isGreaterThanOrEqualTo(EVENTS_PLOVER_FLOOR);
    assertThat(headline.get(3)).as("triple_country F1").isGreaterThanOrEqualTo(EVENTS_TRIPLE_FLOOR);
    String reference = referenceScorer("score_events.py", gold, predictions, codes.toString());
    assertThat(console.out().lines().toList()).isEqualTo(reference.lines().toList());
  }

  /**
   * The floors on the PolNeAR attribution dev set, a little under what was measured on 2026-11-26:
   * end-to-end F1 0.612, content partial F1 0.752, source accuracy 0.813 (targets 0.55, 0.75, 0.75).
   */
  private static final double ATTRIBUTION_E2E_FLOOR = 0.60;
  private static final double ATTRIBUTION_CONTENT_FLOOR = 0.745;
  private static final double ATTRIBUTION_SOURCE_FLOOR = 0.80;

  @Test
  void attribution_aboveFloors_andAgreesWithReferenceScorer(@TempDir Path dir) throws Exception {
    Path gold = SharedData.require("eval/attribution/dev.jsonl");
    Path predictions = dir.resolve("attribution.jsonl");
    Console console = Console.run("evaluate", "attribution", "--gold", gold.toString(), "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();
    List<Double> summary = numbers(line(console.out(), "attribution:"));
    assertThat(summary.get(0)).as("end-to-end F1").isGreaterThanOrEqualTo(ATTRIBUTION_E2E_FLOOR);
    assertThat(summary.get(1)).as("content partial F1").isGreaterThanOrEqualTo(ATTRIBUTION_CONTENT_FLOOR);
    assertThat(summary.get(2)).as("source accuracy").isGreaterThanOrEqualTo(ATTRIBUTION_SOURCE_FLOOR);
    String reference = referenceScorer("score_attribution.py", gold, predictions);
    assertThat(console.out().lines().filter(l -> !l.startsWith(" ")).toList())
        .as("the two lines score_attribution.py prints").isEqualTo(reference.lines().toList());
  }
}
