package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.herodotus.evaluate.AttributionScores.Relation;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class AttributionScoresTest {

  static final String TEXT = "\"We stay,\" he said. Officials said the border was closed.";

  static GoldSet gold() throws Exception {
    return new GoldSet(List.of(new ObjectMapper().readTree("""
        {"id": "g1", "text": "%s", "attributions": [
          {"content": {"start": 0, "end": 10}, "source": {"start": 11, "end": 13}, "cue": {"start": 14, "end": 18}, "kind_derived": "direct"},
          {"content": {"start": 34, "end": 56}, "source": {"start": 20, "end": 29}, "cue": {"start": 30, "end": 34}, "kind_derived": "indirect"}]}
        """.formatted(TEXT.replace("\"", "\\\"")))));
  }

  @Test
  void matchedOnContentOverlap_sourceRightWhenItOverlaps() throws Exception {
    AttributionScores s = AttributionScores.scoreRelations(gold(), Map.of("g1", List.of(
        new Relation(new Span(0, 10), new Span(11, 13), new Span(14, 18), "direct"),
        new Relation(new Span(38, 56), new Span(0, 3), new Span(30, 34), "indirect"),
        new Relation(new Span(57, 57), null, null, "indirect"))));
    assertThat(s.content().matched()).isEqualTo(2);
    assertThat(s.exact()).isEqualTo(1);
    assertThat(s.sourceRight()).isEqualTo(1);
    assertThat(s.referenceLines()).containsExactly(
        "gold 2, predicted 3, matched 2; content P 0.667 R 1.000; exact-content F1 0.400",
        "attribution: e2e F1 0.400 (content partial F1 0.800, source accuracy 0.500)");
  }

  @Test
  void tiesInJaccard_goToTheLaterPrediction_asTheReferenceScorerSortsThem() throws Exception {
    AttributionScores s = AttributionScores.scoreRelations(gold(), Map.of("g1", List.of(
        new Relation(new Span(0, 10), null, null, "direct"),
        new Relation(new Span(0, 10), new Span(11, 13), null, "direct"))));
    assertThat(s.content().matched()).isEqualTo(1);
    assertThat(s.sourceRight()).isEqualTo(1);
  }

  @Test
  void normal_stripsQuoteMarksAndPunctuationAtTheEnds() {
    assertThat(AttributionScores.normal("“We stay,” ")).isEqualTo("We stay");
  }
}
