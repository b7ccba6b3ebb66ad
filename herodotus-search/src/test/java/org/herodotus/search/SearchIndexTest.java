package org.herodotus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.herodotus.model.Metadata;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.herodotus.store.StoredDocument;
import org.herodotus.testing.Wires;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over a store filled with hand-built wire stories: no models. */
class SearchIndexTest {

  @TempDir Path dir;

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::documentId).toList();
  }

  @Test
  void update_makesTheDocumentFindable_withSnippetAndMatchingEvidence() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      for (var doc : List.of(Wires.idlib("w1"), Wires.aleppo("w2"), Wires.harbour("w3"))) {
        store.put(doc);
        index.update(doc.id());
      }
      List<SearchHit> hits = index.search("defectors Idlib smugglers", 10);
      assertThat(ids(hits)).containsExactly("w1");
      SearchHit hit = hits.get(0);
      assertThat(hit.title()).isEqualTo("Defectors slip out of Idlib");
      assertThat(hit.source()).isEqualTo("Levant Wire");
      assertThat(hit.published()).isEqualTo("2017-09-05");
      assertThat(hit.snippet()).contains("[defectors]", "[Idlib]", "[smugglers]");
      // "crossed" lies in the sentence that names Idlib and the smugglers; the detention's does not.
      assertThat(hit.events()).extracting(SearchHit.Evidence::index).containsExactly(1);
      assertThat(hit.events().get(0).text()).startsWith("BEIRUT").contains("[Idlib]");
    }
  }

  @Test
  void search_ranksByBm25_andStems() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      store.put(Wires.idlib("w1"));
      store.put(Wires.aleppo("w2"));
      index.update("w1");
      index.update("w2");
      // "smuggler" finds "smugglers"; the article that names Aleppo three times ranks above none.
      assertThat(ids(index.search("smuggler", 10))).containsExactly("w1");
      assertThat(ids(index.search("aleppo OR idlib", 10))).containsExactlyInAnyOrder("w1", "w2");
      assertThat(ids(index.search("\"rescue workers\" AND rubble", 10))).containsExactly("w2");
      assertThat(ids(index.search("plover:assault", 10))).containsExactly("w2");
      assertThat(ids(index.search("country:sy AND code:173", 10))).containsExactly("w1");
      assertThat(ids(index.search("published:[2016-01-01 TO 2016-12-31]", 10))).containsExactly("w2");
      assertThat(ids(index.search("source:\"levant wire\" -smugglers", 10))).containsExactly("w2");
      assertThat(index.search("aleppo OR idlib", 1)).hasSize(1);
    }
  }

  @Test
  void update_again_replacesEntries_neverDuplicates() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      store.put(Wires.idlib("w1"));
      index.update("w1");
      index.update("w1");
      assertThat(index.documentCount()).isEqualTo(1);
      assertThat(index.search("smugglers", 10)).hasSize(1);
      assertThat(index.matches("Atmeh").eventIds()).containsExactly("w1#0");

      var revised = Wires.aleppo("w1"); // same id, new content
      store.put(revised);
      index.update("w1");
      assertThat(index.documentCount()).isEqualTo(1);
      assertThat(index.search("smugglers", 10)).isEmpty();
      assertThat(ids(index.search("market", 10))).containsExactly("w1");
      assertThat(index.matches("Atmeh").eventIds()).isEmpty();
    }
  }

  @Test
  void delete_removesArticleAndEvidence() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      store.put(Wires.idlib("w1"));
      index.update("w1");
      index.delete("w1");
      assertThat(index.documentCount()).isZero();
      assertThat(index.matches("detained OR smugglers").eventIds()).isEmpty();
      assertThat(index.matches("detained OR smugglers").documentIds()).isEmpty();
    }
  }

  @Test
  void matches_documentsByArticle_eventsByEvidence() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      store.put(Wires.idlib("w1"));
      store.put(Wires.harbour("w3"));
      index.update("w1");
      index.update("w3");
      EventQuery.Within within = index.matches("border guards");
      assertThat(within.eventIds()).containsExactly("w1#0");
      assertThat(within.documentIds()).containsExactly("w1");
      assertThat(index.matches("plover:protest").eventIds()).containsExactly("w3#0");
      assertThat(index.matches("plover:protest").documentIds()).isEmpty();
      // through the store: only the events the text selects
      assertThat(store.events(EventQuery.all().within(index.matches("plover:protest"))))
          .extracting(e -> e.documentId() + "#" + e.index()).containsExactly("w3#0");
      assertThat(store.events(EventQuery.all().within(index.matches("title:defectors")))).hasSize(2);
    }
  }

  @Test
  void open_afterCrash_indexesWhatTheStoreHoldsAndTheIndexLacks() {
    try (Store store = Store.open(dir)) {
      try (SearchIndex index = SearchIndex.open(store)) {
        store.put(Wires.idlib("w1"));
        index.update("w1");
      }
      // The store committed these but the process died before the index did.
      store.put(Wires.aleppo("w2"));
      store.put(Wires.harbour("w3"));
      try (SearchIndex index = SearchIndex.open(store)) {
        assertThat(index.reconciliation()).isEqualTo(new Reconciliation(2, 0, 0));
        assertThat(ids(index.search("piraeus OR aleppo", 10))).containsExactlyInAnyOrder("w2", "w3");
        assertThat(index.documentCount()).isEqualTo(3);
      }
      try (SearchIndex index = SearchIndex.open(store)) {
        assertThat(index.reconciliation().none()).isTrue();
      }
    }
  }

  @Test
  void open_removesDocumentsTheStoreLacks_andReindexesStaleOnes() {
    try (Store store = Store.open(dir)) {
      store.put(Wires.idlib("w1"));
      try (SearchIndex index = SearchIndex.open(store)) {
        // An entry the store never held, and w1 indexed with an outdated hash and text.
        index.update(new StoredDocument("ghost", "0".repeat(64), "Ghost", null, null, null, "A ghost story.", List.of()));
        index.update(new StoredDocument("w1", "1".repeat(64), "Old", null, null, null, "An older draft.", List.of()));
      }
      try (SearchIndex index = SearchIndex.open(store)) {
        assertThat(index.reconciliation()).isEqualTo(new Reconciliation(0, 1, 1));
        assertThat(index.search("ghost OR draft", 10)).isEmpty();
        assertThat(ids(index.search("smugglers", 10))).containsExactly("w1");
      }
    }
  }

  @Test
  void search_manyMatchingEventsOfOneDocument_doNotCrowdOutOthers() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      List<StoredDocument.Evidence> evidence = new java.util.ArrayList<>();
      for (int i = 0; i < 700; i++) {
        evidence.add(new StoredDocument.Evidence(i, "Smugglers crossed the river again, smugglers said.", "040", "CONSULT", "SY", null));
      }
      index.update(new StoredDocument("crowd", "0".repeat(64), "Smugglers", null, null, null, "Smugglers smugglers.", evidence));
      index.update(new StoredDocument("quiet", "1".repeat(64), "River news", null, null, null,
          "A long report on the river valley, its farms, its schools and, in one line, its smugglers.", List.of()));
      assertThat(ids(index.search("smugglers", 2))).containsExactly("crowd", "quiet");
      assertThat(index.search("smugglers", 1).get(0).events()).hasSize(700);
    }
  }

  @Test
  void search_badQuery_saysWhatAndShowsTheSyntax() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      assertThatThrownBy(() -> index.search("smugglers AND (idlib", 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot read the query 'smugglers AND (idlib'")
          .hasMessageContaining("field:value");
      assertThatThrownBy(() -> index.search("  ", 10)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
      assertThatThrownBy(() -> index.matches("title:")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void metadataOnlyMatch_snippetIsTheTextStart() {
    try (Store store = Store.open(dir); SearchIndex index = SearchIndex.open(store)) {
      var doc = Wires.harbour("w3");
      store.put(doc.withMeta(new Metadata("w3", "Strike", null, List.of(), "Aegean Daily", null, null, null)));
      index.update("w3");
      List<SearchHit> hits = index.search("source:aegean", 10);
      assertThat(hits.get(0).snippet()).startsWith("ATHENS — Dock workers");
      assertThat(hits.get(0).published()).isNull();
    }
  }
}
