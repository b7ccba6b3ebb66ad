package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

/** Each tolerance of {@link EventMatch} on both sides of its boundary. */
class EventMatchTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  private static final ClusterMention.Side ARMY = new ClusterMention.Side("SYRMIL", "SYR");
  private static final ClusterMention.Side CIVILIANS = new ClusterMention.Side("SYRCVL", "SYR");

  static ClusterMention mention(String type, LocalDate start, LocalDate end, String precision, Place place,
      ClusterMention.Side source, ClusterMention.Side target) {
    return new ClusterMention("d", 0, type, start, end, precision, place, source, target);
  }

  static ClusterMention on(LocalDate day, String precision) {
    return mention("ASSAULT", day, day, precision, city(35.93, 36.63), ARMY, CIVILIANS);
  }

  static Place city(double lat, double lon) {
    return new Place(new Span(0, 1), "x", null, "x", "PPL", "SY", "Idlib", lat, lon, Precision.CITY);
  }

  @Test
  void dates_twoDays_oneDayApartMatch_twoDaysApartDoNot() {
    assertThat(EventMatch.dates(on(DAY, "day"), on(DAY.plusDays(1), "day"))).isTrue();
    assertThat(EventMatch.dates(on(DAY, "day"), on(DAY.plusDays(2), "day"))).isFalse();
    assertThat(EventMatch.dates(on(DAY, "day"), on(DAY.minusDays(2), "day"))).isFalse();
  }

  @Test
  void dates_publicationDate_toleratesTwoDaysNotThree() {
    assertThat(EventMatch.dates(on(DAY, "day"), on(DAY.plusDays(2), "publication"))).isTrue();
    assertThat(EventMatch.dates(on(DAY, "day"), on(DAY.plusDays(3), "publication"))).isFalse();
  }

  @Test
  void dates_monthPrecision_mustOverlap() {
    ClusterMention march = mention("ASSAULT", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "month", null, null, null);
    assertThat(EventMatch.dates(march, on(LocalDate.of(2026, 3, 31), "day"))).isTrue();
    assertThat(EventMatch.dates(march, on(LocalDate.of(2026, 4, 1), "day"))).isFalse();
    ClusterMention week = mention("ASSAULT", LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1), "week", null, null, null);
    assertThat(EventMatch.dates(march, week)).isTrue();
  }

  @Test
  void dates_vaguerThanAMonth_matchNothing() {
    ClusterMention spring = mention("ASSAULT", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), "season", null, null, null);
    assertThat(EventMatch.dates(spring, spring)).isFalse();
    assertThat(EventMatch.dates(spring, on(DAY, "day"))).isFalse();
  }

  @Test
  void places_towns49kmApartMatch_51kmDoNot() {
    double degree = 2 * Math.PI * 6371.0 / 360; // km per degree of latitude
    Place here = city(35.0, 36.0);
    assertThat(EventMatch.places(here, city(35.0 + 49 / degree, 36.0))).isTrue();
    assertThat(EventMatch.places(here, city(35.0 + 51 / degree, 36.0))).isFalse();
    assertThat(EventMatch.kilometres(35.0, 36.0, 35.0 + 50 / degree, 36.0)).isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void places_idlibAndAleppo_areTooFarApart() {
    assertThat(EventMatch.kilometres(35.9306, 36.6339, 36.2021, 37.1343)).isBetween(54.0, 58.0);
  }

  @Test
  void places_sameGeonameId_matchWhateverTheCoordinates() {
    Place a = new Place(new Span(0, 1), "a", 7L, "a", "PPL", "SY", null, 35.0, 36.0, Precision.CITY);
    Place b = new Place(new Span(0, 1), "b", 7L, "b", "PPL", "SY", null, 36.0, 36.0, Precision.CITY);
    assertThat(EventMatch.places(a, b)).isTrue();
  }

  @Test
  void places_provinceAndTownInIt_match_townInAnotherProvince_doesNot() {
    Place province = new Place(new Span(0, 1), "Idlib province", 169388L, "Idlib", "ADM1", "SY", "Idlib", 35.8, 36.6, Precision.ADMIN1);
    assertThat(EventMatch.places(province, city(35.93, 36.63))).isTrue();
    Place aleppo = new Place(new Span(0, 1), "Aleppo", 170063L, "Aleppo", "PPLA", "SY", "Aleppo", 36.2, 37.13, Precision.CITY);
    assertThat(EventMatch.places(province, aleppo)).isFalse();
  }

  @Test
  void places_twoMentionsOfOneCountry_match_aCountryAndATownInIt_doNot() {
    Place syria = new Place(new Span(0, 1), "Syria", 163843L, "Syria", "PCLI", "SY", null, 35.0, 38.0, Precision.COUNTRY);
    Place syria2 = new Place(new Span(5, 6), "Syrian territory", null, "Syria", "PCLI", "SY", null, 35.0, 38.0, Precision.COUNTRY);
    Place iraq = new Place(new Span(0, 1), "Iraq", 99237L, "Iraq", "PCLI", "IQ", null, 33.0, 44.0, Precision.COUNTRY);
    assertThat(EventMatch.places(syria, syria2)).isTrue();
    assertThat(EventMatch.places(syria, city(35.93, 36.63))).isFalse();
    assertThat(EventMatch.places(syria, iraq)).isFalse();
  }

  @Test
  void compatible_placelessMention_onlyWithinItsOwnArticle() {
    ClusterMention located = on(DAY, "day");
    ClusterMention placeless = new ClusterMention("d", 1, "ASSAULT", DAY, DAY, "day", null, ARMY, CIVILIANS);
    ClusterMention otherArticle = new ClusterMention("e", 0, "ASSAULT", DAY, DAY, "day", null, ARMY, CIVILIANS);
    ClusterMention region = new ClusterMention("e", 0, "ASSAULT", DAY, DAY, "day",
        new Place(new Span(0, 1), "the Middle East", null, "Middle East", null, null, null, 30.0, 40.0, Precision.REGION), ARMY, CIVILIANS);
    assertThat(EventMatch.compatible(located, placeless)).isTrue();
    assertThat(EventMatch.compatible(located, otherArticle)).isFalse();
    assertThat(EventMatch.compatible(placeless, otherArticle)).isFalse();
    assertThat(EventMatch.compatible(located, region)).isFalse();
  }

  @Test
  void located_aCountryOnly_withBothSides() {
    Place syria = new Place(new Span(0, 1), "Syria", 163843L, "Syria", "PCLI", "SY", null, 35.0, 38.0, Precision.COUNTRY);
    assertThat(EventMatch.located(new ClusterMention("d", 0, "ASSAULT", DAY, DAY, "day", syria, ARMY, CIVILIANS))).isTrue();
    assertThat(EventMatch.located(new ClusterMention("d", 0, "ASSAULT", DAY, DAY, "day", syria, ARMY, null))).isFalse();
    assertThat(EventMatch.located(new ClusterMention("d", 0, "ASSAULT", DAY, DAY, "day", city(35.0, 36.0), null, null))).isTrue();
  }

  @Test
  void places_missingOrUnresolved_areNoDisagreement_butTwoUnresolvedNamesAre() {
    assertThat(EventMatch.places(null, city(35.0, 36.0))).isTrue();
    assertThat(EventMatch.places(Place.unresolved(new Span(0, 1), "Kafr Nabl"), city(35.0, 36.0))).isTrue();
    assertThat(EventMatch.places(Place.unresolved(new Span(0, 1), "Kafr Nabl"), Place.unresolved(new Span(3, 4), "kafr nabl"))).isTrue();
    assertThat(EventMatch.places(Place.unresolved(new Span(0, 1), "Kafr Nabl"), Place.unresolved(new Span(3, 4), "Saraqib"))).isFalse();
  }

  @Test
  void side_oneMissing_matches_codesOrCountriesDecide() {
    assertThat(EventMatch.side(null, ARMY)).isTrue();
    assertThat(EventMatch.side(new ClusterMention.Side("SYR", null), ARMY)).isTrue(); // SYRMIL extends SYR
    assertThat(EventMatch.side(new ClusterMention.Side("SYRGOV", "SYR"), ARMY)).isTrue(); // organs of one state
    assertThat(EventMatch.side(CIVILIANS, ARMY)).isFalse(); // one country, not one actor
    assertThat(EventMatch.side(new ClusterMention.Side("TURMIL", "TUR"), ARMY)).isFalse();
    assertThat(EventMatch.side(new ClusterMention.Side("IMGMUSISI", null), ARMY)).isFalse();
    assertThat(EventMatch.side(new ClusterMention.Side("---CVL", null), CIVILIANS)).isTrue(); // unknown country
    assertThat(EventMatch.side(new ClusterMention.Side("---CVL", null), ARMY)).isFalse();
    assertThat(EventMatch.side(new ClusterMention.Side("SYR", "SYR"), new ClusterMention.Side("---CVL", null))).isTrue();
    assertThat(EventMatch.side(new ClusterMention.Side(null, "SYR"), ARMY)).isTrue(); // no code: the countries decide
    assertThat(EventMatch.side(new ClusterMention.Side(null, "TUR"), ARMY)).isFalse();
  }

  @Test
  void compatible_needsTheSameType_andBothSidesToAgree() {
    ClusterMention a = on(DAY, "day");
    assertThat(EventMatch.compatible(a, on(DAY, "day"))).isTrue();
    assertThat(EventMatch.compatible(a, mention("PROTEST", DAY, DAY, "day", a.place(), ARMY, CIVILIANS))).isFalse();
    assertThat(EventMatch.compatible(a, mention("ASSAULT", DAY, DAY, "day", a.place(), ARMY, null))).isTrue();
    assertThat(EventMatch.compatible(a, mention("ASSAULT", DAY, DAY, "day", a.place(), CIVILIANS, ARMY))).isFalse();
  }

  @Test
  void typeKey_ploverElseCameoRootElseAction() {
    assertThat(ClusterMention.typeKey("ASSAULT", "195", "shell")).isEqualTo("ASSAULT");
    assertThat(ClusterMention.typeKey(null, "1831", "bomb")).isEqualTo("cameo:18");
    assertThat(ClusterMention.typeKey(null, null, "Flee")).isEqualTo("action:flee");
  }
}
