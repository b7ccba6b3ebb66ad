package org.herodotus.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
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

  /** How events are ordered. */
  enum Sort {
    DOCUMENT(Comparator.comparing(StoredEvent::documentId).thenComparingInt(StoredEvent::index)),
    DATE(Comparator.comparing(StoredEvent::dateStart, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(DOCUMENT.order)),
    DATE_DESCENDING(Comparator.comparing(StoredEvent::dateStart, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
        .thenComparing(DOCUMENT.order));

    final Comparator<StoredEvent> order;

    Sort(Comparator<StoredEvent> order) {
      this.order = order;
    }
  }

  /** One page of events and how many matched in all. */
  record Page(long total, List<StoredEvent> items) {}

  private final ReentrantLock lock = new ReentrantLock();
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
   * {@code limit}; only {@code offset + limit} of them are held at a time.
   */
  Page events(EventQuery query, Sort sort, int offset, int limit) {
    return locked(() -> {
      int keep = offset + limit;
      PriorityQueue<StoredEvent> best = new PriorityQueue<>(sort.order.reversed());
      long[] total = {0};
      store.forEachEvent(query, e -> {
        total[0]++;
        best.add(e);
        if (best.size() > keep) {
          best.poll();
        }
      });
      List<StoredEvent> sorted = new ArrayList<>(best);
      sorted.sort(sort.order);
      return new Page(total[0], sorted.subList(Math.min(offset, sorted.size()), sorted.size()));
    });
  }

  /** Hands every event {@code query} selects to {@code sink}, in document order, holding none. */
  void forEachEvent(EventQuery query, Consumer<StoredEvent> sink) {
    locked(() -> {
      store.forEachEvent(query, sink);
      return null;
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

  /** The event clusters with an event {@code query} selects. */
  List<EventCluster> clusters(EventQuery query) {
    return locked(() -> store.clusters(query));
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
