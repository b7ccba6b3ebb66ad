package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.herodotus.store.StoredEvent;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herodotus ingest} end to end with the real models (loaded once per JVM, shared with the
 * other command ITs through {@code Pipelines}), then {@code events} on what it stored.
 */
class IngestCommandIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path samples;

  @BeforeAll
  static void writeSamples() throws IOException {
    for (String name : List.of(Samples.DEFECTORS, Samples.AID_CONVOY, Samples.KABUL_HTML, Samples.WIRE_JSONL)) {
      Files.write(samples.resolve(name), Samples.bytes(name));
    }
  }

  @Test
  void ingestTwice_secondRunAddsNothing_revisionReplaces_eventsAsGeoJson(@TempDir Path data) throws Exception {
    Console first = Console.run("ingest", "--data", data.toString(), "--threads", "2", samples.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("6 documents into " + data + ": 6 new, 0 unchanged, 0 replaced, 0 failed");
    long events;
    try (Store store = Store.open(data)) {
      assertThat(store.documentCount()).isEqualTo(6);
      events = store.count("events");
      assertThat(events).isPositive();
    }

    Console second = Console.run("ingest", "--data", data.toString(), samples.toString());
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).contains("6 documents into " + data + ": 0 new, 6 unchanged, 0 replaced, 0 failed; "
        + "the store holds 6 documents, " + events + " events");

    Path wire = samples.resolve(Samples.WIRE_JSONL);
    Files.writeString(wire, Files.readString(wire).replace("Several hundred people marched", "Several thousand people marched"));
    Console revised = Console.run("ingest", "--data", data.toString(), wire.toString());
    assertThat(revised.out()).as(revised.err()).contains("3 documents into " + data + ": 0 new, 2 unchanged, 1 replaced, 0 failed; "
        + "the store holds 6 documents");

    Console geo = Console.run("events", "--data", data.toString(), "--plover", "ASSAULT", "--limit", "1000", "--format", "geojson");
    assertThat(geo.status()).as(geo.err()).isZero();
    JsonNode collection = JSON.readTree(geo.out());
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    List<String> places = new ArrayList<>();
    for (JsonNode feature : collection.get("features")) {
      JsonNode p = feature.get("properties");
      assertThat(p.get("plover").asText()).isEqualTo("ASSAULT");
      assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(p.get("place").get("lon").asDouble());
      places.add(p.get("place").get("name").asText());
    }
    assertThat(places).contains("Kabul", "Mosul", "Donetsk");
  }

  /**
   * A child JVM is killed with SIGKILL in the middle of an ingest; running the ingest again stores
   * every document once: nothing lost, nothing duplicated.
   */
  @Test
  void killedMidIngest_restartResumes_noLossNoDuplicates(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("many.jsonl");
    int count = 16;
    StringBuilder lines = new StringBuilder();
    String text = Samples.text(Samples.AID_CONVOY);
    for (int i = 0; i < count; i++) {
      lines.append(JSON.writeValueAsString(java.util.Map.of("id", "copy-" + i, "published", "2017-09-0" + (1 + i % 9),
          "text", "Copy " + i + ". " + text))).append('\n');
    }
    Files.writeString(input, lines);
    Path data = dir.resolve("data");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        Herodotus.class.getName(), "ingest", "--data", data.toString(), "--threads", "1", "--progress", input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int done = waitForDocuments(child.getErrorStream(), 4);
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(done).as("documents done before the kill").isBetween(4, count - 1);

    long before;
    try (Store store = Store.open(data)) {
      before = store.documentCount();
      assertThat(before).isBetween((long) done - 1, (long) count - 1);
    }
    Console resumed = Console.run("ingest", "--data", data.toString(), input.toString());
    assertThat(resumed.status()).as(resumed.err()).isZero();
    assertThat(resumed.out()).contains(count + " documents into " + data + ": " + (count - before) + " new, " + before + " unchanged");
    try (Store store = Store.open(data)) {
      assertThat(store.documentCount()).isEqualTo(count);
      assertThat(perDocument(store).values()).as("events per document").containsOnly(perDocument(store).get("copy-0"));
      List<StoredEvent> events = store.events(EventQuery.all());
      Set<String> keys = new HashSet<>();
      events.forEach(e -> keys.add(e.documentId() + "#" + e.index()));
      assertThat(keys).hasSize(events.size());
      Set<String> documents = new HashSet<>();
      events.forEach(e -> documents.add(e.documentId()));
      assertThat(documents).hasSize(count); // every copy has its events, the interrupted one too
      // The index lost what it had not committed when killed; the resumed ingest reconciled it.
      try (org.herodotus.search.SearchIndex index = org.herodotus.search.SearchIndex.open(store)) {
        assertThat(index.reconciliation().none()).isTrue();
        assertThat(index.documentCount()).isEqualTo(count);
        assertThat(index.matches("convoy").documentIds()).hasSize(count);
      }
    }
  }

  /** Events per document id; a document whose events a query cannot find is missing. */
  static java.util.Map<String, Integer> perDocument(Store store) {
    java.util.Map<String, Integer> per = new java.util.TreeMap<>();
    store.events(EventQuery.all()).forEach(e -> per.merge(e.documentId(), 1, Integer::sum));
    return per;
  }

  /** Reads the child's progress line until it reports {@code atLeast} documents done; returns how many. */
  private static int waitForDocuments(InputStream err, int atLeast) throws IOException {
    Pattern progress = Pattern.compile("(\\d+)(?: / \\d+)? documents \\("); // done, or done / total
    StringBuilder seen = new StringBuilder();
    int c;
    while ((c = err.read()) >= 0) {
      seen.append((char) c);
      if (c == ' ') {
        Matcher m = progress.matcher(seen);
        int last = -1;
        while (m.find()) {
          last = Integer.parseInt(m.group(1));
        }
        if (last >= atLeast) {
          return last;
        }
      }
    }
    throw new AssertionError("the child ended before " + atLeast + " documents: " + new String(seen.toString().getBytes(), StandardCharsets.UTF_8));
  }
}
