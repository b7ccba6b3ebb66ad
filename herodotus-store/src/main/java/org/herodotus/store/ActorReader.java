package org.herodotus.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the stored actor rows into {@link ActorSummary actors}: by CAMEO code where it names a
 * country or group, else by name. Words and key are bound as parameters.
 */
final class ActorReader {

  private static final String KEY = "CASE WHEN code IS NOT NULL AND code NOT LIKE '---%' THEN code ELSE name END";

  private static final String SQL = """
      WITH keyed AS (SELECT %s AS key, * FROM actors),
      names AS (SELECT key, name, sum(mentions) AS n FROM keyed WHERE key IN (SELECT key FROM keyed WHERE %s)
                GROUP BY key, name)
      SELECT k.key, max(k.code) AS code, mode(k.type) AS type, mode(k.country) AS country,
             count(DISTINCT k.document_id) AS documents, sum(k.mentions) AS mentions,
             (SELECT list(name ORDER BY n DESC, name) FROM names WHERE names.key = k.key) AS aliases
      FROM keyed k WHERE k.key IN (SELECT key FROM keyed WHERE %s)
      GROUP BY k.key ORDER BY documents DESC, mentions DESC, k.key LIMIT ?""";

  private ActorReader() {}

  /** Actors whose key or a name contains {@code words} (all when {@code null}), most documents first. */
  static List<ActorSummary> matching(Connection connection, String words, int limit) throws SQLException {
    String where = words == null ? "true" : "(key ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\')";
    try (PreparedStatement st = connection.prepareStatement(SQL.formatted(KEY, where, where))) {
      int i = 1;
      for (int copy = 0; copy < 2 && words != null; copy++) {
        String like = EventReader.like(words);
        st.setString(i++, like);
        st.setString(i++, like);
      }
      st.setInt(i, limit);
      return read(st);
    }
  }

  /** The actor with key {@code key}, or {@code null}. */
  static ActorSummary byKey(Connection connection, String key) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(SQL.formatted(KEY, "key = ?", "key = ?"))) {
      st.setString(1, key);
      st.setString(2, key);
      st.setInt(3, 1);
      List<ActorSummary> found = read(st);
      return found.isEmpty() ? null : found.get(0);
    }
  }

  private static List<ActorSummary> read(PreparedStatement st) throws SQLException {
    List<ActorSummary> actors = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        List<String> aliases = new ArrayList<>();
        Array array = rs.getArray("aliases");
        if (array != null) {
          for (Object name : (Object[]) array.getArray()) {
            if (aliases.size() < ActorSummary.MAX_ALIASES) {
              aliases.add(String.valueOf(name));
            }
          }
        }
        actors.add(new ActorSummary(rs.getString("key"), aliases.isEmpty() ? rs.getString("key") : aliases.get(0),
            rs.getString("code"), rs.getString("type"), rs.getString("country"), aliases,
            rs.getLong("documents"), rs.getLong("mentions")));
      }
    }
    return actors;
  }
}
