package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.store.EventCluster;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.herodotus.store.StoredEvent;
import org.herodotus.testing.JsonLines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles of {@link org.herodotus.testing.Shelling} (written for the project) through {@code ingest} with the real
 * models: the four reports of the Idlib shelling become one event cluster, the Aleppo shelling
 * another, and ingesting them again changes nothing.
 */
class ClustersIT {

  static Path data;
  static Path input;
  static Console first;

  @BeforeAll
  static void ingest(@TempDir Path dir) throws Exception {
    input = dir.resolve("shelling.jsonl");
    Files.write(input, JsonLines.shelling(), StandardCharsets.UTF_8);
    data = dir.resolve("data");
    first = Console.run("ingest", "--data", data.toString(), input.toString());
    assertThat(first.status()).as(first.err()).isZero();
  }

  /** The cluster that holds event {@code member} ({@code document#index}). */
  static EventCluster clusterOf(List<EventCluster> clusters, String member) {
    return clusters.stream().filter(c -> c.members().contains(member)).findFirst().orElseThrow();
  }

  @Test
  void fourReportsOfTheIdlibShelling_areOneEvent_withThreeIndependentSources() {
    assertThat(first.out()).contains("5 documents into " + data + ": 5 new, 0 unchanged, 0 replaced, 0 failed", "event clusters");
    try (Store store = Store.open(data)) {
      List<EventCluster> clusters = store.clusters(EventQuery.all());
      EventCluster idlib = clusterOf(clusters, "wire#0");
      assertThat(idlib.place().name()).isEqualTo("Idlib");
      assertThat(idlib.date()).isEqualTo("2026-03-10");
      assertThat(idlib.plover()).isEqualTo("ASSAULT");
      assertThat(idlib.source().code()).isEqualTo("SYRMIL");
      assertThat(idlib.documents()).containsExactly("wire", "courier", "post", "tribune");
      assertThat(idlib.outlets()).containsExactly("Levant Wire", "Daily Courier", "Evening Post", "Northern Tribune");
      // the syndicated copy counts as the wire story; the Evening Post's report as the Guardian's
      assertThat(idlib.independentSources()).containsExactly("levant wire", "guardian", "northern tribune");
      assertThat(idlib.firstSeen()).hasToString("2026-03-10");
      assertThat(idlib.lastSeen()).hasToString("2026-03-11");
      assertThat(store.originalOf("courier")).contains("wire");
      // every assault any of the four reports codes is in it
      for (StoredEvent e : store.events(new EventQuery(null, null, "ASSAULT", null, null, null, null, 1000))) {
        if (!e.documentId().equals("aleppo")) {
          assertThat(e.cluster()).as(render(e)).isEqualTo(idlib.id());
        }
      }
    }
  }

  @Test
  void theAleppoShellingNextDay_56kmAway_isAnotherEvent() {
    try (Store store = Store.open(data)) {
      List<EventCluster> clusters = store.clusters(EventQuery.all());
      EventCluster aleppo = clusterOf(clusters, "aleppo#0");
      assertThat(aleppo.id()).isNotEqualTo(clusterOf(clusters, "wire#0").id());
      assertThat(aleppo.documents()).containsExactly("aleppo");
      assertThat(aleppo.place().name()).isEqualTo("Aleppo");
      assertThat(aleppo.independentSources()).containsExactly("levant wire");
    }
    Console table = Console.run("events", "--data", data.toString(), "--clusters", "--plover", "ASSAULT");
    assertThat(table.status()).as(table.err()).isZero();
    assertThat(table.out().lines()).hasSize(3);
  }

  @Test
  void ingestAgain_changesNoCluster() {
    List<String> before;
    try (Store store = Store.open(data)) {
      before = store.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members()).toList();
    }
    Console again = Console.run("ingest", "--data", data.toString(), input.toString());
    assertThat(again.out()).as(again.err()).contains("5 documents into " + data + ": 0 new, 5 unchanged");
    try (Store store = Store.open(data)) {
      assertThat(store.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members()).toList()).isEqualTo(before);
    }
  }

  static String render(StoredEvent e) {
    return e.documentId() + "#" + e.index() + " " + e.code() + " " + e.plover() + " " + e.action() + " "
        + (e.source() == null ? "-" : e.source().code()) + " " + (e.target() == null ? "-" : e.target().code()) + " @"
        + (e.place() == null ? "-" : e.place().name()) + " " + e.date() + " " + e.mode() + " " + e.cluster();
  }
}
