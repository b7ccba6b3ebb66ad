package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** US counties from a topology written for the test: one square arc, a degree wide, shared by all. */
class UsCountiesTest {

  static final String TOPOLOGY = """
      {"type": "Topology", "transform": {"scale": [0.5, 0.5], "translate": [-90, 30]},
       "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
       "objects": {
         "counties": {"type": "GeometryCollection", "geometries": [
           {"type": "Polygon", "arcs": [[0]], "id": "21125", "properties": {"name": "Laurel"}},
           {"type": "MultiPolygon", "arcs": [[[-1]]], "id": "22009", "properties": {"name": "Avoyelles"}},
           {"type": "Polygon", "arcs": [[0]], "id": "51760", "properties": {"name": "Richmond"}},
           {"type": "Polygon", "arcs": [[0]], "id": "11001", "properties": {"name": "District of Columbia"}}]},
         "states": {"type": "GeometryCollection", "geometries": [
           {"type": "Polygon", "arcs": [[0]], "id": "21", "properties": {"name": "Kentucky"}},
           {"type": "Polygon", "arcs": [[0]], "id": "22", "properties": {"name": "Louisiana"}},
           {"type": "Polygon", "arcs": [[0]], "id": "51", "properties": {"name": "Virginia"}},
           {"type": "Polygon", "arcs": [[0]], "id": "11", "properties": {"name": "District of Columbia"}}]}}}
      """;

  static final Map<String, String> ADMIN1 = Map.of("US.KY", "Kentucky", "US.LA", "Louisiana", "US.VA", "Virginia",
      "US.DC", "District of Columbia");

  @Test
  void counties_byFullName_inTheirState_atTheirCentroid_withTheirPlacesPopulation() {
    IndexBuilder builder = DefaultIndexBuildTest.places();
    int added = UsCounties.add(builder, TOPOLOGY, ADMIN1, Map.of("KY.125", 60_000L));
    CompactGazetteer g = builder.build();

    assertThat(added).isEqualTo(2);
    GeoName laurel = g.lookup("Laurel County").get(0);
    assertThat(laurel).extracting(GeoName::geonameId, GeoName::name, GeoName::lat, GeoName::lon, GeoName::featureCode,
            GeoName::countryCode, GeoName::admin1Code, GeoName::population)
        .containsExactly(-3_021_125L, "Laurel County", 30.5, -89.5, "ADM2", "US", "KY", 60_000L);
    assertThat(laurel.isAdmin2()).isTrue();
    assertThat(g.lookup("Avoyelles Parish").get(0)).extracting(GeoName::admin1Code, GeoName::lat).containsExactly("LA", 30.5);
  }

  @Test
  void bareNamesIndependentCitiesAndTheDistrict_areNoCounties() {
    IndexBuilder builder = DefaultIndexBuildTest.places();
    UsCounties.add(builder, TOPOLOGY, ADMIN1, Map.of());
    CompactGazetteer g = builder.build();

    assertThat(g.lookup("Laurel")).isEmpty();
    assertThat(g.lookup("Avoyelles County")).isEmpty();
    assertThat(g.lookup("Richmond County")).isEmpty();
    assertThat(g.lookup("District of Columbia County")).isEmpty();
  }

  @Test
  void statePoints_statesAndTheDistrict_atTheirCentroids_byAdmin1Code() {
    UsCounties.Topology topology = new UsCounties.Topology(TOPOLOGY);
    Map<String, double[]> points = UsCounties.statePoints(topology, ADMIN1);

    assertThat(points).containsOnlyKeys("US.KY", "US.LA", "US.VA", "US.DC");
    assertThat(points.get("US.KY")).containsExactly(30.5, -89.5);
    assertThat(UsCounties.statePoints(topology, Map.of("US.KY", "Kentucky"))).containsOnlyKeys("US.KY");
  }

  @Test
  void admin1_ofAStateWithAPoint_liesThereNotInTheMiddleOfItsTowns() {
    IndexBuilder builder = DefaultIndexBuildTest.places();
    Admin1Regions.add(builder, Map.of("SY.12", "Idlib Governorate"), Map.of(),
        Map.of("SY.12", new double[] {36.0, 36.5}));
    assertThat(builder.build().admin1("SY", "12").orElseThrow()).extracting(GeoName::lat, GeoName::lon)
        .containsExactly(36.0, 36.5);
  }

  @Test
  void fullName_parishesInLouisiana_boroughsInAlaska() {
    assertThat(UsCounties.fullName("21", "Laurel")).isEqualTo("Laurel County");
    assertThat(UsCounties.fullName("22", "Avoyelles")).isEqualTo("Avoyelles Parish");
    assertThat(UsCounties.fullName("02", "Kenai Peninsula")).isEqualTo("Kenai Peninsula Borough");
  }

  @Test
  void centroid_acrossTheAntimeridian_staysInTheAleutians() {
    String topology = """
        {"transform": {"scale": [1, 1], "translate": [178, 51]},
         "arcs": [[[0, 0], [-357, 0], [0, 2], [357, 0], [0, -2]]], "objects": {}}""";
    UsCounties.Topology t = new UsCounties.Topology(topology); // from 178 E to 179 W and back
    double[] centroid = t.centroid(Map.of("type", "Polygon", "arcs", List.of(List.of(0.0))));
    assertThat(centroid[0]).isEqualTo(52.0);
    assertThat(centroid[1]).isEqualTo(179.5);
  }

  @Test
  void notATopology_isRejectedWithWhatIsMissing() {
    assertThatThrownBy(() -> UsCounties.add(new IndexBuilder(), "{\"type\": \"FeatureCollection\"}", ADMIN1, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no arcs or transform");
  }

  @Test
  void otherSpelling_joinsOrSplitsTheParticle() {
    assertThat(UsCounties.otherSpelling("De Soto")).isEqualTo("DeSoto");
    assertThat(UsCounties.otherSpelling("DeKalb")).isEqualTo("De Kalb");
    assertThat(UsCounties.otherSpelling("LaSalle")).isEqualTo("La Salle");
    assertThat(UsCounties.otherSpelling("Laurel")).isNull();
    assertThat(UsCounties.otherSpelling("Delaware")).isNull();
  }
}
