package org.herodotus.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;

/**
 * The store's tables and rows, for another database that is to hold the same records (the Flink
 * job's PostgreSQL sink): the table definitions and the writers of a document's rows and of
 * cluster rows, through any JDBC connection. The caller runs each write in its own transaction.
 */
public final class StoreRows {

  private StoreRows() {}

  /** The tables of one document's records and of event clusters, the ones this class writes. */
  public static final Set<String> TABLES = Set.of("documents", "actors", "places", "events", "quotes", "annotations", "clusters",
      "cluster_members");

  /**
   * The {@code CREATE TABLE} (and {@code ALTER TABLE ... ADD COLUMN}) statements of {@link #TABLES}, as the store's migrations create them
   * (DuckDB's dialect: {@code VARCHAR}, {@code VARCHAR[]}, {@code DOUBLE}, {@code INTEGER},
   * {@code BIGINT}, {@code DATE}), in migration order.
   */
  public static List<String> tableDefinitions() {
    return Migrations.ALL.stream().flatMap(m -> m.statements().stream())
        .filter(sql -> TABLES.contains(sql.strip().split("\\s+")[2]))
        .toList();
  }

  /** Writes the rows of {@code doc} (document, actors, places, events, quotes, annotations); its content hash is {@code contentHash}. */
  public static void writeDocument(Connection connection, Document doc, String contentHash) throws SQLException {
    new DocumentWriter(connection, DocumentWriter.BeforeTable.NONE).write(doc, contentHash);
  }

  /** Deletes the rows that {@link #writeDocument} wrote for document {@code documentId}. */
  public static void deleteDocument(Connection connection, String documentId) throws SQLException {
    new DocumentWriter(connection, DocumentWriter.BeforeTable.NONE).delete(documentId);
  }

  /** Writes the row of cluster {@code clusterId}, founded by {@code founder}. */
  public static void writeCluster(Connection connection, String clusterId, ClusterMention founder) throws SQLException {
    Clustering.writeCluster(connection, clusterId, founder);
  }

  /** Writes the row that makes {@code mention}, attributed to {@code origin} (or {@code null}), a member of cluster {@code clusterId}. */
  public static void writeMember(Connection connection, String clusterId, ClusterMention mention, String origin) throws SQLException {
    Clustering.writeMember(connection, clusterId, mention, origin);
  }
}
