package org.herodotus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.herodotus.store.StoredDocument;

/**
 * The full-text index of a store: a Lucene index in {@code <data>/index/} over the stored articles
 * and the evidence sentences of their events, ranked by BM25.
 *
 * <p>The store is the source of truth. Every entry carries its document id, and the article entry
 * the document's content hash; updating a document replaces all its entries at once, so indexing
 * again never duplicates. Updates are committed in batches of {@value #BATCH} and on
 * {@link #close()}; opening reconciles the index with the store (documents missing or with another
 * hash are indexed again from the store, documents the store no longer holds are removed), so an
 * index left behind by a crash is repaired before it is used. A commit made while the index is in
 * step with the store records the store's {@link Store#fingerprint()}; when the store still has it
 * at the next opening, the document-by-document comparison is skipped (seconds at 200,000 articles).
 *
 * <pre>{@code
 * try (Store store = Store.open(data); SearchIndex index = SearchIndex.open(store)) {
 *   store.put(doc);
 *   index.update(doc.id());
 *   List<SearchHit> hits = index.search("defectors Idlib smugglers", 10);
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one process at a time may open it (as the store).
 */
public final class SearchIndex implements AutoCloseable {

  /** The index's directory inside the data directory. */
  public static final String DIRECTORY = "index";

  /** Updates between commits. */
  public static final int BATCH = 200;

  /** Updates between commits while reconciling: a rebuild from the store, which a crash merely restarts. */
  static final int RECONCILE_BATCH = 50_000;

  /** The query syntax, for help texts and error messages. */
  public static final String SYNTAX = "words (any may match, ranked by BM25), \"a phrase\", +required -excluded, "
      + "AND / OR / NOT, (groups), prefix*, field:value with fields title, text, source, published, url, "
      + "evidence, plover, code, country, date; ranges published:[2017-01-01 TO 2017-12-31]";

  private final Store store;
  private final FSDirectory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Reconciliation reconciliation;
  private int pending;
  private int batch = BATCH;
  /** Whether every change to the store since the last reconciliation has reached the index. */
  private boolean inStep;

  /** The commit data key of the store's fingerprint when the index was last committed in step with it. */
  static final String FINGERPRINT = "store-fingerprint";

  private SearchIndex(Store store, FSDirectory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
    this.store = store;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.reconciliation = store.fingerprint().equals(recordedFingerprint()) ? new Reconciliation(0, 0, 0) : reconcile();
    this.inStep = true;
  }

  /**
   * Opens (or creates) the index of {@code store} and reconciles it with the store.
   *
   * @throws UncheckedIOException if the index cannot be opened or written (locked by another process, disk full)
   */
  public static SearchIndex open(Store store) {
    Path path = store.directory().resolve(DIRECTORY);
    FSDirectory directory = null;
    Analyzer analyzer = IndexSchema.analyzer();
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      return new SearchIndex(store, directory, analyzer, new IndexWriter(directory, config));
    } catch (LockObtainFailedException e) {
      close(directory, e);
      throw new UncheckedIOException("the search index in " + path + " is in use by another herodotus: use another --data", e);
    } catch (IOException e) {
      close(directory, e);
      throw new UncheckedIOException("cannot open the search index in " + path + ": " + e.getMessage(), e);
    }
  }

  /** What opening did to bring the index in line with the store. */
  public Reconciliation reconciliation() {
    return reconciliation;
  }

  /**
   * Indexes document {@code id} as the store holds it now, replacing its old entries; removes it
   * when the store does not hold it.
   */
  public void update(String id) {
    boolean wasInStep = inStep;
    inStep = false; // until done: a failure leaves the index to the next reconciliation
    boolean[] found = {false};
    store.forEachDocument(List.of(id), doc -> {
      found[0] = true;
      write(doc);
    });
    if (!found[0]) {
      remove(id);
    }
    inStep = wasInStep;
  }

  /** Removes document {@code id}'s entries; the next opening compares the index with the store again. */
  public void delete(String id) {
    inStep = false;
    remove(id);
  }

  private void remove(String id) {
    try {
      writer.deleteDocuments(new Term(IndexSchema.ID, id));
      counted();
    } catch (IOException e) {
      throw failure("cannot remove document " + id + " from", e);
    }
  }

  /**
   * Makes every update so far durable, with the store's fingerprint when the index is in step with
   * it: then the next opening need not compare the two document by document.
   */
  public void commit() {
    try {
      writer.setLiveCommitData(List.of(Map.entry(FINGERPRINT, inStep ? store.fingerprint() : "")));
      writer.commit();
      pending = 0;
    } catch (IOException e) {
      throw failure("cannot commit", e);
    }
  }

  /** How many documents the index holds. */
  public int documentCount() {
    return withSearcher(s -> s.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.ARTICLE))));
  }

  /**
   * The {@code limit} best documents for {@code query}: a document ranks by its best entry, its
   * article (title, text, outlet, ...) or one of its events' evidence.
   *
   * @throws IllegalArgumentException if the query is blank or not valid query syntax ({@link #SYNTAX})
   */
  public List<SearchHit> search(String query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    Query q = parse(query);
    return withSearcher(s -> new Ranking(s, q, analyzer).best(limit));
  }

  /**
   * What {@code query} matches, as a restriction of an {@link EventQuery}: every event of a
   * document whose article matches, and each event whose evidence matches.
   *
   * @throws IllegalArgumentException if the query is blank or not valid query syntax
   */
  public EventQuery.Within matches(String query) {
    Query q = parse(query);
    Set<String> documents = new HashSet<>();
    Set<String> events = new HashSet<>();
    withSearcher(s -> s.search(q, new CollectorManager<SimpleCollector, Void>() {
      @Override
      public SimpleCollector newCollector() {
        return new MatchCollector(documents, events);
      }

      @Override
      public Void reduce(Collection<SimpleCollector> collectors) {
        return null;
      }
    }));
    return new EventQuery.Within(documents, events);
  }

  @Override
  public void close() {
    try (FSDirectory d = directory; IndexWriter w = writer; SearcherManager m = searchers) {
      commit();
    } catch (IOException e) {
      throw failure("cannot close", e);
    }
  }

  /** Indexes {@code doc} as given, not as the store holds it (tests): the next opening compares again. */
  void update(StoredDocument doc) {
    inStep = false;
    write(doc);
  }

  private void write(StoredDocument doc) {
    try {
      writer.updateDocuments(new Term(IndexSchema.ID, doc.id()), IndexSchema.entries(doc));
      counted();
    } catch (IOException e) {
      throw failure("cannot index document " + doc.id() + " in", e);
    }
  }

  /** The content hash of every indexed document, by id. */
  Map<String, String> indexedHashes() {
    return withSearcher(s -> {
      Map<String, String> hashes = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
        SortedDocValues hash = DocValues.getSorted(leaf.reader(), IndexSchema.HASH);
        for (int doc = hash.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = hash.nextDoc()) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
            hashes.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hash.lookupOrd(hash.ordValue()).utf8ToString());
          }
        }
      }
      return hashes;
    });
  }

  private String recordedFingerprint() {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (e.getKey().equals(FINGERPRINT)) {
        return e.getValue();
      }
    }
    return null;
  }

  private Reconciliation reconcile() {
    inStep = false;
    Map<String, String> stored = store.contentHashes();
    Map<String, String> indexed = indexedHashes();
    List<String> stale = new ArrayList<>();
    int added = 0;
    int replaced = 0;
    for (Map.Entry<String, String> e : stored.entrySet()) {
      String hash = indexed.get(e.getKey());
      if (hash == null) {
        added++;
        stale.add(e.getKey());
      } else if (!hash.equals(e.getValue())) {
        replaced++;
        stale.add(e.getKey());
      }
    }
    int removed = 0;
    for (String id : indexed.keySet()) {
      if (!stored.containsKey(id)) {
        remove(id);
        removed++;
      }
    }
    stale.sort(Comparator.naturalOrder());
    batch = RECONCILE_BATCH;
    try {
      store.forEachDocument(stale, this::write);
    } finally {
      batch = BATCH;
    }
    inStep = true;
    commit(); // records the fingerprint, even when nothing differed
    return new Reconciliation(added, replaced, removed);
  }

  private void counted() {
    if (++pending >= batch) {
      commit();
    }
  }

  private Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the search query is empty; the syntax: " + SYNTAX);
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(IndexSchema.DEFAULT_FIELDS, analyzer,
        Map.of(IndexSchema.TITLE, 2f));
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll("\\.$", "");
      throw new IllegalArgumentException("cannot read the query '" + query + "': " + message
          + "; the syntax: " + SYNTAX + " (quote a word such as AND or a sign such as : or / with \\)", e);
    }
  }

  /** Work on a fresh searcher. */
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query expands to too many terms (a short prefix*?): " + e.getMessage(), e);
    } catch (IOException e) {
      throw failure("cannot search", e);
    }
  }

  private UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException(what + " the search index in " + store.directory().resolve(DIRECTORY) + ": " + e.getMessage(), e);
  }

  private static void close(FSDirectory directory, Exception cause) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
