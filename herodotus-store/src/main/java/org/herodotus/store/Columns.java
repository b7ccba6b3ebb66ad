package org.herodotus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.ActorType;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;

/**
 * The column groups that a place and an event participant take in a row, named by a prefix
 * ({@code place_lat}, {@code source_code}): their DDL, their names for an INSERT, how to bind them
 * and how to read them back.
 */
final class Columns {

  private Columns() {}

  private static final String[] PLACE = {"start INTEGER", "end INTEGER", "text VARCHAR", "geonameid BIGINT",
      "name VARCHAR", "feature_code VARCHAR", "country VARCHAR", "admin1 VARCHAR", "lat DOUBLE", "lon DOUBLE",
      "precision VARCHAR"};
  private static final String[] PARTICIPANT = {"start INTEGER", "end INTEGER", "text VARCHAR", "actor VARCHAR",
      "code VARCHAR", "name VARCHAR", "type VARCHAR", "country VARCHAR"};

  static String placeDdl(String prefix) {
    return ddl(prefix, PLACE);
  }

  static String participantDdl(String prefix) {
    return ddl(prefix, PARTICIPANT);
  }

  static List<String> placeNames(String prefix) {
    return names(prefix, PLACE);
  }

  static List<String> participantNames(String prefix) {
    return names(prefix, PARTICIPANT);
  }

  /** Binds {@code place} (or nulls) from parameter {@code index} on; returns the next index. */
  static int bindPlace(PreparedStatement st, int index, Place place) throws SQLException {
    int i = index;
    boolean none = place == null;
    setInt(st, i++, none ? null : place.span().start());
    setInt(st, i++, none ? null : place.span().end());
    st.setString(i++, none ? null : place.text());
    if (none || place.geonameId() == null) {
      st.setNull(i++, Types.BIGINT);
    } else {
      st.setLong(i++, place.geonameId());
    }
    st.setString(i++, none ? null : place.name());
    st.setString(i++, none ? null : place.featureCode());
    st.setString(i++, none ? null : place.country());
    st.setString(i++, none ? null : place.admin1());
    setDouble(st, i++, none ? null : place.lat());
    setDouble(st, i++, none ? null : place.lon());
    st.setString(i++, none ? null : place.precision().name());
    return i;
  }

  /** Binds {@code actor} (or nulls) from parameter {@code index} on; returns the next index. */
  static int bindParticipant(PreparedStatement st, int index, EventActor actor) throws SQLException {
    int i = index;
    boolean none = actor == null;
    setInt(st, i++, none ? null : actor.span().start());
    setInt(st, i++, none ? null : actor.span().end());
    st.setString(i++, none ? null : actor.text());
    st.setString(i++, none ? null : actor.actorId());
    st.setString(i++, none ? null : actor.code());
    st.setString(i++, none ? null : actor.name());
    st.setString(i++, none || actor.type() == null ? null : actor.type().name());
    st.setString(i++, none ? null : actor.country());
    return i;
  }

  /** The place in columns {@code prefix_*}, or {@code null} when the row has none. */
  static Place readPlace(ResultSet rs, String prefix) throws SQLException {
    String text = rs.getString(prefix + "_text");
    if (text == null) {
      return null;
    }
    long geonameId = rs.getLong(prefix + "_geonameid");
    Long geoname = rs.wasNull() ? null : geonameId;
    return new Place(new Span(rs.getInt(prefix + "_start"), rs.getInt(prefix + "_end")), text, geoname,
        rs.getString(prefix + "_name"), rs.getString(prefix + "_feature_code"), rs.getString(prefix + "_country"),
        rs.getString(prefix + "_admin1"), getDouble(rs, prefix + "_lat"), getDouble(rs, prefix + "_lon"),
        Precision.valueOf(rs.getString(prefix + "_precision")));
  }

  /** The participant in columns {@code prefix_*}, or {@code null} when the row has none. */
  static EventActor readParticipant(ResultSet rs, String prefix) throws SQLException {
    String text = rs.getString(prefix + "_text");
    if (text == null) {
      return null;
    }
    String type = rs.getString(prefix + "_type");
    return new EventActor(new Span(rs.getInt(prefix + "_start"), rs.getInt(prefix + "_end")), text,
        rs.getString(prefix + "_actor"), rs.getString(prefix + "_code"), rs.getString(prefix + "_name"),
        type == null ? null : ActorType.valueOf(type), rs.getString(prefix + "_country"));
  }

  static void setInt(PreparedStatement st, int index, Integer value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setInt(index, value);
    }
  }

  static void setDouble(PreparedStatement st, int index, Double value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.DOUBLE);
    } else {
      st.setDouble(index, value);
    }
  }

  static Double getDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static String ddl(String prefix, String[] columns) {
    List<String> all = new ArrayList<>();
    for (String column : columns) {
      all.add(prefix + "_" + column);
    }
    return String.join(", ", all);
  }

  private static List<String> names(String prefix, String[] columns) {
    List<String> all = new ArrayList<>();
    for (String column : columns) {
      all.add(prefix + "_" + column.substring(0, column.indexOf(' ')));
    }
    return all;
  }
}
