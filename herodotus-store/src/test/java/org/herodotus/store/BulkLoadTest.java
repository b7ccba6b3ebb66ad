package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.testing.Reports;
import org.herodotus.testing.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoadTest {

  @TempDir Path dir;

  private static final List<Document> DOCS = List.of(Reports.raqqa("r1"), Reports.cairo("c1"), Wires.idlib("w1"));

  @Test
  void bulkLoad_writesTheSameRowsAsPut() throws Exception {
    try (Store put = Store.open(dir.resolve("put")); Store bulk = Store.open(dir.resolve("bulk"))) {
      DOCS.forEach(put::put);
      assertThat(bulk.bulkLoad(DOCS.iterator())).isEqualTo(3);
      // bulkLoad writes no signatures or clusters: the events are equal but for their cluster
      assertThat(bulk.events(EventQuery.all())).usingRecursiveFieldByFieldElementComparatorIgnoringFields("cluster", "originalSource")
          .isEqualTo(put.events(EventQuery.all()));
      assertThat(bulk.count("clusters")).isZero();
      for (String table : DocumentWriter.TABLES) {
        String sql = "SELECT * FROM " + table + " ORDER BY ALL";
        assertThat(rendered(bulk.rows(sql))).as(table).isEqualTo(rendered(put.rows(sql))).isNotEmpty();
      }
      assertThat(bulk.holds("r1", ContentHash.of(Reports.raqqa("r1")))).isTrue();
    }
  }

  /** Rows as text, arrays as their elements (a JDBC array has no value equality). */
  private static List<String> rendered(List<List<Object>> rows) throws java.sql.SQLException {
    List<String> out = new java.util.ArrayList<>();
    for (List<Object> row : rows) {
      StringBuilder line = new StringBuilder();
      for (Object value : row) {
        line.append(value instanceof java.sql.Array a ? java.util.Arrays.toString((Object[]) a.getArray()) : String.valueOf(value)).append('|');
      }
      out.add(line.toString());
    }
    return out;
  }

  @Test
  void bulkLoad_intoAStoreWithDocuments_isRefused() {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      assertThatThrownBy(() -> store.bulkLoad(DOCS.iterator())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("empty store");
    }
  }

  @Test
  void forEachDocument_streamsTextAndEvidence_skipsUnknownIds() {
    try (Store store = Store.open(dir)) {
      DOCS.forEach(store::put);
      List<StoredDocument> read = new java.util.ArrayList<>();
      store.forEachDocument(List.of("w1", "nope", "r1"), read::add);
      assertThat(read).extracting(StoredDocument::id).containsExactly("r1", "w1");
      StoredDocument w1 = read.get(1);
      assertThat(w1.contentHash()).isEqualTo(ContentHash.of(Wires.idlib("w1")));
      assertThat(w1.text()).isEqualTo(Wires.IDLIB_TEXT);
      assertThat(w1.evidence()).extracting(e -> e.index() + " " + e.plover() + " " + e.country() + " " + e.date())
          .containsExactly("0 COERCE SY 2017-09-03", "1 null SY 2017-08");
      assertThat(w1.evidence().get(0).text()).startsWith("Turkish border guards detained");
      assertThat(store.contentHashes()).containsOnlyKeys("r1", "c1", "w1");
    }
  }

  @Test
  void bbox_keepsLocatedEventsInside() {
    try (Store store = Store.open(dir)) {
      DOCS.forEach(store::put);
      EventQuery syria = EventQuery.all().withBbox(new EventQuery.BoundingBox(35.5, 32.3, 42.4, 37.3));
      assertThat(store.events(syria)).extracting(StoredEvent::documentId).containsExactly("r1");
      EventQuery egypt = EventQuery.all().withBbox(EventQuery.BoundingBox.parse("29,29,33,31"));
      assertThat(store.events(egypt)).extracting(StoredEvent::documentId).containsExactly("c1");
      assertThatThrownBy(() -> EventQuery.BoundingBox.parse("42,30,35,37")).hasMessageContaining("west <= east");
      assertThatThrownBy(() -> EventQuery.BoundingBox.parse("1,2,3")).hasMessageContaining("'1,2,3'");
    }
  }

  @Test
  void smallLimit_readInTwoSteps_sameEventsAsTheJoin() {
    try (Store store = Store.open(dir)) {
      DOCS.forEach(store::put);
      List<StoredEvent> all = store.events(EventQuery.all()); // above EventReader.FEW: one query with the join
      assertThat(all).hasSize(4).allSatisfy(e -> assertThat(e.document()).isNotNull());
      assertThat(store.events(new EventQuery(null, null, null, null, null, null, null, 100))).isEqualTo(all);
      assertThat(store.events(new EventQuery(null, null, null, null, null, null, null, 2))).isEqualTo(all.subList(0, 2));
      EventQuery syria = new EventQuery(null, null, null, "SY", null, null, null, 100);
      assertThat(store.events(syria)).isEqualTo(store.events(new EventQuery(null, null, null, "SY", null, null, null,
          EventQuery.MAX_LIMIT))).hasSize(3);
      assertThat(store.events(syria)).extracting(e -> e.document().title())
          .containsExactly("Attack in Raqqa", "Defectors slip out of Idlib", "Defectors slip out of Idlib");
    }
  }

  @Test
  void fingerprint_changesWithEveryStoredChange_notWithAnUnchangedPut() {
    try (Store store = Store.open(dir)) {
      String empty = store.fingerprint();
      store.put(Reports.raqqa("r1"));
      String one = store.fingerprint();
      assertThat(one).isNotEqualTo(empty);
      store.put(Reports.raqqa("r1"));
      assertThat(store.fingerprint()).isEqualTo(one);
      store.put(Reports.raqqa("r1", Reports.RAQQA + " More later."));
      assertThat(store.fingerprint()).isNotEqualTo(one).isNotEqualTo(empty);
    }
  }

  @Test
  void within_selectsDocumentsAndSingleEvents() {
    try (Store store = Store.open(dir)) {
      DOCS.forEach(store::put);
      EventQuery q = EventQuery.all().within(new EventQuery.Within(java.util.Set.of("c1"), java.util.Set.of("w1#1")));
      assertThat(store.events(q)).extracting(e -> e.documentId() + "#" + e.index()).containsExactly("c1#0", "w1#1");
      EventQuery none = EventQuery.all().within(new EventQuery.Within(java.util.Set.of(), java.util.Set.of()));
      assertThat(store.events(none)).isEmpty();
    }
  }
}
