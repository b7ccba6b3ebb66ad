package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Document;
import org.herodotus.testing.Shelling;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full disk while one document of a batch is written (issue 6): that document fails with its id
 * and what to do, the batch goes on, and the store holds no row of it, as if it had never been
 * read; running again stores it.
 */
class DiskFullTest {

  @TempDir Path dir;
  @TempDir Path reference;

  /** Every table of the schema, and how its rows name their document. */
  static final Map<String, String> DOCUMENT_COLUMNS = new LinkedHashMap<>();

  static {
    DOCUMENT_COLUMNS.put("documents", "id");
    for (String table : List.of("actors", "places", "events", "quotes", "document_signatures", "signature_bands",
        "duplicates", "cluster_members")) {
      DOCUMENT_COLUMNS.put(table, "document_id");
    }
    DOCUMENT_COLUMNS.put("clusters", "founder_document");
  }

  /** The wire story, its syndicated copy (a near-duplicate in the wire's cluster) and another outlet's report. */
  static List<Document> batch() {
    return List.of(Shelling.wire("wire"), Shelling.syndicated("copy"), Shelling.tribune("tribune"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"documents", "events", "quotes", "commit"})
  void diskFullOnOneDocument_failsItAlone_leavesNoRowOfIt_andARunAgainStoresIt(String failingAt) throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> stored = new ArrayList<>();
    try (Store store = Store.open(dir, table -> {
      if (table.equals(failingAt) && writing[0].equals("copy")) {
        throw new SQLException("IO Error: Could not write file \"" + dir.resolve(Store.FILE) + ".wal\": No space left on device");
      }
    })) {
      for (Document doc : batch()) { // as ingest does: one failure is reported and the batch goes on
        writing[0] = doc.id();
        try {
          store.put(doc);
          stored.add(doc.id());
        } catch (StoreException e) {
          failures.add(e.getMessage());
        }
      }
      assertThat(stored).containsExactly("wire", "tribune");
      assertThat(failures).singleElement().asString()
          .startsWith("cannot store document copy: ")
          .contains("No space left on device", "free disk space", "run ingest again", "resumes");
      for (Map.Entry<String, String> table : DOCUMENT_COLUMNS.entrySet()) {
        assertThat(store.rows("SELECT count(*) FROM " + table.getKey() + " WHERE " + table.getValue() + " = 'copy'"))
            .as(table.getKey()).containsExactly(List.of(0L));
      }
      assertThat(store.rows("SELECT count(*) FROM duplicates WHERE original_id = 'copy'")).containsExactly(List.of(0L));
      assertThat(counts(store)).as("as if the copy had never been read").isEqualTo(referenceCounts());
      assertThat(store.clusters(EventQuery.all())).singleElement()
          .satisfies(c -> assertThat(c.members()).containsExactly("wire#0", "tribune#0"));
    }
    try (Store store = Store.open(dir)) { // free space, run again
      List<Ingested> again = batch().stream().map(store::put).toList();
      assertThat(again).containsExactly(Ingested.UNCHANGED, Ingested.NEW, Ingested.UNCHANGED);
      assertThat(store.originalOf("copy")).contains("wire");
      assertThat(store.clusters(EventQuery.all())).singleElement()
          .satisfies(c -> assertThat(c.members()).containsExactlyInAnyOrder("wire#0", "copy#0", "tribune#0"));
    }
  }

  private final String[] writing = {""};

  private Map<String, Object> referenceCounts() throws SQLException {
    try (Store store = Store.open(reference)) {
      store.put(Shelling.wire("wire"));
      store.put(Shelling.tribune("tribune"));
      return counts(store);
    }
  }

  private static Map<String, Object> counts(Store store) throws SQLException {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String table : DOCUMENT_COLUMNS.keySet()) {
      counts.put(table, store.rows("SELECT count(*) FROM " + table).get(0).get(0));
    }
    return counts;
  }

  @org.junit.jupiter.api.Test
  void diskProblem_isRecognisedInTheCauseChain() {
    assertThat(StoreException.diskProblem(new SQLException("IO Error", new java.io.IOException("No space left on device")))).isTrue();
    assertThat(StoreException.diskProblem(new SQLException("IO Error: Cannot open file: Read-only file system"))).isTrue();
    assertThat(StoreException.diskProblem(new SQLException("Constraint Error: duplicate key"))).isFalse();
    assertThat(new StoreException("cannot store document d", new SQLException("Constraint Error: duplicate key")).getMessage())
        .isEqualTo("cannot store document d: Constraint Error: duplicate key");
  }
}
