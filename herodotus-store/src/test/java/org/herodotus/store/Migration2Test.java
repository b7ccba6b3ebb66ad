package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.herodotus.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store filled under schema version 1 gets signatures, near-duplicates and clusters when migration 2 runs. */
class Migration2Test {

  @TempDir Path dir;

  @Test
  void versionOneStore_opened_getsTheClustersAFreshStoreGets() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("old"));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("old").resolve(Store.FILE))) {
      assertThat(Migrations.apply(connection, 1)).isZero();
      // today's writer also fills what migration 3 added: add it for the writing, then take it away again
      Migrations.Migration three = Migrations.ALL.get(2);
      try (Statement st = connection.createStatement()) {
        for (String sql : three.statements()) {
          st.execute(sql);
        }
        DocumentWriter writer = new DocumentWriter(connection, DocumentWriter.BeforeTable.NONE);
        for (Document doc : ClusteringTest.all()) {
          writer.write(doc, ContentHash.of(doc));
        }
        st.execute("DROP TABLE annotations");
        for (String column : List.of("cue_start", "cue_end", "chain_names", "chain_roles")) {
          st.execute("ALTER TABLE quotes DROP COLUMN " + column);
        }
      }
    }
    List<String> fresh;
    try (Store store = Store.open(dir.resolve("fresh"))) {
      ClusteringTest.all().forEach(store::put);
      fresh = store.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members() + " " + c.independentSources()).toList();
    }
    try (Store store = Store.open(dir.resolve("old"))) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members() + " " + c.independentSources()).toList())
          .isEqualTo(fresh);
      assertThat(store.originalOf("courier")).contains("wire");
      assertThat(store.count("document_signatures")).isEqualTo(5);
    }
  }
}
