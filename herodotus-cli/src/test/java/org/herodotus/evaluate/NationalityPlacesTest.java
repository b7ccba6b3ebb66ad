package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class NationalityPlacesTest {

  static final String TEXT = "Russian jets struck Idlib as Kurdish fighters met Syrian officials.";

  static final GeoName RUSSIA = new GeoName(2017370, "Russia", 60, 100, "A", "PCLI", "RU", "00", 140_702_000);
  static final GeoName SYRIA = new GeoName(163843, "Syria", 35, 38, "A", "PCLI", "SY", "00", 22_198_110);
  static final Function<String, Optional<GeoName>> COUNTRIES =
      code -> Optional.ofNullable(Map.of("RUS", RUSSIA, "SYR", SYRIA).get(code));

  static Mention mention(String surface, EntityType type, String normalized) {
    int start = TEXT.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), surface, type, null, normalized);
  }

  static Document predicted() {
    Place idlib = new Place(new Span(20, 25), "Idlib", 169388L, "Idlib", "ADM1", "SY", "Idlib", 35.8, 36.6, Precision.ADMIN1);
    return Document.of(Metadata.of("n1"), TEXT).withPlaces(List.of(idlib)).withEntities(List.of(
        mention("Russian", EntityType.NATIONALITY, "RUS"), mention("Idlib", EntityType.LOCATION, null),
        mention("Kurdish", EntityType.NATIONALITY, null), mention("Syrian", EntityType.NATIONALITY, "SYR")));
  }

  @Test
  void added_nationalitiesWithACountryCode_becomeCountryPlacesInTextOrder() {
    Document doc = NationalityPlaces.added(predicted(), COUNTRIES);
    assertThat(doc.places()).extracting(p -> p.text() + " → " + p.name() + " " + p.precision())
        .containsExactly("Russian → Russia COUNTRY", "Idlib → Idlib ADMIN1", "Syrian → Syria COUNTRY");
    assertThat(doc.places().get(0).lat()).isEqualTo(60.0);
  }

  @Test
  void added_leavesTheGivenPredictionsAlone() {
    Document doc = predicted();
    NationalityPlaces.added(Map.of("n1", doc), COUNTRIES);
    assertThat(doc.places()).hasSize(1);
  }

  @Test
  void added_nationalityOverlappingAPlace_orWithAnUnknownCode_addsNothing() {
    Document doc = Document.of(Metadata.of("n2"), "Syrian Arab Republic")
        .withPlaces(List.of(new Place(new Span(0, 20), "Syrian Arab Republic", 163843L, "Syria", "PCLI", "SY", null, 35.0, 38.0,
            Precision.COUNTRY)))
        .withEntities(List.of(new Mention(new Span(0, 6), "Syrian", EntityType.NATIONALITY, null, "SYR")));
    assertThat(NationalityPlaces.added(doc, COUNTRIES).places()).hasSize(1);
    Document unknown = Document.of(Metadata.of("n3"), "Atlantean ships")
        .withEntities(List.of(new Mention(new Span(0, 9), "Atlantean", EntityType.NATIONALITY, null, "ATL")));
    assertThat(NationalityPlaces.added(unknown, COUNTRIES).places()).isEmpty();
  }
}
