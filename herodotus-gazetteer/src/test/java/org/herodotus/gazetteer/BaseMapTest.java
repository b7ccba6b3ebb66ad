package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseMapTest {

  @Test
  @SuppressWarnings("unchecked")
  void topoJson_isTheWorldsCountriesAsOneTopology() {
    Map<String, Object> topology = (Map<String, Object>) Json.parse(new String(BaseMap.topoJson(), StandardCharsets.UTF_8));
    assertThat(topology.get("type")).isEqualTo("Topology");
    Map<String, Object> countries = (Map<String, Object>) ((Map<String, Object>) topology.get("objects")).get("countries");
    List<Map<String, Object>> shapes = (List<Map<String, Object>>) countries.get("geometries");
    assertThat(shapes).hasSizeGreaterThan(200);
    assertThat(shapes).extracting(g -> ((Map<String, Object>) g.get("properties")).get("name")).contains("Syria", "Iraq", "Turkey");
    assertThat((List<Object>) topology.get("arcs")).isNotEmpty();
  }
}
