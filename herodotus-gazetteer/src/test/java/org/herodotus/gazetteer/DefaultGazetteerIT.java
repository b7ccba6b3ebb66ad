package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default gazetteer, as the build wrote it into target/classes, loaded once for all tests. */
class DefaultGazetteerIT {

  static final Gazetteer GAZETTEER = Gazetteers.loadDefault();

  static GeoName first(String name, String featureClass) {
    return GAZETTEER.lookup(name).stream().filter(g -> g.featureClass().equals(featureClass)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + featureClass + " entry named " + name));
  }

  static void assertNear(GeoName place, double lat, double lon) {
    assertThat(place.lat()).as(place.name() + " latitude").isCloseTo(lat, within(0.3));
    assertThat(place.lon()).as(place.name() + " longitude").isCloseTo(lon, within(0.3));
  }

  @Test
  void loadDefault_loadsOncePerProcess() {
    assertThat(Gazetteers.loadDefault()).isSameAs(GAZETTEER);
    assertThat(GAZETTEER.size()).isGreaterThan(199_568);
  }

  @Test
  void idlib_isAGovernorateAndACity() {
    List<GeoName> idlib = GAZETTEER.lookup("Idlib");
    assertThat(idlib.get(0)).extracting(GeoName::featureCode, GeoName::countryCode).containsExactly("ADM1", "SY");
    assertThat(first("Idlib", "P").countryCode()).isEqualTo("SY");
    assertThat(GAZETTEER.lookup("Idlib Province").get(0)).isEqualTo(idlib.get(0));
    assertThat(GAZETTEER.lookup("Idlib Governorate").get(0)).isEqualTo(idlib.get(0));
  }

  @Test
  void deirEzZor_isFoundWhateverTheSpelling() {
    for (String spelling : List.of("Deir ez-Zor", "Deir al-Zor", "Dayr az Zawr", "Deir el-Zor")) {
      GeoName city = first(spelling, "P");
      assertThat(city.geonameId()).as(spelling).isEqualTo(170794);
    }
  }

  @Test
  void conflictPlaces_haveTheirCoordinates() {
    assertNear(first("Mosul", "P"), 36.34, 43.12);
    assertNear(first("Raqqa", "P"), 35.95, 39.01);
    assertNear(first("Erbil", "P"), 36.19, 44.01);
    assertThat(first("Arbil", "P")).isEqualTo(first("Erbil", "P"));
    assertNear(first("Kabul", "P"), 34.53, 69.17);
    assertNear(first("Aleppo", "P"), 36.20, 37.16);
    assertNear(first("Reyhanli", "P"), 36.27, 36.57);
  }

  @Test
  void paris_isFirstInFrance() {
    assertThat(GAZETTEER.lookup("Paris").get(0).countryCode()).isEqualTo("FR");
  }

  @Test
  void oklahoma_isAUsState() {
    GeoName oklahoma = GAZETTEER.lookup("Oklahoma").get(0);
    assertThat(oklahoma).extracting(GeoName::featureCode, GeoName::countryCode, GeoName::admin1Code)
        .containsExactly("ADM1", "US", "OK");
    assertThat(GAZETTEER.admin1("US", "OK")).contains(oklahoma);
  }

  @Test
  void albany_mostImportantIsNotInAlbania() {
    assertThat(GAZETTEER.lookup("Albany").get(0).countryCode()).isNotEqualTo("AL");
  }

  @Test
  void turkey_byBothNames() {
    assertThat(GAZETTEER.lookup("Türkiye").get(0).countryCode()).isEqualTo("TR");
    assertThat(GAZETTEER.lookup("Turkey").get(0)).isEqualTo(GAZETTEER.lookup("Türkiye").get(0));
    assertThat(GAZETTEER.country("TR")).contains(GAZETTEER.lookup("Turkey").get(0));
    assertThat(GAZETTEER.lookup("Türkiye").get(0).name()).isEqualTo("Turkey");
    assertThat(GAZETTEER.country("TUR")).isEqualTo(GAZETTEER.country("TR"));
  }

  @Test
  void countries_atTheirGeoNamesPoints_canadaAtItsOlderOne() {
    assertNear(GAZETTEER.country("US").orElseThrow(), 39.76, -98.5);
    assertNear(GAZETTEER.country("RU").orElseThrow(), 60, 100);
  }

  @Test
  void englishAliasesOfCountries() {
    for (String us : List.of("US", "U.S.", "USA", "America", "United States")) {
      assertThat(GAZETTEER.lookup(us).get(0).countryCode()).as(us).isEqualTo("US");
    }
    for (String uk : List.of("UK", "U.K.", "Britain", "United Kingdom")) {
      assertThat(GAZETTEER.lookup(uk).get(0).countryCode()).as(uk).isEqualTo("GB");
    }
    assertThat(GAZETTEER.lookup("Ivory Coast").get(0).countryCode()).isEqualTo("CI");
    assertThat(GAZETTEER.lookup("UAE").get(0).countryCode()).isEqualTo("AE");
  }

  @Test
  void demonyms_singularAndPlural() {
    assertThat(GAZETTEER.countryOfDemonym("Syrian")).map(GeoName::countryCode).contains("SY");
    assertThat(GAZETTEER.countryOfDemonym("Iraqis")).map(GeoName::countryCode).contains("IQ");
    assertThat(GAZETTEER.countryOfDemonym("Turkish")).map(GeoName::countryCode).contains("TR");
    assertThat(GAZETTEER.countryOfDemonym("French")).map(GeoName::countryCode).contains("FR");
  }

  @Test
  void macroRegions_afterCountriesBeforeTowns() {
    GeoName levant = GAZETTEER.lookup("the Levant").get(0);
    assertThat(levant).extracting(GeoName::featureCode, GeoName::geonameId).containsExactly("RGN", -6L);
    assertThat(GAZETTEER.lookup("Iraqi Kurdistan").get(0).countryCode()).isEqualTo("IQ");
    assertThat(GAZETTEER.lookup("Kurdistan Region").get(0).isMacroRegion()).isTrue();
  }

  @Test
  void continents_standAtTheirGeoNamesPoints() {
    assertNear(GAZETTEER.lookup("Africa").get(0), 7.19, 21.09);
    assertNear(GAZETTEER.lookup("Europe").get(0), 48.69, 9.14);
    assertNear(GAZETTEER.lookup("Asia").get(0), 29.84, 89.30);
  }

  @Test
  void oceansIslandsAndHistoricalStates_areFound() {
    assertThat(GAZETTEER.lookup("Indian Ocean").get(0).featureCode()).isEqualTo("RGN");
    assertThat(GAZETTEER.lookup("Sumatra").get(0).countryCode()).isEqualTo("ID");
    assertThat(GAZETTEER.lookup("Soviet Union").get(0)).isEqualTo(GAZETTEER.country("RU").orElseThrow());
  }

  @Test
  void canadianAndAustralianRegions_lieInTheMiddleOfTheirArea_notAtTheirSouthernTowns() {
    GeoName ontario = GAZETTEER.lookup("Ontario").stream().filter(GeoName::isAdmin1).findFirst().orElseThrow();
    assertNear(ontario, 50.07, -85.83);
    GeoName queensland = GAZETTEER.lookup("Queensland").stream().filter(GeoName::isAdmin1).findFirst().orElseThrow();
    assertNear(queensland, -22.54, 144.57);
    assertNear(GAZETTEER.country("CA").orElseThrow(), 60, -95); // world-countries', Wikipedia's
  }

  @Test
  void countiesWithAParticle_areFoundJoinedOrSplit() {
    GeoName desoto = GAZETTEER.lookup("DeSoto Parish").get(0);
    assertThat(desoto).extracting(GeoName::featureCode, GeoName::admin1Code).containsExactly("ADM2", "LA");
    assertThat(GAZETTEER.lookup("De Soto Parish")).contains(desoto);
    assertThat(GAZETTEER.lookup("La Salle Parish").get(0).admin1Code()).isEqualTo("LA");
  }

  @Test
  void shortNamesOfLargeTowns_findTheTown() {
    assertThat(GAZETTEER.lookup("L.A.").get(0)).extracting(GeoName::name, GeoName::admin1Code).containsExactly("Los Angeles", "CA");
    assertThat(GAZETTEER.lookup("Philly").get(0)).extracting(GeoName::name, GeoName::admin1Code)
        .containsExactly("Philadelphia", "PA");
    assertThat(GAZETTEER.lookup("Joburg").get(0).name()).isEqualTo("Johannesburg");
  }
}
