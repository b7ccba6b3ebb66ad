package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the default build, on inputs written for the test. */
class DefaultIndexBuildTest {

  static final String CITIES = String.join("\n",
      row(169389, "Idlib", "Idleb,İdlib,adlb,IDL", 35.93062, 36.63393, "PPLA", "SY", "12", 128840),
      row(163345, "Saraqib", "Saraqeb", 35.86, 36.80, "PPL", "SY", "12", 30000),
      row(172955, "Ar Raqqah", "Raqqa,al-Raqqa,الرقة", 35.95, 39.01, "PPLA", "SY", "04", 177636),
      row(5001, "Town A", "", 10.0, 20.0, "PPL", "XX", "01", 100),
      row(5002, "Town B", "", 12.0, 22.0, "PPL", "XX", "01", 300));

  static String row(long id, String name, String alternates, double lat, double lon, String code, String country,
      String admin1, long population) {
    return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon),
        "P", code, country, "", admin1, "", "", "", String.valueOf(population), "", "", "Asia/Damascus", "2020-01-01");
  }

  static IndexBuilder places() {
    IndexBuilder builder = new IndexBuilder();
    for (String line : CITIES.split("\n")) {
      PlaceNames.add(builder, GeoNamesRow.parse(line), true);
    }
    return builder;
  }

  @Test
  void places_keepLatinNamesAndDropCodesAndMachineTransliterations() {
    CompactGazetteer g = places().build();
    assertThat(g.lookup("Idleb")).extracting(GeoName::geonameId).containsExactly(169389L);
    assertThat(g.lookup("Idlib")).hasSize(1);
    assertThat(g.lookup("adlb")).isEmpty();
    assertThat(g.lookup("IDL")).isEmpty();
    assertThat(g.lookup("الرقة")).isEmpty();
  }

  @Test
  void places_inArabicSpeakingCountriesAlsoWithoutTheArticle() {
    CompactGazetteer g = places().build();
    assertThat(g.lookup("Raqqah")).extracting(GeoName::geonameId).containsExactly(172955L);
    assertThat(g.lookup("ar-Raqqa")).extracting(GeoName::geonameId).containsExactly(172955L);
  }

  @Test
  void admin1_atItsSeatOrElseAtThePopulationWeightedCentroid() {
    IndexBuilder builder = places();
    Map<String, Integer> regions = Admin1Regions.add(builder,
        Map.of("SY.12", "Idlib Governorate", "XX.01", "Alpha Region", "XX.02", "Empty Province"), Map.of());
    CompactGazetteer g = builder.build();

    assertThat(regions).containsOnlyKeys("SY.12", "XX.01");
    GeoName idlib = g.admin1("SY", "12").orElseThrow();
    assertThat(idlib).extracting(GeoName::name, GeoName::lat, GeoName::lon, GeoName::featureCode, GeoName::population)
        .containsExactly("Idlib Governorate", 35.93062, 36.63393, "ADM1", 158840L);
    assertThat(g.lookup("Idlib Province").get(0)).isEqualTo(idlib);
    assertThat(g.lookup("Idlib").get(0)).isEqualTo(idlib);
    GeoName a = g.admin1("XX", "01").orElseThrow();
    assertThat(a.lat()).isEqualTo(11.5);
    assertThat(a.lon()).isEqualTo(21.5);
    assertThat(g.lookup("Alpha State")).containsExactly(a);
  }

  @Test
  void countries_namesCodesDemonymsAndPlurals() {
    IndexBuilder builder = places();
    Countries.add(builder, "[{\"name\": {\"common\": \"Syria\", \"official\": \"Syrian Arab Republic\"},"
        + " \"cca2\": \"SY\", \"cca3\": \"SYR\", \"independent\": true, \"altSpellings\": [\"SY\", \"Suriyah\"],"
        + " \"latlng\": [35, 38], \"demonyms\": {\"eng\": {\"f\": \"Syrian\", \"m\": \"Syrian\"}}}]");
    CompactGazetteer g = builder.build();

    GeoName syria = g.country("SY").orElseThrow();
    assertThat(syria).extracting(GeoName::geonameId, GeoName::featureCode, GeoName::lat, GeoName::lon)
        .containsExactly((long) Countries.syntheticId("SY"), "PCLI", 35.0, 38.0);
    assertThat(g.country("syr")).contains(syria);
    assertThat(g.lookup("Syrian Arab Republic")).containsExactly(syria);
    assertThat(g.lookup("Suriyah")).containsExactly(syria);
    assertThat(g.lookup("SY")).isEmpty();
    assertThat(g.countryOfDemonym("Syrians")).contains(syria);
    assertThat(Countries.plural("Iraqi")).isEqualTo("Iraqis");
    assertThat(List.of(Countries.plural("British"), Countries.plural("Chinese"), Countries.plural("Swiss")))
        .containsExactly("British", "Chinese", "Swiss");
  }

  @Test
  void countryPoints_geoNamesPointReplacesThePackagesWhereTheTableHasOne() {
    IndexBuilder builder = places();
    Countries.add(builder, "[{\"name\": {\"common\": \"United States\", \"official\": \"United States of America\"},"
        + " \"cca2\": \"US\", \"latlng\": [38, -97]},"
        + " {\"name\": {\"common\": \"Syria\", \"official\": \"Syrian Arab Republic\"}, \"cca2\": \"SY\", \"latlng\": [35, 38]}]");
    ProjectTables.add(builder, false);
    CompactGazetteer g = builder.build();

    assertThat(g.country("US").orElseThrow()).extracting(GeoName::name, GeoName::lat, GeoName::lon)
        .containsExactly("United States", 39.76, -98.5);
    assertThat(g.lookup("United States")).extracting(GeoName::lat).containsExactly(39.76);
    assertThat(g.country("SY").orElseThrow()).extracting(GeoName::lat, GeoName::lon).containsExactly(35.0, 38.0);
  }
}
