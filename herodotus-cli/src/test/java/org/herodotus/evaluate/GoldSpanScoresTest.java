package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.herodotus.evaluate.PlaceScoresTest.place;

import java.util.List;
import java.util.Map;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class GoldSpanScoresTest {

  @Test
  void spans_areTheGoldToponymsInFileOrder() throws Exception {
    assertThat(GoldSpanScores.spans(PlaceScoresTest.gold("LGL", true).records().get(0)))
        .containsExactly(new Span(14, 28), new Span(33, 44), new Span(49, 54), new Span(58, 64));
  }

  @Test
  void score_countsAnUnresolvedToponymAtTheLargestError_andSkipsToponymsWithoutCoordinates() throws Exception {
    List<Place> places = List.of(
        place(14, 28, 35.8, 36.6),    // Idlib Province, exact
        place(33, 44, 36.2, 37.16),   // Deir ez-Zor placed at Aleppo: about 285 km off
        place(49, 54, null, null),    // Raqqa left unresolved
        place(58, 64, 1.0, 1.0));     // Monday: no gold coordinates, not scored
    GoldSpanScores.CorpusScore s = GoldSpanScores.score(PlaceScoresTest.gold("LGL", true), Map.of("g1", places)).get(0);
    assertThat(s.toponyms()).isEqualTo(3);
    assertThat(s.unresolved()).isEqualTo(1);
    assertThat(s.accuracy()).isEqualTo(1.0 / 3);
    assertThat(s.medianKm()).isCloseTo(285, within(5.0));
    assertThat(s.meanKm()).isCloseTo((0 + 285 + GoldSpanScores.MAX_KM) / 3, within(2.0));
    assertThat(s.toString()).startsWith("LGL: gold spans acc@161 0.333, mean km 677").endsWith("unresolved 0.333 (3 toponyms)");
  }

  @Test
  void score_exactIdWhereTheGoldHasOne_andADocumentWithoutPlacesIsAllUnresolved() throws Exception {
    GoldSet gold = new GoldSet(List.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
        {"id": "g2", "corpus": "TR-News", "text": "Visitors from Ankara.", "toponyms": [
          {"start": 14, "end": 20, "surface": "Ankara", "lat": 39.92, "lon": 32.85, "geonameid": 323786}]}
        """)));
    Place ankara = new Place(new Span(14, 20), "Ankara", 323786L, "Ankara", "PPLC", "TR", null, 39.92, 32.85, Precision.CITY);
    GoldSpanScores.CorpusScore right = GoldSpanScores.score(gold, Map.of("g2", List.of(ankara))).get(0);
    assertThat(right.sameId()).isEqualTo(1);
    assertThat(right.toString()).contains("exact id 1.000 of 1");
    GoldSpanScores.CorpusScore none = GoldSpanScores.score(gold, Map.of()).get(0);
    assertThat(none.unresolved()).isEqualTo(1);
    assertThat(none.accuracy()).isZero();
    assertThat(GoldSpanScores.summary(List.of(none))).startsWith("geo (gold spans): news: gold spans acc@161 0.000");
  }

  @Test
  void score_rejectsPlacesThatDoNotMatchTheGoldToponymsOneToOne() throws Exception {
    assertThatThrownBy(() -> GoldSpanScores.score(PlaceScoresTest.gold("LGL", true), Map.of("g1", List.of(place(14, 28, 35.8, 36.6)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 resolved places for 4 gold toponyms");
  }
}
