package org.herodotus.flink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.herodotus.model.Document;
import org.herodotus.store.ContentHash;
import org.herodotus.store.StoreRows;

/**
 * The PostgreSQL side of the job, the only class that names the PostgreSQL driver: connections,
 * the tables (the embedded store's, {@link StoreRows#TABLES}, in PostgreSQL's types, with unique
 * keys on the stable ids) and the upserts of a document's rows and of cluster memberships.
 *
 * <p>Each upsert replaces the rows of one stable id in one transaction (a document by its id; a
 * cluster by its id; a member by document id and event index), so writing the same record twice,
 * as a replay after a failure does, leaves the table as writing it once.
 */
final class Postgres {

  private Postgres() {}

  /**
   * A connection to {@code url}, with auto-commit off. The driver is called directly, not through
   * {@code DriverManager}, which does not see drivers in a Flink job's class loader.
   */
  static Connection connect(String url) throws SQLException {
    Connection connection = new org.postgresql.Driver().connect(url, new Properties());
    if (connection == null) {
      throw new SQLException("not a PostgreSQL JDBC URL: " + url + " (expected jdbc:postgresql://host:port/database?user=...)");
    }
    connection.setAutoCommit(false);
    return connection;
  }

  /** The statements that create the tables and their keys when they are missing. */
  static List<String> schema() {
    List<String> statements = new ArrayList<>();
    for (String sql : StoreRows.tableDefinitions()) {
      statements.add(sql.replaceFirst("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ")
          .replaceFirst(" ADD COLUMN ", " ADD COLUMN IF NOT EXISTS ")
          .replaceAll("\\bDOUBLE\\b", "DOUBLE PRECISION"));
    }
    statements.add("CREATE UNIQUE INDEX IF NOT EXISTS clusters_id ON clusters (id)");
    for (String table : List.of("places", "events", "quotes", "cluster_members")) {
      statements.add("CREATE UNIQUE INDEX IF NOT EXISTS " + table + "_key ON " + table + " (document_id, idx)");
    }
    statements.add("CREATE INDEX IF NOT EXISTS actors_document ON actors (document_id)");
    statements.add("CREATE INDEX IF NOT EXISTS annotations_document ON annotations (document_id)");
    statements.add("CREATE INDEX IF NOT EXISTS cluster_members_cluster ON cluster_members (cluster_id)");
    return statements;
  }

  /** Creates the tables that are missing in the database at {@code url}; one job at a time. */
  static void createTables(String url) throws SQLException {
    try (Connection connection = connect(url); Statement st = connection.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock(7262178)");
      for (String sql : schema()) {
        st.execute(sql);
      }
      connection.commit();
    }
  }

  /**
   * Replaces the rows of {@code doc} with its current ones, in one transaction; writers of one
   * document id wait for each other on an advisory lock.
   */
  static void upsert(Connection connection, Document doc) throws SQLException {
    try {
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        lock.setString(1, doc.id());
        lock.execute();
      }
      StoreRows.deleteDocument(connection, doc.id());
      StoreRows.writeDocument(connection, doc, ContentHash.of(doc));
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  /** Replaces the cluster rows and member rows of {@code memberships}, in one transaction. */
  static void upsert(Connection connection, List<Membership> memberships) throws SQLException {
    try (PreparedStatement cluster = connection.prepareStatement("DELETE FROM clusters WHERE id = ?");
        PreparedStatement member = connection.prepareStatement("DELETE FROM cluster_members WHERE document_id = ? AND idx = ?")) {
      for (Membership m : memberships) {
        cluster.setString(1, m.clusterId());
        cluster.executeUpdate();
        StoreRows.writeCluster(connection, m.clusterId(), m.founder());
        member.setString(1, m.member().mention().documentId());
        member.setInt(2, m.member().mention().index());
        member.executeUpdate();
        StoreRows.writeMember(connection, m.clusterId(), m.member().mention(), m.member().origin());
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }
}
