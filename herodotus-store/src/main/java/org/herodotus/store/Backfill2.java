package org.herodotus.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.ActorType;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;

/**
 * The data half of migration 2: signatures, near-duplicate pairs and event clusters for the
 * documents a version 1 store already holds, in publication order (then id), as if they had been
 * stored in that order. Runs in the migration's transaction.
 *
 * <p>It reads what version 1 kept, which is less than a document carries when stored: an event's
 * original source comes from its quote's speaker when linked to a person, organization or outlet
 * (outlets a chain cites, "told the Guardian", were not stored), and a placeless event takes the
 * first resolved place of its sentence, as when stored ({@link Clustering#place}).
 */
final class Backfill2 {

  private Backfill2() {}

  private record Stored(String id, LocalDate published, String hash) {}

  static void run(Connection connection) throws SQLException {
    List<Stored> documents = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT id, published, content_hash FROM documents ORDER BY published NULLS LAST, id"); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Date published = rs.getDate(2);
        documents.add(new Stored(rs.getString(1), published == null ? null : published.toLocalDate(), rs.getString(3)));
      }
    }
    NearDuplicates duplicates = new NearDuplicates(connection);
    Clustering clustering = new Clustering(connection);
    for (Stored doc : documents) {
      try (PreparedStatement st = connection.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
        st.setString(1, doc.id());
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          duplicates.add(doc.id(), doc.published(), rs.getString(1));
        }
      }
      for (Member m : members(connection, doc.id())) {
        clustering.assign(m.mention(), doc.hash(), m.origin());
      }
    }
  }

  private record Member(ClusterMention mention, String origin) {}

  private static List<Member> members(Connection connection, String documentId) throws SQLException {
    String sql = """
        SELECT e.*, a.name AS speaker_name, a.type AS speaker_type, a.code AS speaker_code
        FROM events e LEFT JOIN quotes q ON q.document_id = e.document_id AND q.idx = e.quote
          LEFT JOIN actors a ON a.document_id = e.document_id AND a.actor_id = q.speaker_actor
        WHERE e.document_id = ? ORDER BY e.idx""";
    List<Member> members = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Date start = rs.getDate("date_start");
          if (!ClusterMention.eligible(Mode.valueOf(rs.getString("mode"))) || start == null) {
            continue;
          }
          Place place = Columns.readPlace(rs, "place");
          if (place == null) {
            place = sentencePlace(connection, documentId, rs.getInt("evidence_start"), rs.getInt("evidence_end"));
          }
          ClusterMention mention = new ClusterMention(documentId, rs.getInt("idx"),
              ClusterMention.typeKey(rs.getString("plover"), rs.getString("code"), rs.getString("action")),
              start.toLocalDate(), rs.getDate("date_end").toLocalDate(), rs.getString("date_precision"), place,
              ClusterMention.Side.of(rs.getString("source_code"), rs.getString("source_country")),
              ClusterMention.Side.of(rs.getString("target_code"), rs.getString("target_country")));
          String speakerType = rs.getString("speaker_type");
          String origin = speakerType != null && Origins.named(ActorType.valueOf(speakerType), rs.getString("speaker_code"))
              ? Origins.outlet(rs.getString("speaker_name")) : null;
          members.add(new Member(mention, origin));
        }
      }
    }
    return members;
  }

  private static Place sentencePlace(Connection connection, String documentId, int start, int end) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("""
        SELECT * FROM places WHERE document_id = ? AND p_start >= ? AND p_end <= ? AND p_precision <> 'UNRESOLVED'
        ORDER BY idx LIMIT 1""")) {
      st.setString(1, documentId);
      st.setInt(2, start);
      st.setInt(3, end);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Columns.readPlace(rs, "p") : null;
      }
    }
  }
}
