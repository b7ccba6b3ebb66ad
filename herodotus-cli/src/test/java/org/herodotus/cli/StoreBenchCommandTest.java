package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.store.ContentHash;
import org.herodotus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store benchmark's parts, on a few hundred events: what it loads and reports, never how fast. */
class StoreBenchCommandTest {

  @TempDir Path dir;

  @Test
  void syntheticNews_sameSeedSameDocuments_exactEventCount() {
    List<String> first = hashes(new SyntheticNews(7, 500));
    assertThat(first).isEqualTo(hashes(new SyntheticNews(7, 500)));
    assertThat(first).isNotEqualTo(hashes(new SyntheticNews(8, 500)));
    int events = 0;
    for (SyntheticNews news = new SyntheticNews(7, 500); news.hasNext(); ) {
      Document doc = news.next();
      events += doc.events().size();
      assertThat(doc.events()).allSatisfy(e -> assertThat(doc.textOf(e.evidence())).endsWith("."));
    }
    assertThat(events).isEqualTo(500);
  }

  @Test
  void benchStore_loadsIndexesAndReportsEveryQuery() {
    Path data = dir.resolve("bench");
    Console console = Console.run("bench", "store", "--events", "400", "--runs", "2", "--data", data.toString());
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out()).contains("400 events in", "documents indexed from the store", "p50 ms", "bbox (Syria)",
        "place --place aden", "outlet --outlet ledger", "search \"defectors smugglers border\"");
    assertThat(console.out().lines().filter(l -> l.matches(".*\\s\\d+(\\s+\\d+\\.\\d){4}"))).hasSize(14);
    try (Store store = Store.open(data)) {
      assertThat(store.count("events")).isEqualTo(400);
    }
    assertThat(Console.run("bench", "store", "--events", "10", "--data", data.toString()).err()).contains("already holds a store");
    assertThat(Console.run("bench").err()).contains("bench store");
  }

  @Test
  void benchStoreApi_timesEveryRouteThroughTheServer_andReusesAKeptStore() {
    Path data = dir.resolve("api");
    Console console = Console.run("bench", "store", "--events", "300", "--runs", "1", "--api", "--data", data.toString());
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out()).contains("API: server started", "/api/events (no filter)", "events type=ASSAULT&offset=100000",
        "clusters type=ASSAULT&country=SY", "search q=defectors", "export jsonl limit=1000", "points type=PROTEST", "actors q=islamic",
        "load average");
    assertThat(console.out().lines().filter(l -> l.matches(".*\\s\\d+(\\s+\\d+\\.\\d){4}"))).hasSize(14 + 25);

    Console again = Console.run("bench", "store", "--reuse", "--runs", "1", "--api", "--data", data.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).contains("the kept store", "export jsonl limit=1000").doesNotContain("load: ");
    assertThat(Console.run("bench", "store", "--reuse", "--data", dir.resolve("none").toString()).err())
        .contains("--reuse needs --data with the store of an earlier run");
  }

  @Test
  void percentile_nearestRank() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(StoreBenchCommand.percentile(sorted, 0.50)).isEqualTo(50);
    assertThat(StoreBenchCommand.percentile(sorted, 0.99)).isEqualTo(99);
    assertThat(StoreBenchCommand.percentile(new long[] {5}, 0.99)).isEqualTo(5);
  }

  private static List<String> hashes(SyntheticNews news) {
    List<String> hashes = new ArrayList<>();
    news.forEachRemaining(doc -> hashes.add(ContentHash.of(doc)));
    return hashes;
  }
}
