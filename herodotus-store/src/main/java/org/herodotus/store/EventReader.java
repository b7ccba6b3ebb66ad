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
    StringBuilder sql = new StringBuilder(
        "SELECT e.*, d.title AS doc_title, d.source AS doc_source, d.url AS doc_url, d.published AS doc_published"
            + " FROM events e JOIN documents d ON d.id = e.document_id WHERE true");
    List<Object> values = new ArrayList<>();
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
    if (q.bbox() != null) {
      sql.append(" AND e.place_lon BETWEEN ? AND ? AND e.place_lat BETWEEN ? AND ?");
      values.add(q.bbox().west());
      values.add(q.bbox().east());
      values.add(q.bbox().south());
      values.add(q.bbox().north());
    }
    if (q.within() != null) {
      sql.append(" AND (e.document_id IN (SELECT unnest(?::VARCHAR[]))"
          + " OR e.document_id || '#' || CAST(e.idx AS VARCHAR) IN (SELECT unnest(?::VARCHAR[])))");
      values.add(connection.createArrayOf("VARCHAR", q.within().documentIds().stream().sorted().toArray()));
      values.add(connection.createArrayOf("VARCHAR", q.within().eventIds().stream().sorted().toArray()));
    }
    sql.append(" ORDER BY e.document_id, e.idx LIMIT ?");
    values.add(q.limit());
    try (PreparedStatement st = connection.prepareStatement(sql.toString())) {
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
            published == null ? null : published.toLocalDate()));
  }
}
