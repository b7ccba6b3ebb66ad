package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  @Test
  void open_emptyDirectory_appliesEveryMigration() throws Exception {
    try (Store store = Store.open(dir.resolve("new/data"))) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.documentCount()).isZero();
      assertThat(store.rows("SELECT version, description FROM schema_version ORDER BY version")).hasSize(Migrations.ALL.size());
    }
    try (Store again = Store.open(dir.resolve("new/data"))) {
      assertThat(again.rows("SELECT version FROM schema_version")).hasSize(Migrations.ALL.size());
    }
  }

  @Test
  void open_extensionAutoInstallAndAutoLoadAreOff() throws Exception {
    try (Store store = Store.open(dir)) {
      assertThat(store.rows("SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')"))
          .containsExactly(List.of(false, false));
    }
  }

  @Test
  void put_sameDocumentTwice_addsNothingTheSecondTime() throws Exception {
    try (Store store = Store.open(dir)) {
      assertThat(store.put(Reports.raqqa("r1"))).isEqualTo(Ingested.NEW);
      assertThat(store.put(Reports.raqqa("r1"))).isEqualTo(Ingested.UNCHANGED);
      assertThat(counts(store)).isEqualTo("documents=1 actors=2 places=1 events=1 quotes=1");
    }
  }

  @Test
  void holds_isTrueOnlyForTheSameIdAndHash() {
    Document doc = Reports.raqqa("r1");
    try (Store store = Store.open(dir)) {
      assertThat(store.holds("r1", ContentHash.of(doc))).isFalse();
      store.put(doc);
      assertThat(store.holds("r1", ContentHash.of(doc))).isTrue();
      assertThat(store.holds("r1", ContentHash.of(Reports.raqqa("r1", Reports.RAQQA + " Updated.")))).isFalse();
    }
  }

  @Test
  void put_revisedArticle_replacesItsOldRows() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.cairo("c1"));
      String revised = Reports.RAQQA + " Shops reopened on Tuesday.";
      assertThat(store.put(Reports.raqqa("r1", revised))).isEqualTo(Ingested.REPLACED);
      assertThat(counts(store)).isEqualTo("documents=2 actors=3 places=2 events=2 quotes=1");
      assertThat(store.rows("SELECT text FROM documents WHERE id = 'r1'")).containsExactly(List.of(revised));
    }
  }

  @Test
  void put_failingMidway_leavesNothingOfTheDocument() throws Exception {
    try (Store store = Store.open(dir, table -> {
      if (table.equals("events")) {
        throw new IllegalStateException("disk full (simulated) before events");
      }
    })) {
      assertThatThrownBy(() -> store.put(Reports.raqqa("r1"))).hasMessageContaining("simulated");
      assertThat(counts(store)).isEqualTo("documents=0 actors=0 places=0 events=0 quotes=0");
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.put(Reports.raqqa("r1"))).isEqualTo(Ingested.NEW);
    }
  }

  @Test
  void put_failingMidwayOnARevision_keepsTheOldVersion() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
    }
    try (Store store = Store.open(dir, table -> {
      if (table.equals("quotes")) {
        throw new IllegalStateException("simulated");
      }
    })) {
      assertThatThrownBy(() -> store.put(Reports.raqqa("r1", Reports.RAQQA + " More."))).isInstanceOf(IllegalStateException.class);
      assertThat(counts(store)).isEqualTo("documents=1 actors=2 places=1 events=1 quotes=1");
      assertThat(store.holds("r1", ContentHash.of(Reports.raqqa("r1")))).isTrue();
    }
  }

  @Test
  void open_pathThatIsAFile_failsNamingIt() {
    Path file = dir.resolve(Store.FILE);
    try (Store store = Store.open(dir)) {
      assertThat(store.directory()).isEqualTo(dir);
    }
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
  }

  static String counts(Store store) {
    StringBuilder out = new StringBuilder();
    for (String table : DocumentWriter.TABLES) {
      out.append(out.length() == 0 ? "" : " ").append(table).append('=').append(store.count(table));
    }
    return out.toString();
  }
}
