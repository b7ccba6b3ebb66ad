package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.herodotus.search.SearchIndex;
import org.herodotus.store.FullDisk;
import org.herodotus.store.Store;
import org.herodotus.testing.Reports;
import org.herodotus.testing.Shelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ingest} does before the pipeline: no models. */
class IngestCommandTest {

  @Test
  void unstored_skipsDocumentsStoredWithTheSameContent_passesNewRevisedAndFailed(@TempDir Path dir) {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.cairo("c1"));
      Document revised = Reports.raqqa("c1", Reports.RAQQA);
      Outcome failed = new Outcome.Failed("x", "x.txt", "read", "empty", null);
      List<Outcome> read = List.of(new Outcome.Done(Reports.raqqa("r1")), new Outcome.Done(Reports.raqqa("r2")),
          failed, new Outcome.Done(revised));
      int[] skipped = {0};
      List<String> passed = new ArrayList<>();
      new IngestCommand.Unstored(read.iterator(), store, () -> skipped[0]++).forEachRemaining(outcome ->
          passed.add(outcome instanceof Outcome.Done done ? done.document().id() : "failed"));
      assertThat(skipped[0]).isEqualTo(1);
      assertThat(passed).containsExactly("r2", "failed", "c1");
    }
  }

  @Test
  void store_indexesNewAndRevisedDocuments_notUnchangedOnes(@TempDir Path dir) {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      store.put(Reports.raqqa("r1")); // stored behind the index's back: an unchanged document is not indexed again
      IngestCommand.Counts counts = new IngestCommand.Counts();
      assertThat(IngestCommand.store(new Outcome.Done(Reports.raqqa("r1")), store, index, counts)).isTrue();
      assertThat(index.documentCount()).isZero();
      IngestCommand.store(new Outcome.Done(Reports.cairo("c1")), store, index, counts);
      assertThat(index.matches("Cairo").documentIds()).containsExactly("c1");
      IngestCommand.store(new Outcome.Done(Reports.raqqa("c1", Reports.RAQQA)), store, index, counts);
      assertThat(index.matches("Cairo").documentIds()).isEmpty();
      assertThat(index.matches("Raqqa").documentIds()).containsExactly("c1");
      assertThat(List.of(counts.added, counts.unchanged, counts.replaced, counts.failed)).containsExactly(1, 1, 1, 0);
    }
  }

  @Test
  void store_diskFullOnOneDocument_reportsItWithWhatToDo_theBatchGoesOn_andARunAgainStoresIt(@TempDir Path dir) {
    List<Document> batch = List.of(Shelling.wire("wire"), Shelling.syndicated("copy"), Shelling.tribune("tribune"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    IngestCommand.Counts counts = new IngestCommand.Counts();
    List<Boolean> stored = new ArrayList<>();
    try (Store store = FullDisk.onDocument(dir, 2); SearchIndex index = SearchIndex.open(store)) {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      for (Document doc : batch) {
        stored.add(IngestCommand.store(new Outcome.Done(doc), store, index, counts));
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(stored).containsExactly(true, false, true);
    assertThat(List.of(counts.added, counts.failed)).containsExactly(2, 1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("herodotus: ").contains("copy", "failed at store",
        "No space left on device", "free disk space", "run ingest again", "resumes");
    IngestCommand.Counts again = new IngestCommand.Counts();
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      assertThat(store.documentCount()).isEqualTo(2);
      for (Document doc : batch) {
        assertThat(IngestCommand.store(new Outcome.Done(doc), store, index, again)).isTrue();
      }
      assertThat(List.of(again.added, again.unchanged, again.failed)).containsExactly(1, 2, 0);
      assertThat(index.documentCount()).isEqualTo(3); // the copy is indexed once stored
    }
  }
}
