package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.herodotus.model.Mode;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that stored documents is killed with SIGKILL, so its WAL was never checkpointed; the
 * store must come back whole. Regression: with DuckDB 1.4.4 the replayed rows, once checkpointed,
 * no longer matched {@code WHERE document_id = ?}, so their events vanished from queries and a
 * revision would have left the old rows beside the new. Found by IngestCommandIT; it took a
 * secondary ART index on {@code events} (DuckDB 1.4.4 passes without one; 2.0.0.1 passes with one).
 * The schema now has no secondary index and the build uses 2.0.0.1. Signatures, near-duplicate
 * pairs and cluster memberships are written in the same transactions and must come back too.
 */
class WalReplayAfterKillTest {

  /** The child: stores three documents, says so, and waits to be killed. */
  public static void main(String[] args) throws Exception {
    Store store = Store.open(Path.of(args[0]));
    for (int i = 0; i < 3; i++) {
      store.put(Reports.raqqa("r" + i));
    }
    System.out.println("stored");
    System.out.flush();
    Thread.sleep(60_000);
  }

  @Test
  void killedWriter_storeComesBackWhole_andRevisionsReplace(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), getClass().getName(), dir.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("stored")) {
        // DuckDB or JVM chatter
      }
      assertThat(line).isEqualTo("stored");
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (Store store = Store.open(dir)) { // replays the WAL; closing checkpoints it
      assertThat(store.documentCount()).isEqualTo(3);
    }
    try (Store store = Store.open(dir)) {
      store.put(Reports.cairo("c1"));
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.events(new EventQuery("Islamic State", null, null, null, null, null, Mode.ASSERTED, 10))).hasSize(3);
      assertThat(store.put(Reports.raqqa("r0", Reports.RAQQA + " Revised."))).isEqualTo(Ingested.REPLACED);
      assertThat(StoreTest.counts(store)).isEqualTo("documents=4 actors=7 places=4 events=4 quotes=3 annotations=7");
      assertThat(store.events(EventQuery.all())).hasSize(4);
      // three reports of one attack (the revision too) are one event cluster; the planned protest is in none
      assertThat(store.clusters(EventQuery.all())).singleElement().satisfies(c -> assertThat(c.members()).hasSize(3));
      assertThat(store.count("duplicates")).isEqualTo(3);
    }
  }
}
