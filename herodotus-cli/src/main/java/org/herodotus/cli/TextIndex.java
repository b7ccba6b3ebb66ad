package org.herodotus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.search.Reconciliation;
import org.herodotus.search.SearchHit;
import org.herodotus.search.SearchIndex;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;

/**
 * Opens the store of a data directory with its full-text index for one question and closes both:
 * the {@code search} command and the {@code --text} filter of {@code events} and {@code export}.
 */
final class TextIndex {

  private TextIndex() {}

  /** The best documents for {@code query}. */
  static List<SearchHit> search(Path data, String query, int limit) {
    try (Store store = open(data); SearchIndex index = opened(store)) {
      return index.search(query, limit);
    }
  }

  /** What {@code query} matches, to restrict an event query. */
  static EventQuery.Within matches(Path data, String query) {
    try (Store store = open(data); SearchIndex index = opened(store)) {
      return index.matches(query);
    }
  }

  /**
   * @throws IllegalArgumentException if {@code data} holds no store: searching never creates one
   */
  private static Store open(Path data) {
    if (!Files.isRegularFile(data.resolve(Store.FILE))) {
      throw new IllegalArgumentException("no store in " + data + ": run 'herodotus ingest --data " + data + " INPUT...' first");
    }
    return Store.open(data);
  }

  private static SearchIndex opened(Store store) {
    SearchIndex index = SearchIndex.open(store);
    Reconciliation r = index.reconciliation();
    if (!r.none()) {
      System.err.printf("herodotus: brought the search index up to date with the store: %d added, %d replaced, %d removed%n",
          r.added(), r.replaced(), r.removed());
    }
    return index;
  }
}
