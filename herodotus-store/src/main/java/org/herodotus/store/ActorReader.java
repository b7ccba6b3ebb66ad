package org.herodotus.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the stored actor rows into {@link ActorSummary actors}: by CAMEO code where it names one
 * actor, else by name. Words and key are bound as parameters.
 */
final class ActorReader {

  /**
   * A code names one actor when it is a country, an organ of one state ({@code IRQMIL}, {@code SYRGOV}) or a
   * named group or organisation ({@code IMGMUSISI}, {@code IGOUNOMIL}); a country and a sector
   * ({@code GBRMED}: the Guardian and Reuters; {@code SYRCVL}) or an unknown country does not, and
   * then the name decides.
   */
  private static final String KEY = "CASE WHEN code IS NOT NULL AND code NOT LIKE '---%' AND (length(code) = 3 OR length(code) > 6"
      + " OR substr(code, 4, 3) IN ('GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY')) THEN code ELSE name END";

  /** Rows keyed, the keys chosen (%s: a condition on key and name), the top ones counted, then their names listed. */
  private static final String SQL = """
      WITH keyed AS (SELECT %s AS key, * FROM actors),
      chosen AS (SELECT * FROM keyed WHERE key IN (SELECT key FROM keyed WHERE %s)),
      top AS (SELECT key, max(code) AS code, mode(type) AS type, mode(country) AS country,
                     count(DISTINCT document_id) AS documents, sum(mentions) AS mentions
              FROM chosen GROUP BY key ORDER BY documents DESC, mentions DESC, key LIMIT ?),
      names AS (SELECT key, name, sum(mentions) AS n FROM chosen WHERE key IN (SELECT key FROM top) GROUP BY key, name)
      SELECT top.*, (SELECT list(name ORDER BY n DESC, name) FROM names WHERE names.key = top.key) AS aliases
      FROM top ORDER BY documents DESC, mentions DESC, key""";

  private ActorReader() {}

  /** Actors whose key or a name contains {@code words} (all when {@code null}), most documents first. */
  static List<ActorSummary> matching(Connection connection, String words, int limit) throws SQLException {
    String where = words == null ? "true" : "(key ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\')";
    try (PreparedStatement st = connection.prepareStatement(SQL.formatted(KEY, where))) {
      int i = 1;
      if (words != null) {
        st.setString(i++, EventReader.like(words));
        st.setString(i++, EventReader.like(words));
      }
      st.setInt(i, limit);
      return read(st);
    }
  }

  /** The actor with key {@code key}, or {@code null}. */
  static ActorSummary byKey(Connection connection, String key) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(SQL.formatted(KEY, "key = ?"))) {
      st.setString(1, key);
      st.setInt(2, 1);
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
