package org.herodotus.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.store.ArticleAnnotations.ChainLink;
import org.herodotus.store.ArticleAnnotations.StoredQuote;

/** Reads one document's annotations, places and quotes back, for {@link Store#annotations}. */
final class ArticleReader {

  private ArticleReader() {}

  static ArticleAnnotations read(Connection connection, String documentId) throws SQLException {
    List<Annotation> annotations = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT layer, span_start, span_end, label, value FROM annotations WHERE document_id = ? ORDER BY span_start, span_end")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          annotations.add(new Annotation(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
        }
      }
    }
    List<Place> places = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement("SELECT * FROM places WHERE document_id = ? ORDER BY idx")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          places.add(Columns.readPlace(rs, "p"));
        }
      }
    }
    List<StoredQuote> quotes = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement("SELECT * FROM quotes WHERE document_id = ? ORDER BY idx")) {
      st.setString(1, documentId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          quotes.add(quote(rs));
        }
      }
    }
    return new ArticleAnnotations(annotations, places, quotes);
  }

  private static StoredQuote quote(ResultSet rs) throws SQLException {
    int cueStart = rs.getInt("cue_start");
    Span cue = rs.wasNull() ? null : new Span(cueStart, rs.getInt("cue_end"));
    List<String> names = strings(rs.getArray("chain_names"));
    List<String> roles = strings(rs.getArray("chain_roles"));
    List<ChainLink> chain = new ArrayList<>();
    for (int i = 0; i < Math.min(names.size(), roles.size()); i++) {
      chain.add(new ChainLink(names.get(i), roles.get(i)));
    }
    return new StoredQuote(rs.getInt("idx"), rs.getString("kind"), new Span(rs.getInt("span_start"), rs.getInt("span_end")),
        rs.getString("text"), rs.getString("speaker_text"), rs.getString("speaker_code"), cue, chain,
        strings(rs.getArray("hedges")));
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      values.add(value == null ? "" : value.toString());
    }
    return values;
  }
}
