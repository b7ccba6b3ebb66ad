package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.junit.jupiter.api.Test;

class TimeScoresTest {

  static final String TEXT = "Rebels shelled the town on Monday and again in late August, for three days.";

  static GoldSet gold() throws Exception {
    JsonNode record = new ObjectMapper().readTree("""
        {"id": "d1", "corpus": "news", "dct": "2017-09-05", "text": "%s",
         "timexes": [
           {"start": 27, "end": 33, "type": "DATE", "value": "2017-09-04"},
           {"start": 47, "end": 58, "type": "DATE", "value": "2017-08"},
           {"start": 64, "end": 74, "type": "DURATION", "value": "P3D"}]}
        """.formatted(TEXT));
    return new GoldSet(List.of(record));
  }

  static TimeExpression time(int start, int end, TimexType type, String value) {
    return new TimeExpression(new Span(start, end), TEXT.substring(start, end), type, value, null);
  }

  @Test
  void score_countsStrictRelaxedValueAndTypeMatches() throws Exception {
    Document predicted = Document.of(Metadata.of("d1"), TEXT).withTimes(List.of(
        time(24, 33, TimexType.DATE, "2017-09-04"),   // "on Monday": relaxed only, right value
        time(47, 58, TimexType.DATE, "XXXX-08"),      // strict, wrong value
        time(64, 74, TimexType.DURATION, "P3D"),      // strict, right value
        time(0, 6, TimexType.DATE, "2017")));         // spurious
    TimeScores scores = TimeScores.score(gold(), Map.of("d1", predicted), null);
    assertThat(scores).isEqualTo(new TimeScores(3, 4, 3, 2, 2, 3));
    assertThat(scores.relaxedF1()).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(scores.valueF1()).isCloseTo(6.0 / 7 * 2 / 3, within(1e-9));
  }

  @Test
  void score_missingDocument_countsGoldAsMissed() throws Exception {
    TimeScores scores = TimeScores.score(gold(), Map.of(), "news");
    assertThat(scores).isEqualTo(new TimeScores(3, 0, 0, 0, 0, 0));
    assertThat(scores.valueF1()).isZero();
  }

  @Test
  void score_otherCorpus_isLeftOut() throws Exception {
    assertThat(TimeScores.score(gold(), Map.of(), "wikiwars").gold()).isZero();
    assertThat(TimeScores.corpora(gold())).containsExactly("news");
  }
}
