package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as an ordered list of migrations. The {@code schema_version} table records the ones
 * applied; opening a store applies the missing ones in order, each in its own transaction (its
 * backfill of existing data included, so a crash leaves the old version or the new, whole). A
 * migration, once released, is never edited: a change to the schema is a new migration.
 */
final class Migrations {

  private Migrations() {}

  /** Work a migration does with data after its statements, in the same transaction. */
  interface Backfill {
    void run(Connection connection) throws SQLException;
  }

  /** One step of the schema: statements, then a backfill of what the new tables derive from the old. */
  record Migration(int version, String description, List<String> statements, Backfill backfill) {
    Migration(int version, String description, List<String> statements) {
      this(version, description, statements, connection -> {});
    }
  }

  static final List<Migration> ALL = List.of(
      new Migration(1, "documents, actors, places, events, quotes", List.of(
          """
          CREATE TABLE documents (
            id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, published DATE,
            authors VARCHAR[], source VARCHAR, url VARCHAR, origin VARCHAR, text VARCHAR NOT NULL)""",
          """
          CREATE TABLE actors (
            document_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR NOT NULL, code VARCHAR,
            type VARCHAR NOT NULL, country VARCHAR, mentions INTEGER NOT NULL,
            first_start INTEGER NOT NULL, first_end INTEGER NOT NULL)""",
          "CREATE TABLE places (document_id VARCHAR NOT NULL, idx INTEGER NOT NULL, " + Columns.placeDdl("p") + ")",
          """
          CREATE TABLE events (
            document_id VARCHAR NOT NULL, idx INTEGER NOT NULL, code VARCHAR, plover VARCHAR,
            action VARCHAR NOT NULL, mode VARCHAR NOT NULL, confidence DOUBLE NOT NULL,
            date VARCHAR, date_precision VARCHAR, date_start DATE, date_end DATE,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence VARCHAR NOT NULL,
            """ + Columns.participantDdl("source") + ", " + Columns.participantDdl("target") + ", "
              + Columns.placeDdl("place") + ", " + Columns.placeDdl("origin") + ", " + Columns.placeDdl("destination") + """
            , killed DOUBLE, injured DOUBLE, quote INTEGER)""",
          """
          CREATE TABLE quotes (
            document_id VARCHAR NOT NULL, idx INTEGER NOT NULL, kind VARCHAR NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text VARCHAR NOT NULL,
            speaker_text VARCHAR, speaker_actor VARCHAR, speaker_code VARCHAR, hedges VARCHAR[])""")),
      new Migration(2, "near-duplicate signatures, event clusters", List.of(
          // MinHash signature (128 longs, big-endian) and the number of shingles it was taken over
          "CREATE TABLE document_signatures (document_id VARCHAR NOT NULL, shingles INTEGER NOT NULL, minhash BLOB NOT NULL)",
          // one row per LSH band: documents sharing (band, bucket) are candidate near-duplicates
          "CREATE TABLE signature_bands (document_id VARCHAR NOT NULL, band INTEGER NOT NULL, bucket BIGINT NOT NULL)",
          // document_id is a near-duplicate of the earlier original_id (by publication date, then id)
          "CREATE TABLE duplicates (document_id VARCHAR NOT NULL, original_id VARCHAR NOT NULL, similarity DOUBLE NOT NULL)",
          "CREATE TABLE clusters (id VARCHAR NOT NULL, type_key VARCHAR NOT NULL, founder_document VARCHAR NOT NULL, founder_idx INTEGER NOT NULL)",
          // one row per clustered event; origin: the source it is attributed to, folded ("guardian"), null when the
          // article states it; place_*: the place clustering compared (the event's, else its sentence's)
          """
          CREATE TABLE cluster_members (
            cluster_id VARCHAR NOT NULL, document_id VARCHAR NOT NULL, idx INTEGER NOT NULL, type_key VARCHAR NOT NULL,
            date_start DATE NOT NULL, date_end DATE NOT NULL, origin VARCHAR, """ + Columns.placeDdl("place") + ")"),
          Backfill2::run),
      new Migration(3, "annotations for highlighting, quote cues and source chains", List.of(
          // what an article page highlights: layer 'entity' (label: the type), 'time' (label: the TIMEX3 type,
          // value: the normalized value) or 'actor' (label: the actor id, value: its CAMEO code), one row per mention
          """
          CREATE TABLE annotations (
            document_id VARCHAR NOT NULL, layer VARCHAR NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            label VARCHAR, value VARCHAR)""",
          // the cue of a quote ("said") and its chain of sources, from speaker to publisher: names and roles, in order
          "ALTER TABLE quotes ADD COLUMN cue_start INTEGER",
          "ALTER TABLE quotes ADD COLUMN cue_end INTEGER",
          "ALTER TABLE quotes ADD COLUMN chain_names VARCHAR[]",
          "ALTER TABLE quotes ADD COLUMN chain_roles VARCHAR[]")));
  // Migration 3 adds no backfill: annotations and chains come from the pipeline, so documents stored
  // before it show none until they are ingested again.
  // Migration 2 computes signatures and clusters for the documents already stored (Backfill2).
  // No secondary indexes: DuckDB's min-max zone maps serve the filters, and its non-unique ART
  // indexes are where its crash-recovery bugs have been.

  /** The newest schema version this code knows. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /**
   * Brings the database up to {@link #latest()}.
   *
   * @return the version it was at before (0 for an empty database)
   * @throws IllegalStateException if the database has a newer schema than this code knows
   */
  static int apply(Connection connection) throws SQLException {
    return apply(connection, latest());
  }

  /** Brings the database up to version {@code target} (for tests of a migration: an older schema with data in it). */
  static int apply(Connection connection, int target) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL)");
    }
    int current;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      current = rs.getInt(1);
    }
    if (current > latest()) {
      throw new IllegalStateException("the data directory has schema version " + current
          + " but this Herodotus knows only up to " + latest() + ": use a newer Herodotus, or another --data directory");
    }
    for (Migration migration : ALL) {
      if (migration.version() > current && migration.version() <= target) {
        Transactions.run(connection, () -> {
          try (Statement st = connection.createStatement()) {
            for (String sql : migration.statements()) {
              st.execute(sql);
            }
          }
          migration.backfill().run(connection);
          try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.executeUpdate();
          }
        });
      }
    }
    return current;
  }
}
