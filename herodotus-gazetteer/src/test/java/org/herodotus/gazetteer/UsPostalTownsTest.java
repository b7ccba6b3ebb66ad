package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small US towns from ZIP codes, on ZIP codes and places written for the test. */
class UsPostalTownsTest {

  @Test
  void clean_keepsTownNames_joinsMc() {
    assertThat(UsPostalTowns.clean("Harwinton")).isEqualTo("Harwinton");
    assertThat(UsPostalTowns.clean("Sun  Valley ")).isEqualTo("Sun Valley");
    assertThat(UsPostalTowns.clean("Mc Lean")).isEqualTo("McLean");
    assertThat(UsPostalTowns.clean("Coeur D'Alene")).isEqualTo("Coeur D'Alene");
    assertThat(UsPostalTowns.clean("Winston-Salem")).isEqualTo("Winston-Salem");
    assertThat(UsPostalTowns.clean("Cut Bank ")).isNull(); // a town, but "Bank" is mostly a firm's word
  }

  @Test
  void clean_dropsFirmsPostalServicesDigitsAndOneLetterAbbreviations() {
    assertThat(UsPostalTowns.clean("Bell Atlantic Telephone Co")).isNull();
    assertThat(UsPostalTowns.clean("Shared Firm Zip")).isNull();
    assertThat(UsPostalTowns.clean("Springfield Bmc")).isNull();
    assertThat(UsPostalTowns.clean("Apo")).isNull();
    assertThat(UsPostalTowns.clean("Auburn University")).isNull();
    assertThat(UsPostalTowns.clean("Yellowstone National Park")).isNull();
    assertThat(UsPostalTowns.clean("Goodwill Games 1990")).isNull();
    assertThat(UsPostalTowns.clean("At&t")).isNull();
    assertThat(UsPostalTowns.clean("N Kingstown")).isNull();
    assertThat(UsPostalTowns.clean("O Fallon")).isNull();
    assertThat(UsPostalTowns.clean("  ")).isNull();
  }

  @Test
  void parse_readsTheFirstStatement() {
    String js = "exports.codes = {\"06791\":{\"zip\":\"06791\",\"latitude\":41.7567,\"longitude\":-73.0613,"
        + "\"city\":\"Harwinton\",\"state\":\"CT\",\"country\":\"US\"},\"00000\":{\"zip\":\"00000\",\"city\":\"X\"}};\n"
        + "exports.stateMap = {\"CT\":[\"06791\"]};\n";
    assertThat(UsPostalTowns.parse(js)).containsExactly(new UsPostalTowns.Zip("CT", "Harwinton", 41.7567, -73.0613));
    assertThatThrownBy(() -> UsPostalTowns.parse("module.exports = {};")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void towns_oneAStateAndName_atTheMean_withoutSpreadGroupsTerritoriesAndZeroPoints() {
    List<UsPostalTowns.Zip> zips = List.of(
        new UsPostalTowns.Zip("CT", "Harwinton", 41.70, -73.06),
        new UsPostalTowns.Zip("CT", "Harwinton", 41.80, -73.08),
        new UsPostalTowns.Zip("MN", "Harwinton", 45.0, -93.0),       // another state, another town
        new UsPostalTowns.Zip("TX", "Springfield", 30.0, -97.0),     // two towns 300 km apart: dropped
        new UsPostalTowns.Zip("TX", "Springfield", 32.7, -97.0),
        new UsPostalTowns.Zip("PR", "Adjuntas", 18.16, -66.72),      // a territory
        new UsPostalTowns.Zip("AE", "Dpo", 0, 0),
        new UsPostalTowns.Zip("VA", "Lanexa", 0, 0),                 // no point
        new UsPostalTowns.Zip("VA", "Lanexa Firm", 37.4, -76.9));    // a firm
    assertThat(UsPostalTowns.towns(zips, Set.of("CT", "MN", "TX", "VA")))
        .containsExactly(new UsPostalTowns.Town("CT", "Harwinton", 41.75, -73.07),
            new UsPostalTowns.Town("MN", "Harwinton", 45.0, -93.0));
  }

  @Test
  void add_skipsTheTownsTheGazetteerHasNearbyAndCountyNames() {
    IndexBuilder builder = new IndexBuilder();
    builder.add(new GeoName(1, "Weston", 41.20, -73.38, "P", "PPL", "US", "CT", 10000));
    builder.add(new GeoName(2, "St. Louis", 38.63, -90.20, "P", "PPLA2", "US", "MO", 300000));
    builder.add(new GeoName(3, "Kent", 41.72, -73.48, "P", "PPL", "US", "CT", 2858));
    builder.add(new GeoName(-3_009_005, "Litchfield County", 41.79, -73.24, "A", "ADM2", "US", "CT", 0));
    List<UsPostalTowns.Town> towns = List.of(
        new UsPostalTowns.Town("CT", "Weston", 41.22, -73.37),          // the same town
        new UsPostalTowns.Town("MO", "Saint Louis", 38.65, -90.25),     // the same town, spelled out
        new UsPostalTowns.Town("CT", "Litchfield County", 41.8, -73.2), // the county's name
        new UsPostalTowns.Town("MN", "Kent", 46.44, -96.68),            // another state
        new UsPostalTowns.Town("CT", "Kent", 41.2, -72.5),              // 100 km off: another town
        new UsPostalTowns.Town("CT", "Harwinton", 41.75, -73.07));

    assertThat(UsPostalTowns.add(builder, towns)).isEqualTo(3);
    CompactGazetteer g = builder.build();
    assertThat(g.lookup("Harwinton")).extracting(GeoName::geonameId, GeoName::featureClass, GeoName::featureCode,
        GeoName::countryCode, GeoName::admin1Code, GeoName::population)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(-5_000_003L, "P", "PPL", "US", "CT", 0L));
    assertThat(g.lookup("Kent")).extracting(GeoName::admin1Code).containsExactlyInAnyOrder("CT", "MN", "CT");
    assertThat(g.lookup("Weston")).hasSize(1);
    assertThat(g.lookup("Saint Louis")).isEmpty();
  }

  @Test
  void variants_abbreviateAndSpellOutSaintMountFort() {
    assertThat(UsPostalTowns.variants("Saint Louis")).containsExactly("Saint Louis", "St. Louis");
    assertThat(UsPostalTowns.variants("Ft. Worth")).containsExactly("Ft. Worth", "Fort Worth");
    assertThat(UsPostalTowns.variants("Harwinton")).containsExactly("Harwinton");
  }
}
