package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlScoresTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static HtmlScores.Gold gold(String id, String json) throws Exception {
    return new HtmlScores.Gold(id, "web", JSON.readTree(json));
  }

  private static HtmlScores.Prediction body(String body) {
    return new HtmlScores.Prediction(body, null, null, List.of(), null);
  }

  @Test
  void tokens_areWordCharactersOfAnyScript_withCaseKept() {
    assertThat(HtmlScores.tokens("Łódź, 12 März — l'été_2")).containsExactly("Łódź", "12", "März", "l", "été_2");
  }

  @Test
  void shingleCounts_shareOfCommonFourTokenRuns() {
    double[] counts = HtmlScores.shingleCounts("a b c d e", "a b c d x");
    // gold shingles {abcd, bcde}, predicted {abcd, bcdx}: tp 1, fp 1, fn 1, each a third
    assertThat(counts).containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
    assertThat(HtmlScores.shingleCounts("a b", "a b")).containsExactly(1.0, 0.0, 0.0);
  }

  @Test
  void report_emptyPredictionCostsRecallButNotPrecision() throws Exception {
    List<String> lines = HtmlScores.report(
        List.of(gold("x", "{\"body\": \"one two three four five\"}"), gold("y", "{\"body\": \"six seven eight nine\"}")),
        Map.of("x", body("one two three four five")));
    assertThat(lines.get(0)).isEqualTo("gold records 2, predictions 1, missing 1 (scored as empty), unknown ids 0");
    // F1, P, R, accuracy, each ± its bootstrap deviation
    assertThat(lines.get(4)).matches("  0\\.667 ± \\S+  1\\.000 ± \\S+  0\\.500 ± \\S+  0\\.500 ± \\S+");
  }

  @Test
  void report_snippetsTitleDateAuthorsAndSiteName() throws Exception {
    List<String> lines = HtmlScores.report(List.of(gold("w", """
        {"body_with": ["Flood  waters rose"], "body_without": ["Share this"], "title": "Floods in Sindh",
         "published": "2022-08-30", "author": "Ayesha Khan; Bilal Shah", "site_name": "Indus Times"}"""),
        gold("u", "{\"published\": null, \"author\": \"\"}")),
        Map.of("w", new HtmlScores.Prediction("Flood waters\nrose. Share this", "floods in Sindh", "2022-08-30T08:00:00Z",
            List.of("Ayesha Khan", " Bilal  Shah"), "Indus Times"),
            "u", new HtmlScores.Prediction("", null, "2020-01-01", List.of(), null)));
    assertThat(lines).contains(
        "  precision 0.500  recall 1.000  accuracy 0.500  F1 0.667",
        "Title (1 docs): exact 0.000  case-insensitive 1.000  (predicted for 1)",
        "  precision 1.000  recall 1.000  accuracy 1.000  F1 1.000   (tp 1, fp 0, fn 0)",
        "  pages annotated as undated: 1, predicted no date on 0",
        "Author (1 pages with a gold author): exact 1.000  token F1 1.000  (predicted for 1)",
        "  pages annotated without author: 1, predicted none on 1",
        "Site name (1 docs): exact 1.000  case-insensitive 1.000");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("html: snippet F1 0.667, title exact 0.000, date F1 1.000, author token F1 1.000");
  }

  @Test
  void predictedDate_leadingIsoDayOrUnreadable() {
    assertThat(HtmlScores.predictedDate("2019-02-03T10:00")).isEqualTo("2019-02-03");
    assertThat(HtmlScores.predictedDate("3 Feb 2019")).isEmpty();
    assertThat(HtmlScores.predictedDate(" ")).isNull();
  }

  @Test
  void norm_collapsesUnicodeWhitespaceAndComposes() {
    assertThat(HtmlScores.norm("  Cafe\u0301\u00A0 au\tlait ")).isEqualTo("Café au lait");
  }

  @Test
  void pythonRandom_drawsWhatPythonDraws() {
    // python3 -c "import random; r=random.Random(0); print([r.randint(0,60) for _ in range(10)])"
    PythonRandom random = new PythonRandom(0);
    int[] draws = new int[10];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = random.randint(0, 60);
    }
    assertThat(draws).containsExactly(54, 24, 48, 56, 26, 2, 16, 32, 31, 25);
  }
}
