package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herodotus.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate html} on the shared dev set prints exactly what {@code score.py} prints for the
 * predictions it writes, and stays above the floors reached. Skipped without {@code ../shared}.
 */
class HtmlEvaluationIT {

  /**
   * Floors on the dev set, about 0.01 below what was measured (body 0.960, snippets 0.879, title
   * 0.762, date F1 0.958, author token F1 0.687); see the README's table.
   */
  private static final double BODY_FLOOR = 0.95;
  private static final double SNIPPET_FLOOR = 0.87;
  private static final double TITLE_FLOOR = 0.752;
  private static final double DATE_FLOOR = 0.948;
  private static final double AUTHOR_FLOOR = 0.677;

  @Test
  void html_printsWhatScorePyPrints_andStaysAboveFloors(@TempDir Path dir) throws Exception {
    Path gold = SharedData.require("eval/html/dev.jsonl.gz");
    Path scorer = SharedData.require("eval/html/score.py");
    Path predictions = dir.resolve("html.jsonl");
    Console console = Console.run("evaluate", "html", "--gold", gold.toString(), "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();

    Process process;
    try {
      process = new ProcessBuilder("python3", scorer.toString(), gold.toString(), predictions.toString())
          .redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("python3 is not installed; cannot run the reference scorer");
      return;
    }
    String reference = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(console.out().lines().toList()).isEqualTo(reference.lines().toList());

    String summary = EvaluationIT.line(console.out(), "html:");
    List<Double> numbers = EvaluationIT.numbers(summary);
    assertThat(numbers.get(0)).as("aeb body F1").isGreaterThanOrEqualTo(BODY_FLOOR);
    assertThat(numbers.get(1)).as("snippet F1").isGreaterThanOrEqualTo(SNIPPET_FLOOR);
    assertThat(numbers.get(2)).as("title exact").isGreaterThanOrEqualTo(TITLE_FLOOR);
    assertThat(numbers.get(3)).as("date F1").isGreaterThanOrEqualTo(DATE_FLOOR);
    assertThat(numbers.get(4)).as("author token F1").isGreaterThanOrEqualTo(AUTHOR_FLOOR);
  }
}
