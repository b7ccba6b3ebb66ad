package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.herodotus.places.Fixtures.article;

import org.herodotus.gazetteer.Gazetteers;
import org.herodotus.model.Document;
import org.herodotus.model.Place;
import org.junit.jupiter.api.Test;

/**
 * Second-level divisions outside the US in the default gazetteer: a British county is the county
 * in a British article, and a Canadian city of the same name stays the city in a Canadian one.
 */
class Admin2PlacesTest {

  static final Places PLACES = new Places(Gazetteers.loadDefault());

  @Test
  void britishCounties_areTheCounties() {
    Document doc = article("Residents of Guildford, Surrey, were told to boil water on Tuesday after a main burst. "
        + "Further north, flooding in Fife closed the road between Glenrothes and Kirkcaldy.",
        "Guildford/LOCATION", "Surrey/LOCATION", "Fife/LOCATION", "Glenrothes/LOCATION", "Kirkcaldy/LOCATION");
    assertThat(PLACES.apply(doc).places())
        .filteredOn(p -> p.text().equals("Surrey") || p.text().equals("Fife"))
        .extracting(Place::text, Place::featureCode, Place::country)
        .containsExactly(tuple("Surrey", "ADM2", "GB"), tuple("Fife", "ADM2", "GB"));
  }

  @Test
  void canadianCity_ofACountysName_staysTheCity() {
    Document doc = article("Police in Surrey said on Monday that the shooting near Vancouver, the third in Canada this month, "
        + "was targeted.", "Surrey/LOCATION", "Vancouver/LOCATION", "Canada/LOCATION");
    assertThat(PLACES.apply(doc).places()).first()
        .extracting(Place::text, Place::featureCode, Place::country)
        .containsExactly("Surrey", "PPL", "CA");
  }

  @Test
  void county_opensTheNamesOfItsInstitutions_notOfFirms() {
    Document firm = article("Shares in Highland Gold rose after the mine reopened.", "Highland Gold/ORGANIZATION");
    assertThat(PLACES.apply(firm).places()).isEmpty();
    Document council = article("A spokesman for Highland Council said the road would reopen.", "Highland Council/ORGANIZATION");
    assertThat(PLACES.apply(council).places()).extracting(Place::text, Place::country).containsExactly(tuple("Highland", "GB"));
  }
}
