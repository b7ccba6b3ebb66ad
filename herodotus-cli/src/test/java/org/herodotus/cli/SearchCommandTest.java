package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.herodotus.search.SearchIndex;
import org.herodotus.store.Store;
import org.herodotus.testing.Reports;
import org.herodotus.testing.Wires;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} and the {@code --text} filter on a store of hand-built wire stories: no models. */
class SearchCommandTest {

  @TempDir Path dir;

  @BeforeEach
  void fill() {
    // Stored without indexing, as after a crash: the first command that opens the index adds them.
    try (Store store = Store.open(dir)) {
      store.put(Wires.idlib("w1"));
      store.put(Wires.aleppo("w2"));
      store.put(Wires.harbour("w3"));
      store.put(Reports.raqqa("r1"));
    }
  }

  @Test
  void search_table_ranksAndHighlights() {
    Console console = Console.run("search", "--data", dir.toString(), "defectors Idlib smugglers");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.err()).contains("4 added");
    assertThat(console.out().lines().findFirst().orElseThrow()).isEqualTo("1. w1  Defectors slip out of Idlib");
    assertThat(console.out()).contains("Levant Wire, 2017-09-05", "[defectors]", "[smugglers]",
        "event w1#1 - -: BEIRUT");
    assertThat(console.out()).doesNotContain("w2", "w3", "r1");
    assertThat(Console.run("search", "--data", dir.toString(), "smugglers").err()).isEmpty(); // nothing left to reconcile
  }

  @Test
  void search_json_oneDocumentALine_withEvents() throws Exception {
    Console console = Console.run("search", "--data", dir.toString(), "--format", "json", "--limit", "2",
        "plover:ASSAULT", "OR", "attacked");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines()).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(console.out().lines().findFirst().orElseThrow());
    assertThat(first.get("document").asText()).isIn("w2", "r1");
    assertThat(first.get("events").get(0).get("plover").asText()).isEqualTo("ASSAULT");
  }

  @Test
  void search_badQuery_exitTwoWithSyntax() {
    Console console = Console.run("search", "--data", dir.toString(), "title:(smugglers");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("cannot read the query 'title:(smugglers'", "field:value");
    assertThat(Console.run("search", "--data", dir.toString(), "--format", "xml", "x").err()).contains("table or json");
    assertThat(Console.run("search", "--help").out()).contains("published:[2017-01-01 TO 2017-12-31]", "+smugglers -Turkey");
  }

  @Test
  void search_noStore_saysToIngestFirst() {
    Console console = Console.run("search", "--data", dir.resolve("none").toString(), "x");
    assertThat(console.status()).isEqualTo(2);
    assertThat(console.err()).contains("herodotus ingest --data");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void events_text_keepsEventsWhoseEvidenceOrArticleMatches() {
    Console evidence = Console.run("events", "--data", dir.toString(), "--format", "csv", "--text", "evidence:\"border guards\"");
    assertThat(evidence.status()).as(evidence.err()).isZero();
    assertThat(evidence.out().lines().skip(1)).hasSize(1).allMatch(line -> line.contains("w1") && line.contains("173"));
    // Unqualified words search the article too: its text names the border guards, so all its events count.
    Console anywhere = Console.run("events", "--data", dir.toString(), "--format", "csv", "--text", "\"border guards\"");
    assertThat(anywhere.out().lines().skip(1)).hasSize(2).allMatch(line -> line.startsWith("w1,"));
    Console article = Console.run("events", "--data", dir.toString(), "--format", "csv", "--text", "title:defectors");
    assertThat(article.out().lines().skip(1)).hasSize(2);
    Console combined = Console.run("events", "--data", dir.toString(), "--format", "csv", "--text", "market OR strike",
        "--country", "GR");
    assertThat(combined.out().lines().skip(1)).hasSize(1).allMatch(line -> line.contains("w3"));
    Console export = Console.run("export", "--data", dir.toString(), "--format", "jsonl", "--text", "Raqqa");
    assertThat(export.out().lines()).hasSize(1).allMatch(line -> line.contains("\"document\":\"r1\""));
    assertThat(dir.resolve(SearchIndex.DIRECTORY)).isDirectory();
  }

  @Test
  void events_bbox() {
    Console console = Console.run("events", "--data", dir.toString(), "--format", "csv", "--bbox", "35.5,32.3,42.4,37.3");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out().lines().skip(1)).hasSize(1).allMatch(line -> line.contains("r1"));
    assertThat(Console.run("events", "--data", dir.toString(), "--bbox", "1,2").err()).contains("WEST,SOUTH,EAST,NORTH");
  }
}
