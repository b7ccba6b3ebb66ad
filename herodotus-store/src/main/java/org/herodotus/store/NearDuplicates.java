package org.herodotus.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.herodotus.model.Document;

/**
 * Keeps each document's {@link MinHash} signature, its band keys, and the near-duplicate pairs it
 * forms with the documents already stored. The caller runs it inside the document's transaction.
 *
 * <p>Candidates come from the band keys (one equality join on {@code signature_bands}), never from
 * all pairs; each candidate is then checked against {@link MinHash#DUPLICATE}. A pair is stored
 * once, pointing from the later document to the earlier ("original"): earlier by publication date
 * (unknown dates last); on the same day the shorter text (fewer shingles: a syndicated copy adds
 * credit lines and notes to the wire text, rarely the reverse), then the smaller id. So the
 * direction does not depend on the order of ingestion.
 */
final class NearDuplicates {

  static final String CANDIDATES = """
      SELECT s.document_id, s.minhash, d.published, s.shingles FROM document_signatures s JOIN documents d ON d.id = s.document_id
      WHERE s.document_id IN (SELECT DISTINCT o.document_id FROM signature_bands o
        JOIN signature_bands me ON o.band = me.band AND o.bucket = me.bucket
        WHERE me.document_id = ? AND o.document_id <> ?)
      ORDER BY s.document_id""";

  /** Which document comes first: earlier publication (unknown last), then fewer shingles, then smaller id. */
  static final Comparator<Dated> ORDER = Comparator.comparing(Dated::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(Dated::shingles).thenComparing(Dated::id);

  /** A document id with its publication date and number of shingles, for {@link #ORDER}. */
  record Dated(String id, LocalDate published, int shingles) {}

  private final Connection connection;

  NearDuplicates(Connection connection) {
    this.connection = connection;
  }

  /** Stores {@code doc}'s signature and band keys and links it to the near-duplicates among the stored documents. */
  void add(Document doc) throws SQLException {
    add(doc.id(), doc.meta().published(), doc.text());
  }

  /** Stores the signature of document {@code id} with this publication date and text, and links it to its near-duplicates. */
  void add(String id, LocalDate published, String text) throws SQLException {
    long[] signature = MinHash.of(text);
    if (signature == null) {
      return;
    }
    int shingles = MinHash.shingles(text).size();
    try (PreparedStatement st = connection.prepareStatement("INSERT INTO document_signatures VALUES (?, ?, ?)")) {
      st.setString(1, id);
      st.setInt(2, shingles);
      st.setBytes(3, MinHash.toBytes(signature));
      st.executeUpdate();
    }
    // one statement of 32 rows: a JDBC batch would run 32 statements
    try (PreparedStatement st = connection.prepareStatement(
        "INSERT INTO signature_bands VALUES " + "(?, ?, ?), ".repeat(MinHash.BANDS - 1) + "(?, ?, ?)")) {
      long[] bands = MinHash.bands(signature);
      for (int b = 0; b < bands.length; b++) {
        st.setString(3 * b + 1, id);
        st.setInt(3 * b + 2, b);
        st.setLong(3 * b + 3, bands[b]);
      }
      st.executeUpdate();
    }
    Dated me = new Dated(id, published, shingles);
    try (PreparedStatement find = connection.prepareStatement(CANDIDATES);
        PreparedStatement insert = connection.prepareStatement("INSERT INTO duplicates VALUES (?, ?, ?)")) {
      find.setString(1, id);
      find.setString(2, id);
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          double similarity = MinHash.similarity(signature, MinHash.fromBytes(rs.getBytes(2)));
          if (similarity >= MinHash.DUPLICATE) {
            Dated other = new Dated(rs.getString(1), local(rs.getDate(3)), rs.getInt(4));
            boolean meFirst = ORDER.compare(me, other) < 0;
            insert.setString(1, meFirst ? other.id() : me.id());
            insert.setString(2, meFirst ? me.id() : other.id());
            insert.setDouble(3, similarity);
            insert.addBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }

  /** Removes {@code documentId}'s signature, band keys and pairs. */
  void delete(String documentId) throws SQLException {
    for (String sql : new String[] {"DELETE FROM document_signatures WHERE document_id = ?",
        "DELETE FROM signature_bands WHERE document_id = ?",
        "DELETE FROM duplicates WHERE document_id = ? OR original_id = ?"}) {
      try (PreparedStatement st = connection.prepareStatement(sql)) {
        st.setString(1, documentId);
        if (sql.contains("OR")) {
          st.setString(2, documentId);
        }
        st.executeUpdate();
      }
    }
  }

  /**
   * The earliest document of each document's near-duplicate group (pairs taken transitively), for
   * the documents that have one; a document missing from the map is its own original.
   */
  static Map<String, String> originals(Connection connection) throws SQLException {
    Map<String, Dated> parent = new HashMap<>();
    String sql = """
        SELECT x.document_id, dx.published, sx.shingles, x.original_id, dy.published, sy.shingles FROM duplicates x
        JOIN documents dx ON dx.id = x.document_id JOIN documents dy ON dy.id = x.original_id
        JOIN document_signatures sx ON sx.document_id = x.document_id JOIN document_signatures sy ON sy.document_id = x.original_id""";
    try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Dated a = find(parent, new Dated(rs.getString(1), local(rs.getDate(2)), rs.getInt(3)));
        Dated b = find(parent, new Dated(rs.getString(4), local(rs.getDate(5)), rs.getInt(6)));
        if (!a.equals(b)) {
          if (ORDER.compare(a, b) < 0) {
            parent.put(b.id(), a);
          } else {
            parent.put(a.id(), b);
          }
        }
      }
    }
    Map<String, String> originals = new HashMap<>();
    for (String id : parent.keySet()) {
      Dated root = find(parent, new Dated(id, null, 0));
      if (!root.id().equals(id)) {
        originals.put(id, root.id());
      }
    }
    return originals;
  }

  private static Dated find(Map<String, Dated> parent, Dated node) {
    Dated current = node;
    Dated up = parent.get(current.id());
    while (up != null && !up.id().equals(current.id())) {
      current = up;
      up = parent.get(current.id());
    }
    return current;
  }

  private static LocalDate local(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
