package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.store.Store;
import org.herodotus.testing.Shelling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code events --clusters} on a store holding four reports of one shelling and one of another: no models. */
class EventClustersTest {

  @TempDir Path dir;

  @BeforeEach
  void fill() {
    try (Store store = Store.open(dir)) {
      for (var doc : List.of(Shelling.wire("wire"), Shelling.syndicated("courier"), Shelling.tribune("tribune"),
          Shelling.post("post"), Shelling.aleppo("aleppo"))) {
        store.put(doc);
      }
    }
  }

  @Test
  void clusters_table_oneLinePerEvent_withItsCounts() {
    Console console = Console.run("events", "--data", dir.toString(), "--clusters");
    assertThat(console.status()).as(console.err()).isZero();
    List<String> lines = console.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("reports", "docs", "outlets", "indep", "first seen");
    assertThat(lines.get(1)).contains("2026-03-10", "ASSAULT", "Idlib", "SY").containsPattern("\\s4\\s+4\\s+4\\s+3\\s+2026-03-10\\s+2026-03-11");
    assertThat(lines.get(2)).contains("2026-03-11", "Aleppo").containsPattern("\\s1\\s+1\\s+1\\s+1\\s+2026-03-11");
  }

  @Test
  void clusters_json_countsAndWhatWasCounted_andEventsCarryTheClusterId() throws Exception {
    Console console = Console.run("events", "--data", dir.toString(), "--clusters", "--format", "json", "--to", "2026-03-10");
    assertThat(console.status()).as(console.err()).isZero();
    List<String> lines = console.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode cluster = new ObjectMapper().readTree(lines.get(0));
    assertThat(cluster.get("reports").asInt()).isEqualTo(4);
    assertThat(cluster.get("independentSources").asInt()).isEqualTo(3);
    assertThat(cluster.get("sources").toString()).isEqualTo("[\"levant wire\",\"guardian\",\"northern tribune\"]");
    assertThat(cluster.get("place").get("name").asText()).isEqualTo("Idlib");
    assertThat(cluster.get("firstSeen").asText()).isEqualTo("2026-03-10");
    assertThat(cluster.get("copies").toString()).isEqualTo("{\"courier\":\"wire\"}");

    Console events = Console.run("events", "--data", dir.toString(), "--format", "json", "--to", "2026-03-10");
    assertThat(events.out().lines()).hasSize(4).allSatisfy(line -> assertThat(new ObjectMapper().readTree(line).get("cluster").asText())
        .isEqualTo(cluster.get("cluster").asText()));
  }

  @Test
  void clusters_csv_andFilters() {
    Console console = Console.run("events", "--data", dir.toString(), "--clusters", "--format", "csv", "--country", "SYR",
        "--actor", "government forces");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines()).hasSize(3);
    assertThat(console.out().lines().findFirst().orElseThrow()).endsWith("reports,documents,outlets,independent_sources,first_seen,last_seen");
    assertThat(Console.run("events", "--data", dir.toString(), "--clusters", "--format", "csv", "--country", "TR").out().lines()).hasSize(1);
  }

  @Test
  void clusters_geojson_onePointPerLocatedEvent() throws Exception {
    Console console = Console.run("events", "--data", dir.toString(), "--clusters", "--format", "geojson");
    assertThat(console.status()).as(console.err()).isZero();
    JsonNode geo = new ObjectMapper().readTree(console.out());
    assertThat(geo.get("features")).hasSize(2);
    JsonNode idlib = geo.get("features").get(0);
    assertThat(idlib.get("geometry").get("coordinates").toString()).isEqualTo("[36.6339,35.9306]");
    assertThat(idlib.get("properties").get("reports").asInt()).isEqualTo(4);
    assertThat(idlib.get("id").asText()).isEqualTo(idlib.get("properties").get("cluster").asText());
  }

  @Test
  void clusters_acledCsv_isRefusedWithTheFormatsThereAre() {
    Console console = Console.run("events", "--data", dir.toString(), "--clusters", "--format", "acled-csv");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("export");
  }
}
