package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.TimeExpression;

/**
 * TempEval-3 Task A scores of temporal expressions, as {@code ../shared/eval/time/README.md}
 * defines them and {@code score_time.py} computes them: relaxed matches are overlapping extents
 * (one-to-one, an identical extent preferred, else the first overlapping prediction), strict
 * matches identical extents; value and type accuracy are over relaxed matches; value F1 = relaxed
 * F1 × value accuracy.
 *
 * @param gold gold expressions
 * @param predicted predicted expressions
 * @param relaxed relaxed matches
 * @param strict strict matches
 * @param values relaxed matches with the gold value
 * @param types relaxed matches with the gold type
 */
public record TimeScores(int gold, int predicted, int relaxed, int strict, int values, int types) {

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double strictF1() {
    return f1(strict);
  }

  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) values / relaxed;
  }

  /** The ranking score of TempEval-3 Task A. */
  public double valueF1() {
    return relaxedF1() * valueAccuracy();
  }

  public double typeF1() {
    return relaxed == 0 ? 0 : relaxedF1() * types / relaxed;
  }

  private double f1(int matches) {
    return gold + predicted == 0 ? 0 : 2.0 * matches / (gold + predicted);
  }

  TimeScores plus(TimeScores o) {
    return new TimeScores(gold + o.gold, predicted + o.predicted, relaxed + o.relaxed, strict + o.strict,
        values + o.values, types + o.types);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "value F1 %.3f (relaxed F1 %.3f, strict F1 %.3f, type F1 %.3f; value accuracy %.3f; %d gold, %d predicted)",
        valueF1(), relaxedF1(), strictF1(), typeF1(), valueAccuracy(), gold, predicted);
  }

  /** Scores the records of {@code gold} whose corpus is {@code corpus} (all when null). */
  public static TimeScores score(GoldSet gold, Map<String, Document> predictions, String corpus) {
    TimeScores total = new TimeScores(0, 0, 0, 0, 0, 0);
    for (JsonNode record : gold.records()) {
      if (corpus == null || corpus.equals(record.path("corpus").asText())) {
        Document doc = predictions.get(record.get("id").asText());
        total = total.plus(scoreDocument(record.path("timexes"), doc == null ? List.of() : doc.times()));
      }
    }
    return total;
  }

  /** The corpora of {@code gold}, in order of first appearance. */
  public static List<String> corpora(GoldSet gold) {
    List<String> corpora = new ArrayList<>();
    gold.records().forEach(r -> {
      String c = r.path("corpus").asText();
      if (!corpora.contains(c)) {
        corpora.add(c);
      }
    });
    return corpora;
  }

  private static TimeScores scoreDocument(JsonNode goldTimexes, List<TimeExpression> predicted) {
    Set<Integer> used = new HashSet<>();
    int relaxed = 0;
    int strict = 0;
    int values = 0;
    int types = 0;
    int gold = 0;
    for (JsonNode g : goldTimexes) {
      gold++;
      int start = g.path("start").asInt();
      int end = g.path("end").asInt();
      int best = -1;
      for (int i = 0; i < predicted.size(); i++) {
        TimeExpression p = predicted.get(i);
        if (used.contains(i) || p.span().end() <= start || p.span().start() >= end) {
          continue;
        }
        if (best < 0 || (p.span().start() == start && p.span().end() == end)) {
          best = i;
        }
      }
      if (best < 0) {
        continue;
      }
      used.add(best);
      TimeExpression p = predicted.get(best);
      relaxed++;
      strict += p.span().start() == start && p.span().end() == end ? 1 : 0;
      String goldValue = g.path("value").isNull() ? "None" : g.path("value").asText("None");
      values += Objects.equals(p.value() == null ? "None" : p.value(), goldValue) ? 1 : 0;
      types += p.type().name().equalsIgnoreCase(g.path("type").asText("")) ? 1 : 0;
    }
    return new TimeScores(gold, predicted.size(), relaxed, strict, values, types);
  }
}
