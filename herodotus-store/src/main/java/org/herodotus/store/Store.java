package org.herodotus.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.herodotus.model.Document;

/**
 * The event store: an embedded DuckDB database, {@value #FILE} in a data directory, holding
 * documents with their actors, places, events and quotes.
 *
 * <p>Idempotent by content hash ({@link ContentHash}): putting a document the store already holds
 * with the same hash writes nothing; the same id with a new hash replaces the old rows. Each
 * document is written in one transaction, so a crash never leaves part of one. Opening applies the
 * schema's migrations. DuckDB's extension auto-install and auto-load are off: nothing is
 * downloaded at run time.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data"))) {
 *   if (!store.holds(read.id(), ContentHash.of(read))) {     // skip the pipeline for stored documents
 *     Ingested result = store.put(extracted);                 // read, after the pipeline
 *   }
 *   List<StoredEvent> events = store.events(EventQuery.all());
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use it from one thread. One process at a time may open a data directory.
 */
public final class Store implements AutoCloseable {

  /** The database file inside the data directory. */
  public static final String FILE = "herodotus.duckdb";

  private final Path directory;
  private final Connection connection;
  private final DocumentWriter writer;
  private final NearDuplicates duplicates;
  private final Clustering clustering;
  private final DocumentWriter.BeforeTable hook;

  private Store(Path directory, Connection connection, DocumentWriter.BeforeTable hook) {
    this.directory = directory;
    this.connection = connection;
    this.hook = hook;
    this.writer = new DocumentWriter(connection, hook);
    this.duplicates = new NearDuplicates(connection);
    this.clustering = new Clustering(connection);
  }

  /**
   * Opens the store in {@code directory}, creating the directory and database when missing and
   * bringing the schema up to date.
   *
   * @throws StoreException if the database cannot be opened (in use by another process, corrupt)
   * @throws IllegalStateException if it has a newer schema than this code knows
   */
  public static Store open(Path directory) {
    return open(directory, DocumentWriter.BeforeTable.NONE);
  }

  static Store open(Path directory, DocumentWriter.BeforeTable hook) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + directory, new SQLException(e.getMessage(), e));
    }
    Properties config = new Properties();
    config.setProperty("autoinstall_known_extensions", "false");
    config.setProperty("autoload_known_extensions", "false");
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve(FILE).toAbsolutePath(), config);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store in " + directory
          + (String.valueOf(e.getMessage()).contains("lock") ? " (is another herodotus using it? use another --data)" : ""), e);
    }
    try {
      Migrations.apply(connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof SQLException sql) {
        throw new StoreException("cannot bring the schema of " + directory + " up to date", sql);
      }
      throw (RuntimeException) e;
    }
    return new Store(directory, connection, hook);
  }

  public Path directory() {
    return directory;
  }

  /** The schema version of the database. */
  public int schemaVersion() {
    return queryLong("SELECT max(version) FROM schema_version").intValue();
  }

  /** Whether the store holds document {@code id} with content hash {@code hash}: then there is nothing to do for it. */
  public boolean holds(String id, String hash) {
    return hash.equals(hashOf(id));
  }

  /**
   * Stores {@code doc} and its layers in one transaction, unless the store holds it with the same
   * content hash; a document with the same id and another hash is replaced. In the same
   * transaction it records the stored documents it near-duplicates ({@link #originalOf}) and
   * assigns its events to event clusters ({@link #clusters}); a replaced version leaves no member
   * in any cluster.
   *
   * @throws StoreException if it cannot be written; then nothing of it was (the old version, if
   *     any, is kept). A full or read-only disk says so, and that running again resumes.
   */
  public Ingested put(Document doc) {
    String hash = ContentHash.of(doc);
    String old = hashOf(doc.id());
    if (hash.equals(old)) {
      return Ingested.UNCHANGED;
    }
    try {
      Transactions.run(connection, () -> {
        List<Clustering.Orphan> orphans = List.of();
        if (old != null) {
          orphans = clustering.detach(doc.id());
          duplicates.delete(doc.id());
          writer.delete(doc.id());
        }
        writer.write(doc, hash);
        duplicates.add(doc);
        clustering.reassign(orphans);
        clustering.add(doc, hash);
        hook.before("commit");
      });
    } catch (SQLException e) {
      throw new StoreException("cannot store document " + doc.id(), e);
    }
    return old == null ? Ingested.NEW : Ingested.REPLACED;
  }

  /** How many documents the store holds. */
  public long documentCount() {
    return queryLong("SELECT count(*) FROM documents");
  }

  /** The tables {@link #count} counts besides {@link DocumentWriter#TABLES}. */
  static final List<String> DERIVED_TABLES = List.of("document_signatures", "duplicates", "clusters", "cluster_members");

  /**
   * How many rows a table holds: {@code documents}, {@code actors}, {@code places}, {@code events},
   * {@code quotes}, {@code annotations}, {@code document_signatures}, {@code duplicates}, {@code clusters} or {@code cluster_members}.
   */
  public long count(String table) {
    if (!DocumentWriter.TABLES.contains(table) && !DERIVED_TABLES.contains(table)) {
      throw new IllegalArgumentException("no table '" + table + "'; tables: " + DocumentWriter.TABLES + ", " + DERIVED_TABLES);
    }
    return queryLong("SELECT count(*) FROM " + table);
  }

  /** The events {@code query} selects, in document and event order. */
  public List<StoredEvent> events(EventQuery query) {
    List<StoredEvent> events = new ArrayList<>();
    forEachEvent(query, events::add);
    return events;
  }

  /** Passes each event {@code query} selects to {@code sink}, in document and event order, without holding them all. */
  public void forEachEvent(EventQuery query, Consumer<StoredEvent> sink) {
    try {
      EventReader.read(connection, query, EventOrder.DOCUMENT, 0, sink);
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + directory, e);
    }
  }

  /**
   * One page of the events {@code query} selects: in {@code order}, skipping the first {@code offset},
   * at most {@code query.limit()}. Only the page is read, sorted by the database.
   */
  public List<StoredEvent> events(EventQuery query, EventOrder order, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    List<StoredEvent> events = new ArrayList<>();
    try {
      EventReader.read(connection, query, order, offset, events::add);
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + directory, e);
    }
    return events;
  }

  /** How many events {@code query} selects in all, whatever its limit (the total of its pages). */
  public long countEvents(EventQuery query) {
    try {
      return EventReader.count(connection, query);
    } catch (SQLException e) {
      throw new StoreException("cannot count events in " + directory, e);
    }
  }

  /**
   * A short value that changes whenever the stored documents change (one added, replaced or gone):
   * their count with the XOR and the sum of a 64-bit hash of each id and content hash. A derived
   * index keeps it to tell in one query whether it is still in step with the store.
   */
  public String fingerprint() {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT count(*), coalesce(bit_xor(hash(id, content_hash)), 0), coalesce(sum(hash(id, content_hash)::HUGEINT), 0)"
            + " FROM documents");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3);
    } catch (SQLException e) {
      throw new StoreException("cannot read the documents of " + directory, e);
    }
  }

  /** The content hash of every stored document, by document id. */
  public Map<String, String> contentHashes() {
    Map<String, String> hashes = new HashMap<>();
    try (PreparedStatement st = connection.prepareStatement("SELECT id, content_hash FROM documents");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        hashes.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the documents of " + directory, e);
    }
    return hashes;
  }

  /**
   * Passes each stored document among {@code ids}, with its events' evidence, to {@code sink}, up to
   * 2,000 at a time, without holding them all; ids the store does not hold are passed over.
   */
  public void forEachDocument(Collection<String> ids, Consumer<StoredDocument> sink) {
    Iterator<String> all = ids.iterator();
    while (all.hasNext()) {
      List<String> chunk = new ArrayList<>();
      while (all.hasNext() && chunk.size() < 2000) {
        chunk.add(all.next());
      }
      try {
        documentChunk(chunk).values().forEach(sink);
      } catch (SQLException e) {
        throw new StoreException("cannot read documents from " + directory, e);
      }
    }
  }

  private Map<String, StoredDocument> documentChunk(List<String> ids) throws SQLException {
    Object array = connection.createArrayOf("VARCHAR", ids.toArray());
    Map<String, List<StoredDocument.Evidence>> evidence = new HashMap<>();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT document_id, idx, evidence, code, plover, place_country, date FROM events"
            + " WHERE document_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY document_id, idx")) {
      st.setObject(1, array);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          evidence.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new StoredDocument.Evidence(
              rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
        }
      }
    }
    Map<String, StoredDocument> docs = new LinkedHashMap<>();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT id, content_hash, title, published, source, url, text FROM documents"
            + " WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id")) {
      st.setObject(1, array);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          java.sql.Date published = rs.getDate(4);
          docs.put(id, new StoredDocument(id, rs.getString(2), rs.getString(3),
              published == null ? null : published.toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
              evidence.getOrDefault(id, List.of())));
        }
      }
    }
    return docs;
  }

  /**
   * Loads many documents into an empty store fast, with DuckDB's appender instead of one
   * transaction per document: for benchmarks. The rows of documents and their layers are those
   * {@link #put} writes, but no near-duplicate signatures and no event clusters are made (that is
   * what costs most per document); documents are not checked against each other (ids must be distinct).
   *
   * @return how many documents were loaded
   * @throws IllegalStateException if the store already holds documents
   * @throws StoreException if they cannot be written
   */
  public long bulkLoad(Iterator<Document> docs) {
    if (documentCount() > 0) {
      throw new IllegalStateException("bulkLoad needs an empty store; " + directory + " holds " + documentCount()
          + " documents: use put, or another --data directory");
    }
    long[] loaded = {0};
    try {
      // One transaction: the appender's chunk flushes do not commit one by one, and a failed load leaves nothing.
      Transactions.run(connection, () -> loaded[0] = new BulkLoader(connection).load(docs));
      return loaded[0];
    } catch (SQLException e) {
      throw new StoreException("cannot bulk-load documents into " + directory, e);
    }
  }

  /**
   * The event clusters with at least one member event that {@code query} selects, each summarized
   * from all its members, at most {@code query.limit()} of them, by date.
   */
  public List<EventCluster> clusters(EventQuery query) {
    try {
      return ClusterReader.read(connection, query);
    } catch (SQLException e) {
      throw new StoreException("cannot read event clusters from " + directory, e);
    }
  }

  /**
   * Hands the {@linkplain EventPoint points} of the events {@code query} selects to {@code sink},
   * in document and event order, at most {@code query.limit()}: what a map and a timeline draw.
   */
  public void forEachPoint(EventQuery query, Consumer<EventPoint> sink) {
    try {
      EventReader.readPoints(connection, query, sink);
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + directory, e);
    }
  }

  /**
   * What was found in document {@code id}: entities, dates, actor mentions, places and quotes with
   * their chains of sources, with offsets into its text (all empty for an unknown id).
   */
  public ArticleAnnotations annotations(String id) {
    try {
      return ArticleReader.read(connection, id);
    } catch (SQLException e) {
      throw new StoreException("cannot read the annotations of document " + id + " from " + directory, e);
    }
  }

  /**
   * The actors across all stored articles whose code or a name contains {@code words}
   * (case-insensitively; all when {@code null}), those in most articles first, at most {@code limit}.
   */
  public List<ActorSummary> actors(String words, int limit) {
    try {
      return ActorReader.matching(connection, words, limit);
    } catch (SQLException e) {
      throw new StoreException("cannot read actors from " + directory, e);
    }
  }

  /**
   * The resolved places of stored events whose name, gazetteer name or admin-1 region contains
   * {@code words} (case-insensitively; all when {@code null}), those of most events first, at most
   * {@code limit}.
   */
  public List<PlaceSummary> places(String words, int limit) {
    String sql = "SELECT place_geonameid, mode(place_name), mode(place_feature_code), mode(place_country), mode(place_admin1),"
        + " avg(place_lat) AS lat, avg(place_lon) AS lon, mode(place_precision), count(*) AS events"
        + " FROM events WHERE place_geonameid IS NOT NULL"
        + (words == null ? "" : " AND (place_text ILIKE ? ESCAPE '\\' OR place_name ILIKE ? ESCAPE '\\'"
            + " OR place_admin1 ILIKE ? ESCAPE '\\')")
        + " GROUP BY place_geonameid ORDER BY events DESC, place_geonameid LIMIT ?";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      int i = 1;
      if (words != null) {
        for (; i <= 3; i++) {
          st.setString(i, EventReader.like(words));
        }
      }
      st.setInt(i, limit);
      List<PlaceSummary> places = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          places.add(new PlaceSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              Columns.getDouble(rs, "lat"), Columns.getDouble(rs, "lon"), rs.getString(8), rs.getLong(9)));
        }
      }
      return places;
    } catch (SQLException e) {
      throw new StoreException("cannot read places from " + directory, e);
    }
  }

  /** The actor with {@link ActorSummary#key} {@code key}, if any is stored. */
  public Optional<ActorSummary> actor(String key) {
    try {
      return Optional.ofNullable(ActorReader.byKey(connection, key));
    } catch (SQLException e) {
      throw new StoreException("cannot read actor " + key + " from " + directory, e);
    }
  }

  /**
   * One page of the event clusters with at least one member event that {@code query} selects, in the
   * order of {@link #clusters(EventQuery)}: skipping {@code offset}, at most {@code query.limit()},
   * with how many there are in all. Only the page's clusters are read in full and summarized.
   */
  public EventClusterPage clusters(EventQuery query, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    try {
      return ClusterReader.page(connection, query, offset);
    } catch (SQLException e) {
      throw new StoreException("cannot read event clusters from " + directory, e);
    }
  }

  /**
   * The earliest stored document that document {@code id} is a near-duplicate of (a syndicated or
   * re-published copy, directly or through other copies), or empty when it is an original or unknown.
   */
  public Optional<String> originalOf(String id) {
    try {
      return Optional.ofNullable(NearDuplicates.originals(connection).get(id));
    } catch (SQLException e) {
      throw new StoreException("cannot read near-duplicates from " + directory, e);
    }
  }

  private String hashOf(String id) {
    try (PreparedStatement st = connection.prepareStatement("SELECT content_hash FROM documents WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + id + " from " + directory, e);
    }
  }

  private Long queryLong(String sql) {
    try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot query " + directory, e);
    }
  }

  /** Runs a query for tests. */
  List<List<Object>> rows(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store in " + directory, e);
    }
  }

  private static void closeQuietly(Connection connection, Exception cause) {
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
