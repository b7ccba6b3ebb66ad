package org.herodotus.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.herodotus.model.Document;
import org.herodotus.search.SearchHit;
import org.herodotus.search.SearchIndex;
import org.herodotus.store.ActorSummary;
import org.herodotus.store.ArticleAnnotations;
import org.herodotus.store.EventCluster;
import org.herodotus.store.EventClusterPage;
import org.herodotus.store.EventPoint;
import org.herodotus.store.EventOrder;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Ingested;
import org.herodotus.store.PlaceSummary;
import org.herodotus.store.Store;
import org.herodotus.store.StoredDocument;
import org.herodotus.store.StoredEvent;

/**
 * The store and its search index behind one lock: neither is safe for concurrent use, so every
 * request reads or writes them one at a time. Opened for the server's life.
 */
final class Catalog implements AutoCloseable {


  /** One page of events and how many matched in all. */
  record Page(long total, List<StoredEvent> items) {}

  /** The most totals kept; the least recently used go first. */
  static final int TOTALS = 256;

  /** The most document and event ids the text restrictions of the kept totals may hold in all. */
  static final int TOTAL_IDS = 200_000;

  private final ReentrantLock lock = new ReentrantLock();
  /**
   * How many events each recent filter selects, by the query with its limit at the maximum, least
   * recently used first; cleared by ingest. Bounded in entries and in the ids of text restrictions.
   */
  private final LinkedHashMap<EventQuery, Long> totals = new LinkedHashMap<>(16, 0.75f, true);
  /** The ids the text restrictions of {@link #totals} hold. */
  private long totalIds;
  private final Store store;
  private final SearchIndex index;

  Catalog(Store store) {
    this.store = store;
    SearchIndex opened;
    try {
      opened = SearchIndex.open(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    this.index = opened;
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /** What {@code text} matches in the index, to restrict a query. */
  EventQuery.Within matches(String text) {
    return locked(() -> index.matches(text));
  }

  /**
   * The events {@code query} selects in {@code sort} order, from {@code offset}, at most
   * {@code limit}, and how many it selects in all: two queries, each sorted or counted by the store;
   * the count is kept for the next pages of the same filters until the next ingest.
   */
  Page events(EventQuery query, EventOrder order, int offset, int limit) {
    EventQuery page = query.withLimit(limit);
    EventQuery filters = query.withLimit(EventQuery.MAX_LIMIT);
    return locked(() -> new Page(total(filters), store.events(page, order, offset)));
  }

  /**
   * Hands the point of every event {@code query} selects to {@code sink}, in document order, at most
   * {@code query.limit()}, holding none; returns how many it selects in all.
   */
  long forEachPoint(EventQuery query, Consumer<EventPoint> sink) {
    return locked(() -> {
      long all = total(query.withLimit(EventQuery.MAX_LIMIT));
      store.forEachPoint(query, sink);
      return all;
    });
  }

  /** What was found in document {@code id}, for highlighting. */
  ArticleAnnotations annotations(String id) {
    return locked(() -> store.annotations(id));
  }

  /** Actors whose code or a name contains {@code words} (all when {@code null}). */
  List<ActorSummary> actors(String words, int limit) {
    return locked(() -> store.actors(words, limit));
  }

  /** The actor with key {@code key}. */
  Optional<ActorSummary> actor(String key) {
    return locked(() -> store.actor(key));
  }

  /** Places of events whose names contain {@code words} (all when {@code null}). */
  List<PlaceSummary> places(String words, int limit) {
    return locked(() -> store.places(words, limit));
  }

  /** The kept total of {@code filters}, counted and kept when missing. */
  private long total(EventQuery filters) {
    Long kept = totals.get(filters);
    if (kept != null) {
      return kept;
    }
    long total = store.countEvents(filters);
    long ids = ids(filters);
    if (ids <= TOTAL_IDS) {
      totals.put(filters, total);
      totalIds += ids;
      for (var eldest = totals.entrySet().iterator(); totals.size() > TOTALS || totalIds > TOTAL_IDS; ) {
        totalIds -= ids(eldest.next().getKey());
        eldest.remove();
      }
    }
    return total;
  }

  /** How many totals are kept, for tests. */
  int keptTotals() {
    return locked(totals::size);
  }

  private static long ids(EventQuery query) {
    return query.within() == null ? 0 : query.within().documentIds().size() + query.within().eventIds().size();
  }

  /** One page of the event clusters with an event {@code query} selects, from {@code offset}, at most {@code query.limit()}. */
  EventClusterPage clusters(EventQuery query, int offset) {
    return locked(() -> store.clusters(query, offset));
  }

  /** The events of document {@code id}, in order. */
  List<StoredEvent> eventsOf(String id) {
    EventQuery query = EventQuery.all().within(new EventQuery.Within(Set.of(id), Set.of()));
    return locked(() -> store.events(query));
  }

  /** The stored document {@code id}. */
  Optional<StoredDocument> document(String id) {
    return locked(() -> {
      List<StoredDocument> found = new ArrayList<>(1);
      store.forEachDocument(List.of(id), found::add);
      return found.stream().findFirst();
    });
  }

  /** The best documents for a full-text query. */
  List<SearchHit> search(String query, int limit) {
    return locked(() -> index.search(query, limit));
  }

  /** How many documents are stored. */
  long documentCount() {
    return locked(store::documentCount);
  }

  /**
   * Runs {@code pipeline} on {@code doc} outside the lock, then stores and indexes the result.
   *
   * @throws IllegalArgumentException if the pipeline cannot read the document
   */
  Ingested ingest(Document doc, UnaryOperator<Document> pipeline) {
    Document done = pipeline.apply(doc);
    return locked(() -> {
      totals.clear();
      totalIds = 0;
      Ingested result = store.put(done);
      index.update(done.id());
      index.commit();
      return result;
    });
  }

  @Override
  public void close() {
    lock.lock();
    try {
      try {
        index.close();
      } finally {
        store.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
