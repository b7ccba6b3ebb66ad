package org.herodotus.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.herodotus.model.Mode;
import org.herodotus.model.Span;

/**
 * Reads events with the filters of an {@link EventQuery}. The SQL is assembled from fixed
 * fragments only; every value is a bound parameter.
 */
final class EventReader {

  private EventReader() {}

  static void read(Connection connection, EventQuery q, Consumer<StoredEvent> sink) throws SQLException {
    List<Object> values = new ArrayList<>();
    String sql = SELECT + " WHERE true" + filters(q, values) + " ORDER BY e.document_id, e.idx LIMIT ?";
    values.add(q.limit());
    query(connection, sql, values, sink);
  }

  /** Every member event of the clusters that have a member matching {@code q}, in cluster, document and event order. */
  static void readClusterMembers(Connection connection, EventQuery q, Consumer<StoredEvent> sink) throws SQLException {
    List<Object> values = new ArrayList<>();
    String sql = SELECT + " WHERE m.cluster_id IN (SELECT m.cluster_id FROM events e JOIN documents d ON d.id = e.document_id"
        + " JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx WHERE true" + filters(q, values)
        + ") ORDER BY m.cluster_id, d.published NULLS LAST, e.document_id, e.idx";
    query(connection, sql, values, sink);
  }

  private static final String SELECT =
      "SELECT e.*, d.title AS doc_title, d.source AS doc_source, d.url AS doc_url, d.published AS doc_published,"
          + " m.cluster_id AS cluster_id, m.origin AS cluster_origin"
          + " FROM events e JOIN documents d ON d.id = e.document_id"
          + " LEFT JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx";

  private static void query(Connection connection, String sql, List<Object> values, Consumer<StoredEvent> sink)
      throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        st.setObject(i + 1, values.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          sink.accept(event(rs));
        }
      }
    }
  }

  /** The conditions of {@code q} on columns of {@code e} (events), each with its value appended to {@code values}. */
  private static String filters(EventQuery q, List<Object> values) {
    StringBuilder sql = new StringBuilder();
    if (q.actor() != null) {
      String like = "%" + q.actor().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      sql.append(" AND (");
      String[] columns = {"source_text", "source_name", "source_code", "target_text", "target_name", "target_code"};
      for (int i = 0; i < columns.length; i++) {
        sql.append(i == 0 ? "" : " OR ").append("e.").append(columns[i]).append(" ILIKE ? ESCAPE '\\'");
        values.add(like);
      }
      sql.append(")");
    }
    if (q.codePrefix() != null) {
      sql.append(" AND starts_with(e.code, ?)");
      values.add(q.codePrefix());
    }
    if (q.plover() != null) {
      sql.append(" AND e.plover = ?");
      values.add(q.plover());
    }
    if (q.country() != null) {
      sql.append(" AND (e.place_country = ? OR e.source_country = ? OR e.target_country = ?)");
      values.add(Countries.alpha2(q.country()));
      values.add(Countries.alpha3(q.country()));
      values.add(Countries.alpha3(q.country()));
    }
    if (q.from() != null) {
      sql.append(" AND e.date_end >= ?");
      values.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND e.date_start <= ?");
      values.add(Date.valueOf(q.to()));
    }
    if (q.mode() != null) {
      sql.append(" AND e.mode = ?");
      values.add(q.mode().name());
    }
    return sql.toString();
  }

  private static StoredEvent event(ResultSet rs) throws SQLException {
    Date start = rs.getDate("date_start");
    Date end = rs.getDate("date_end");
    Date published = rs.getDate("doc_published");
    return new StoredEvent(rs.getString("document_id"), rs.getInt("idx"), rs.getString("code"), rs.getString("plover"),
        rs.getString("action"), Mode.valueOf(rs.getString("mode")), rs.getDouble("confidence"), rs.getString("date"),
        rs.getString("date_precision"), start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
        new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")),
        new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end")), rs.getString("evidence"),
        Columns.readParticipant(rs, "source"), Columns.readParticipant(rs, "target"),
        Columns.readPlace(rs, "place"), Columns.readPlace(rs, "origin"), Columns.readPlace(rs, "destination"),
        Columns.getDouble(rs, "killed"), Columns.getDouble(rs, "injured"),
        new StoredEvent.DocumentInfo(rs.getString("doc_title"), rs.getString("doc_source"), rs.getString("doc_url"),
            published == null ? null : published.toLocalDate()),
        rs.getString("cluster_id"), rs.getString("cluster_origin"));
  }
}
