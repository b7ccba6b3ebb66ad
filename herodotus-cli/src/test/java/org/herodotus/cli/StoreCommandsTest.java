package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.store.Store;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code events} and {@code export} on a store filled with hand-built documents: no models. */
class StoreCommandsTest {

  @TempDir Path dir;

  @BeforeEach
  void fill() {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.cairo("c1"));
    }
  }

  @Test
  void events_table_listsEveryEvent() {
    Console console = Console.run("events", "--data", dir.toString());
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines()).hasSize(3);
    assertThat(console.out()).contains("Islamic State", "Kurdish forces", "Ar Raqqah", "r1#0", "c1#0");
  }

  @Test
  void events_filtersAndGeoJson() throws Exception {
    Console console = Console.run("events", "--data", dir.toString(), "--plover", "assault", "--country", "SYR",
        "--from", "2017-07-01", "--to", "2017-07-31", "--mode", "asserted", "--format", "geojson");
    assertThat(console.status()).as(console.err()).isZero();
    JsonNode geo = new ObjectMapper().readTree(console.out());
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).hasSize(1);
    JsonNode feature = geo.get("features").get(0);
    assertThat(feature.get("geometry").get("coordinates").toString()).isEqualTo("[39.01,35.95]");
    assertThat(feature.get("properties").get("source").get("name").asText()).isEqualTo("Islamic State");
    assertThat(feature.get("properties").get("killed").asDouble()).isEqualTo(12.0);
  }

  @Test
  void events_placeAndOutlet_filterEventsClustersAndExport() {
    Console place = Console.run("events", "--data", dir.toString(), "--place", "ar raqqah", "--format", "csv");
    assertThat(place.status()).as(place.err()).isZero();
    assertThat(place.out().lines()).hasSize(2).last().asString().contains("r1");
    Console outlet = Console.run("events", "--data", dir.toString(), "--outlet", "Kurdistan", "--format", "csv");
    assertThat(outlet.out().lines()).hasSize(2).last().asString().contains("r1");
    assertThat(Console.run("events", "--data", dir.toString(), "--place", "Cairo", "--outlet", "Kurdistan", "--format", "csv")
        .out().lines()).hasSize(1);
    Console clusters = Console.run("events", "--data", dir.toString(), "--clusters", "--place", "raqqa", "--format", "json");
    assertThat(clusters.status()).as(clusters.err()).isZero();
    assertThat(clusters.out().lines()).singleElement().asString().contains("\"r1\"");
    assertThat(Console.run("events", "--data", dir.toString(), "--clusters", "--place", "raqqa", "--outlet", "Reuters",
        "--format", "json").out()).isEmpty();
    Console export = Console.run("export", "--data", dir.toString(), "--format", "jsonl", "--outlet", "kurdistan 24");
    assertThat(export.status()).as(export.err()).isZero();
    assertThat(export.out().lines()).singleElement().asString().contains("\"r1\"");
    assertThat(Console.run("events", "--data", dir.toString(), "--place", " ")).satisfies(c -> {
      assertThat(c.status()).isEqualTo(2);
      assertThat(c.err()).contains("--place must not be blank");
    });
  }

  @Test
  void events_injectionLookingActor_isAValueThatMatchesNothing() {
    Console console = Console.run("events", "--data", dir.toString(), "--actor", "' OR 1=1; DROP TABLE events; --", "--format", "csv");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines()).hasSize(1); // the header
    assertThat(Console.run("events", "--data", dir.toString(), "--format", "csv").out().lines()).hasSize(3);
  }

  @Test
  void events_badParameters_exitTwoWithTheValue() {
    assertThat(Console.run("events", "--data", dir.toString(), "--code", "19x")).satisfies(c -> {
      assertThat(c.status()).isEqualTo(2);
      assertThat(c.err()).contains("'19x'");
    });
    assertThat(Console.run("events", "--data", dir.toString(), "--format", "acled-csv").err()).contains("export");
    assertThat(Console.run("events", "--data", dir.toString(), "--format", "xml").err()).contains("table, csv, json");
    assertThat(Console.run("events", "--data", dir.toString(), "--from", "2017-13-01").status()).isEqualTo(2);
    assertThat(Console.run("events", "--data", dir.toString(), "--limit", "-1").err()).contains("--limit");
  }

  @Test
  void events_noStore_saysToIngestFirst() {
    Console console = Console.run("events", "--data", dir.resolve("nothing").toString());
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("herodotus ingest --data");
    assertThat(dir.resolve("nothing")).doesNotExist();
  }

  @Test
  void export_acledCsv_factualViolenceOnly() {
    Console console = Console.run("export", "--data", dir.toString(), "--format", "acled-csv");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines()).hasSize(2); // the planned protest is no ACLED event
    assertThat(console.out().lines().skip(1).findFirst().orElseThrow()).startsWith(
        "r1-0,2017-07-03,2017,1,Battles,Armed clash,Islamic State,,Kurdish forces,,SY,Syria,Ar-Raqqah,Ar Raqqah,35.95,39.01,1,Kurdistan 24,"
            + "\"Islamic State fighters attacked Kurdish forces in Raqqa on Monday, killing 12.\",12,190,ASSAULT,ASSERTED,r1,0,");
  }

  @Test
  void export_jsonl_everyEvent() {
    Console console = Console.run("export", "--data", dir.toString(), "--format", "jsonl");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines()).hasSize(2);
    assertThat(console.out()).contains("\"datePrecision\":\"month\"", "\"mode\":\"PLANNED\"");
  }

  @Test
  void export_gdeltTsv_withHeader_andHeaderOnlyForIt() {
    Console console = Console.run("export", "--data", dir.toString(), "--format", "gdelt-tsv", "--header");
    assertThat(console.status()).as(console.err()).isZero();
    List<String> lines = console.out().lines().toList();
    assertThat(lines).hasSize(2); // the header and the attack; the planned protest is no GDELT event
    assertThat(lines.get(0)).startsWith("GLOBALEVENTID\tSQLDATE\t");
    assertThat(lines.get(1).split("\t", -1)).hasSize(61).contains("20170703", "190", "Islamic State", "Ar Raqqah, Ar-Raqqah, Syria");
    assertThat(Console.run("export", "--data", dir.toString(), "--format", "gdelt-tsv").out().lines()).hasSize(1);
    Console acled = Console.run("export", "--data", dir.toString(), "--format", "acled-csv", "--header");
    assertThat(acled.status()).isEqualTo(2);
    assertThat(acled.err()).contains("--header is for --format gdelt-tsv");
    assertThat(Console.run("events", "--data", dir.toString(), "--format", "gdelt-tsv").err()).contains("export");
  }
}
