package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class PlaceScoresTest {

  static final String TEXT = "Fighters left Idlib Province for Deir ez-Zor and Raqqa on Monday.";

  static Place place(int start, int end, Double lat, Double lon) {
    return new Place(new Span(start, end), TEXT.substring(start, end), null, null, null, null, null, lat, lon,
        lat == null ? Precision.UNRESOLVED : Precision.CITY);
  }

  static GoldSet gold(String corpus, boolean allAnnotated) throws Exception {
    return new GoldSet(List.of(new ObjectMapper().readTree("""
        {"id": "g1", "corpus": "%s", "all_toponyms_annotated": %s, "text": "%s", "toponyms": [
          {"start": 14, "end": 28, "surface": "Idlib Province", "lat": 35.8, "lon": 36.6},
          {"start": 33, "end": 44, "surface": "Deir ez-Zor", "lat": 35.336, "lon": 40.14},
          {"start": 49, "end": 54, "surface": "Raqqa", "lat": 35.95, "lon": 39.01},
          {"start": 58, "end": 64, "surface": "Monday", "lat": null, "lon": null}]}
        """.formatted(corpus, allAnnotated, TEXT))));
  }

  static Map<String, Document> predicted(Place... places) {
    return Map.of("g1", Document.of(Metadata.of("g1"), TEXT).withPlaces(List.of(places)));
  }

  @Test
  void score_countsExactAndOverlappingSpans_andUnresolvedPlacesForRecognitionOnly() throws Exception {
    Map<String, Document> predicted = predicted(
        place(14, 19, 35.93, 36.63),       // "Idlib": overlaps "Idlib Province", within 161 km
        place(33, 44, 36.2, 37.16),        // "Deir ez-Zor" exact, but placed at Aleppo: about 285 km off
        place(49, 54, null, null),         // "Raqqa" exact, unresolved
        place(0, 8, 10.0, 10.0));          // "Fighters": a false positive
    PlaceScores.CorpusScore score = PlaceScores.score(gold("GeoWebNews", true), predicted).get(0);
    PlaceScores.Recognition r = score.recognition();
    assertThat(r.exact()).isEqualTo(new Prf(2, 4, 4));
    assertThat(r.overlappingPredictions()).isEqualTo(3);
    assertThat(r.overlappedGold()).isEqualTo(3);
    assertThat(r.overlapF1()).isEqualTo(0.75);
    PlaceScores.Resolution res = score.resolution();
    assertThat(res.toponyms()).as("gold toponyms with coordinates").isEqualTo(3);
    assertThat(res.matched()).as("an unresolved place matches nothing").isEqualTo(2);
    assertThat(res.within()).isEqualTo(1);
    assertThat(res.endToEnd()).isEqualTo(1.0 / 3);
    assertThat(res.resolvedOnly()).isEqualTo(0.5);
    assertThat(res.errorsKm().get(1)).isCloseTo(285, within(5.0));
    assertThat(score.toString()).isEqualTo(
        "GeoWebNews: recognition F1 exact 0.500 overlap 0.750; e2e acc@161 0.333, resolved-only 0.500, median km "
            + PlaceScores.fixed(res.medianKm(), 0) + " (3 toponyms)");
  }

  @Test
  void score_notExhaustivelyAnnotatedCorpus_hasNoRecognitionScore_andIsLeftOutOfTheSummary() throws Exception {
    List<PlaceScores.CorpusScore> scores = PlaceScores.score(gold("WikToR", false), predicted(place(49, 54, 35.95, 39.01)));
    assertThat(scores.get(0).recognition()).isNull();
    assertThat(scores.get(0).resolution().endToEnd()).isEqualTo(1.0 / 3);
    assertThat(scores.get(0).toString()).startsWith("WikToR: e2e acc@161 0.333, resolved-only 1.000");
    assertThat(PlaceScores.summary(scores)).isEqualTo(
        "geo: e2e acc@161 0.000 (resolved-only 0.000, recognition F1 0.000 overlap / 0.000 exact)");
  }

  @Test
  void score_nearestOverlappingPrediction_isTheMatch() throws Exception {
    Map<String, Document> predicted = predicted(place(14, 19, 0.0, 0.0), place(14, 28, 35.8, 36.6));
    PlaceScores.Resolution res = PlaceScores.score(gold("LGL", true), predicted).get(0).resolution();
    assertThat(res.errorsKm()).containsExactly(0.0);
  }

  @Test
  void fixed_roundsTheBinaryValueHalfToEven_asPythonFormats() {
    assertThat(PlaceScores.fixed(0.5, 0)).isEqualTo("0");
    assertThat(PlaceScores.fixed(2.5, 0)).isEqualTo("2");
    assertThat(PlaceScores.fixed(0.1245, 3)).isEqualTo("0.124");
    assertThat(PlaceScores.fixed(2.0 / 3, 3)).isEqualTo("0.667");
  }

  @Test
  void recallByType_groupsGeoWebNewsTypes_andSkipsUntypedToponyms() throws Exception {
    GoldSet typed = new GoldSet(List.of(new ObjectMapper().readTree("""
        {"id": "g1", "corpus": "GeoWebNews", "text": "%s", "toponyms": [
          {"start": 14, "end": 28, "surface": "Idlib Province", "lat": 35.8, "lon": 36.6, "type": "Literal"},
          {"start": 33, "end": 44, "surface": "Deir ez-Zor", "lat": 35.336, "lon": 40.14, "type": "Metonymic"},
          {"start": 49, "end": 54, "surface": "Raqqa", "lat": 35.95, "lon": 39.01, "type": "Mixed"},
          {"start": 58, "end": 64, "surface": "Monday", "lat": null, "lon": null}]}
        """.formatted(TEXT))));
    List<PlaceScores.TypeRecall> recall = PlaceScores.recallByType(typed, predicted(place(14, 19, 35.93, 36.63)));
    assertThat(recall).extracting(PlaceScores.TypeRecall::group, PlaceScores.TypeRecall::gold, PlaceScores.TypeRecall::found)
        .containsExactly(tuple("associative", 1, 0), tuple("literal", 2, 1));
    assertThat(recall.get(1).toString()).isEqualTo("GeoWebNews recall (overlap) of literal toponyms 0.500 (1 of 2)");
  }
}
