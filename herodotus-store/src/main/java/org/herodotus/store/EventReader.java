package org.herodotus.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.herodotus.model.Mode;
import org.herodotus.model.Span;

/**
 * Reads events with the filters of an {@link EventQuery}. The SQL is assembled from fixed
 * fragments only; every value is a bound parameter.
 *
 * <p>A query for up to {@value #FEW} events first finds the rows (filters, order and limit over
 * the events alone), then reads those rows and their documents: joining every matching event to
 * its document before the limit cost 3 to 5 times more on a million events ({@code bench store}).
 */
final class EventReader {

  private EventReader() {}

  /** The largest limit read in two steps. */
  static final int FEW = 10_000;

  /** The events {@code q} selects in {@code order}, after skipping {@code offset} of them, at most {@code q.limit()}. */
  static void read(Connection connection, EventQuery q, EventOrder order, long offset, Consumer<StoredEvent> sink)
      throws SQLException {
    if (q.limit() <= FEW) {
      readFew(connection, q, order, offset, sink);
      return;
    }
    StringBuilder sql = new StringBuilder(WITH_DOCUMENT + " WHERE true");
    List<Object> values = new ArrayList<>();
    where(connection, q, sql, values);
    sql.append(" ORDER BY ").append(order.sql).append(" LIMIT ? OFFSET ?");
    values.add(q.limit());
    values.add(offset);
    readWithDocuments(connection, sql.toString(), values, sink);
  }

  /** The points of the events {@code q} selects, in document and event order, at most {@code q.limit()}. */
  static void readPoints(Connection connection, EventQuery q, Consumer<EventPoint> sink) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT e.document_id, e.idx, coalesce(e.plover, e.code), e.date_start,"
        + " e.place_lat, e.place_lon, e.origin_lat, e.origin_lon, e.destination_lat, e.destination_lon FROM events e WHERE true");
    List<Object> values = new ArrayList<>();
    where(connection, q, sql, values);
    sql.append(" ORDER BY e.document_id, e.idx LIMIT ?");
    values.add(q.limit());
    try (PreparedStatement st = prepare(connection, sql.toString(), values); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        java.sql.Date day = rs.getDate(4);
        sink.accept(new EventPoint(rs.getString(1), rs.getInt(2), rs.getString(3), day == null ? null : day.toLocalDate(),
            Columns.getDouble(rs, "place_lat"), Columns.getDouble(rs, "place_lon"), Columns.getDouble(rs, "origin_lat"),
            Columns.getDouble(rs, "origin_lon"), Columns.getDouble(rs, "destination_lat"), Columns.getDouble(rs, "destination_lon")));
      }
    }
  }

  /** How many events {@code q} selects, whatever its limit: one pass over the filtered columns only. */
  static long count(Connection connection, EventQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM events e WHERE true");
    List<Object> values = new ArrayList<>();
    where(connection, q, sql, values);
    try (PreparedStatement st = prepare(connection, sql.toString(), values); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The ids of one page of clusters and how many clusters there are in all. */
  record ClusterIds(List<String> ids, long total) {}

  /**
   * The ids of the clusters that have a member matching {@code q}, in cluster order (the first day of
   * the date {@link ClusterReader} gives the cluster, then its first publication, then its id), from
   * {@code offset}, at most {@code q.limit()}: ordered and counted in the database, so that only the
   * page's ids are read. The cluster's date is that of the member that {@code ClusterReader.dated}
   * picks: the narrowest dated span, a date of its own before a publication date, then the most
   * common date, then the first in publication, document and event order.
   */
  static ClusterIds clusterIds(Connection connection, EventQuery q, long offset) throws SQLException {
    StringBuilder sql = new StringBuilder("WITH selected AS (SELECT DISTINCT m.cluster_id FROM events e"
        + " JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx WHERE true");
    List<Object> values = new ArrayList<>();
    where(connection, q, sql, values);
    sql.append("), members AS (SELECT m.cluster_id AS c, e.date AS k, e.date_precision AS p, e.date_start AS s,"
        + " e.date_end AS t, d.published AS pub,"
        + " row_number() OVER (PARTITION BY m.cluster_id ORDER BY d.published NULLS LAST, e.document_id, e.idx) AS pos"
        + " FROM events e JOIN documents d ON d.id = e.document_id"
        + " JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx"
        + " WHERE m.cluster_id IN (SELECT cluster_id FROM selected)),"
        + " dated AS (SELECT c, s, t, p, pos, count(*) OVER (PARTITION BY c, coalesce(k, 'null')) AS frequency"
        + " FROM members WHERE s IS NOT NULL),"
        + " cluster_date AS (SELECT c, arg_min(s, (t - s, CASE WHEN p = 'publication' THEN 1 ELSE 0 END, -frequency, pos)) AS s"
        + " FROM dated GROUP BY c),"
        + " first_seen AS (SELECT c, min(pub) AS pub FROM members GROUP BY c)"
        + " SELECT f.c, count(*) OVER () FROM first_seen f LEFT JOIN cluster_date x ON x.c = f.c"
        + " ORDER BY x.s NULLS LAST, f.pub NULLS LAST, f.c LIMIT ? OFFSET ?");
    values.add(q.limit());
    values.add(offset);
    List<String> ids = new ArrayList<>();
    long total = 0;
    try (PreparedStatement st = prepare(connection, sql.toString(), values); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
        total = rs.getLong(2);
      }
    }
    if (ids.isEmpty() && offset > 0) { // past the end: the window counted nothing
      StringBuilder count = new StringBuilder("SELECT count(DISTINCT m.cluster_id) FROM events e"
          + " JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx WHERE true");
      List<Object> countValues = new ArrayList<>();
      where(connection, q, count, countValues);
      try (PreparedStatement st = prepare(connection, count.toString(), countValues); ResultSet rs = st.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    return new ClusterIds(ids, total);
  }

  /** Every member event of the clusters {@code ids}, in cluster, publication, document and event order. */
  static void readClustersMembers(Connection connection, List<String> ids, Consumer<StoredEvent> sink) throws SQLException {
    readWithDocuments(connection, WITH_DOCUMENT + " WHERE m.cluster_id IN (SELECT unnest(?::VARCHAR[]))"
        + " ORDER BY m.cluster_id, d.published NULLS LAST, e.document_id, e.idx",
        List.of(connection.createArrayOf("VARCHAR", ids.toArray())), sink);
  }

  /** Events with their document's metadata and their cluster membership. */
  private static final String WITH_DOCUMENT =
      "SELECT e.*, d.title AS doc_title, d.source AS doc_source, d.url AS doc_url, d.published AS doc_published,"
          + " m.cluster_id AS cluster_id, m.origin AS cluster_origin"
          + " FROM events e JOIN documents d ON d.id = e.document_id"
          + " LEFT JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx";

  private static void readWithDocuments(Connection connection, String sql, List<Object> values, Consumer<StoredEvent> sink)
      throws SQLException {
    try (PreparedStatement st = prepare(connection, sql, values); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Date published = rs.getDate("doc_published");
        sink.accept(event(rs, new StoredEvent.DocumentInfo(rs.getString("doc_title"), rs.getString("doc_source"),
            rs.getString("doc_url"), published == null ? null : published.toLocalDate())));
      }
    }
  }

  /** The selected rows by row id, then their documents' metadata in one more query. */
  private static void readFew(Connection connection, EventQuery q, EventOrder order, long offset, Consumer<StoredEvent> sink)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT e.*, m.cluster_id AS cluster_id, m.origin AS cluster_origin FROM events e"
        + " LEFT JOIN cluster_members m ON m.document_id = e.document_id AND m.idx = e.idx"
        + " WHERE e.rowid IN (SELECT e.rowid FROM events e WHERE true");
    List<Object> values = new ArrayList<>();
    where(connection, q, sql, values);
    sql.append(" ORDER BY ").append(order.sql).append(" LIMIT ? OFFSET ?) ORDER BY ").append(order.sql);
    values.add(q.limit());
    values.add(offset);
    List<StoredEvent> events = new ArrayList<>();
    try (PreparedStatement st = prepare(connection, sql.toString(), values); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        events.add(event(rs, null));
      }
    }
    if (events.isEmpty()) {
      return;
    }
    Map<String, StoredEvent.DocumentInfo> documents = new HashMap<>();
    List<String> ids = events.stream().map(StoredEvent::documentId).distinct().sorted(EventReader::byCodePoint).toList();
    // The range lets the scan skip the row groups outside it: a page in document order is a narrow one.
    try (PreparedStatement st = prepare(connection,
        "SELECT id, title, source, url, published FROM documents WHERE id BETWEEN ? AND ? AND id IN (SELECT unnest(?::VARCHAR[]))",
        List.of(ids.get(0), ids.get(ids.size() - 1), connection.createArrayOf("VARCHAR", ids.toArray())));
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Date published = rs.getDate("published");
        documents.put(rs.getString("id"), new StoredEvent.DocumentInfo(rs.getString("title"), rs.getString("source"),
            rs.getString("url"), published == null ? null : published.toLocalDate()));
      }
    }
    for (StoredEvent e : events) {
      sink.accept(e.withDocument(documents.get(e.documentId())));
    }
  }

  /** Compares as DuckDB compares VARCHARs (by their UTF-8 bytes, which is by code point), unlike {@link String#compareTo}. */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
    PreparedStatement st = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < values.size(); i++) {
        st.setObject(i + 1, values.get(i));
      }
      return st;
    } catch (SQLException e) {
      st.close();
      throw e;
    }
  }

  /** Appends the query's filters, each {@code " AND ..."} on columns of {@code e}, and their values. */
  private static void where(Connection connection, EventQuery q, StringBuilder sql, List<Object> values) throws SQLException {
    if (q.actor() != null) {
      anyContains(q.actor(), new String[] {"source_text", "source_name", "source_code", "target_text", "target_name", "target_code"},
          sql, values);
    }
    if (q.place() != null) {
      anyContains(q.place(), new String[] {"place_text", "place_name", "origin_text", "origin_name", "destination_text",
          "destination_name"}, sql, values);
      String country = Countries.named(q.place());
      if (country != null) { // "--place Syria": also every place in Syria, not only the places called so
        sql.setLength(sql.length() - 1);
        sql.append(" OR e.place_country = ? OR e.origin_country = ? OR e.destination_country = ?)");
        values.add(country);
        values.add(country);
        values.add(country);
      }
    }
    if (q.outlet() != null) {
      sql.append(" AND e.document_id IN (SELECT id FROM documents WHERE source ILIKE ? ESCAPE '\\')");
      values.add(like(q.outlet()));
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
      // The documents of the named events first, so that the event's name is built only for their rows, not for every row.
      sql.append(" AND (e.document_id IN (SELECT unnest(?::VARCHAR[]))"
          + " OR e.document_id IN (SELECT unnest(?::VARCHAR[]))"
          + " AND e.document_id || '#' || CAST(e.idx AS VARCHAR) IN (SELECT unnest(?::VARCHAR[])))");
      values.add(connection.createArrayOf("VARCHAR", q.within().documentIds().stream().sorted().toArray()));
      values.add(connection.createArrayOf("VARCHAR", q.within().eventIds().stream()
          .map(id -> id.substring(0, Math.max(0, id.lastIndexOf('#')))).distinct().sorted().toArray()));
      values.add(connection.createArrayOf("VARCHAR", q.within().eventIds().stream().sorted().toArray()));
    }
  }

  /** Appends {@code " AND (e.c1 ILIKE ? OR ...)"}: one of {@code columns} contains {@code words}, case-insensitively. */
  private static void anyContains(String words, String[] columns, StringBuilder sql, List<Object> values) {
    sql.append(" AND (");
    for (int i = 0; i < columns.length; i++) {
      sql.append(i == 0 ? "" : " OR ").append("e.").append(columns[i]).append(" ILIKE ? ESCAPE '\\'");
      values.add(like(words));
    }
    sql.append(")");
  }

  /** A LIKE pattern for text containing {@code words}, with the pattern characters in them escaped. */
  static String like(String words) {
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static StoredEvent event(ResultSet rs, StoredEvent.DocumentInfo document) throws SQLException {
    Date start = rs.getDate("date_start");
    Date end = rs.getDate("date_end");
    return new StoredEvent(rs.getString("document_id"), rs.getInt("idx"), rs.getString("code"), rs.getString("plover"),
        rs.getString("action"), Mode.valueOf(rs.getString("mode")), rs.getDouble("confidence"), rs.getString("date"),
        rs.getString("date_precision"), start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
        new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")),
        new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end")), rs.getString("evidence"),
        Columns.readParticipant(rs, "source"), Columns.readParticipant(rs, "target"),
        Columns.readPlace(rs, "place"), Columns.readPlace(rs, "origin"), Columns.readPlace(rs, "destination"),
        Columns.getDouble(rs, "killed"), Columns.getDouble(rs, "injured"), document,
        rs.getString("cluster_id"), rs.getString("cluster_origin"));
  }
}
