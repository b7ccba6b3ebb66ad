package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.model.Mode;
import org.herodotus.testing.Shelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates and event clusters as the store keeps them, on the hand-built reports of {@link Shelling}. */
class ClusteringTest {

  @TempDir Path dir;

  /** The wire story, its syndicated copy (printed the next morning), two own reports and the Aleppo shelling. */
  static List<Document> all() {
    Document courier = Shelling.syndicated("courier");
    courier = courier.withMeta(courier.meta().withPublished(Shelling.TUESDAY.plusDays(1)));
    return List.of(Shelling.wire("wire"), courier, Shelling.tribune("tribune"), Shelling.post("post"), Shelling.aleppo("aleppo"));
  }

  static String render(EventCluster c) {
    return c.place().name() + " " + c.date() + " " + c.plover() + " " + c.source().code() + "->"
        + (c.target() == null ? "-" : c.target().code()) + " reports=" + c.reports() + " documents=" + c.documents().size()
        + " outlets=" + c.outlets().size() + " independent=" + c.independentSources() + " seen=" + c.firstSeen() + ".." + c.lastSeen();
  }

  @Test
  void fourReportsOfOneShelling_areOneEvent_andTheAleppoShellingAnother() {
    try (Store store = Store.open(dir)) {
      all().forEach(store::put);
      List<EventCluster> clusters = store.clusters(EventQuery.all());
      assertThat(clusters).extracting(ClusteringTest::render).containsExactly(
          "Idlib 2026-03-10 ASSAULT SYRMIL->SYRCVL reports=4 documents=4 outlets=4"
              + " independent=[levant wire, guardian, northern tribune] seen=2026-03-10..2026-03-11",
          "Aleppo 2026-03-11 ASSAULT SYRMIL->- reports=1 documents=1 outlets=1 independent=[levant wire] seen=2026-03-11..2026-03-11");
      assertThat(clusters.get(0).documents()).containsExactly("wire", "courier", "post", "tribune");
      assertThat(clusters.get(0).outlets()).containsExactly("Levant Wire", "Daily Courier", "Evening Post", "Northern Tribune");
      assertThat(clusters.get(0).copies()).isEqualTo(java.util.Map.of("courier", "wire"));
      assertThat(clusters.get(1).copies()).isEmpty();
      assertThat(store.count("clusters")).isEqualTo(2);
      assertThat(store.count("cluster_members")).isEqualTo(5);
    }
  }

  @Test
  void syndicatedCopy_pointsToTheWireStory_inWhicheverOrderTheyCome() {
    try (Store store = Store.open(dir)) {
      List<Document> docs = all();
      for (int i = docs.size() - 1; i >= 0; i--) {
        store.put(docs.get(i));
      }
      assertThat(store.originalOf("courier")).contains("wire");
      assertThat(store.originalOf("wire")).isEmpty();
      assertThat(store.originalOf("tribune")).isEmpty();
      assertThat(store.count("duplicates")).isEqualTo(1);
      assertThat(store.count("document_signatures")).isEqualTo(5);
    }
  }

  @Test
  void syndicatedCopy_sameDay_theShorterTextIsTheOriginal() {
    try (Store store = Store.open(dir)) {
      store.put(Shelling.syndicated("courier")); // published the same day as the wire story, with a credit line and a note
      store.put(Shelling.wire("wire"));
      assertThat(store.originalOf("courier")).contains("wire");
      assertThat(store.clusters(EventQuery.all()).get(0).independentSources()).containsExactly("levant wire");
    }
  }

  @Test
  void syndicatedCopyOfACitedOutlet_countsOnce_theOwnReportOfThatOutletToo() {
    try (Store store = Store.open(dir)) {
      store.put(Shelling.post("post"));
      Document guardian = Shelling.report("guardian", "The Guardian", Shelling.TUESDAY, Shelling.TRIBUNE, "Syrian army", "hit",
          "people", "Idlib", "Tuesday", "2026-03-10", null);
      store.put(guardian);
      EventCluster cluster = store.clusters(EventQuery.all()).get(0);
      assertThat(cluster.documents()).hasSize(2);
      assertThat(cluster.outlets()).containsExactly("The Guardian", "Evening Post");
      assertThat(cluster.independentSources()).containsExactly("guardian");
    }
  }

  @Test
  void newReport_joinsTheExistingCluster_keepingItsId() {
    try (Store store = Store.open(dir)) {
      store.put(Shelling.wire("wire"));
      String id = store.clusters(EventQuery.all()).get(0).id();
      assertThat(id).isEqualTo(Clustering.id("wire", ContentHash.of(Shelling.wire("wire")), 0)).hasSize(16);
      store.put(Shelling.tribune("tribune"));
      assertThat(store.clusters(EventQuery.all())).singleElement().satisfies(c -> {
        assertThat(c.id()).isEqualTo(id);
        assertThat(c.members()).containsExactly("wire#0", "tribune#0");
      });
      assertThat(store.events(EventQuery.all())).extracting(StoredEvent::cluster).containsOnly(id);
    }
  }

  @Test
  void reingest_sameDocuments_sameClusters_andNothingWritten() {
    List<String> first;
    try (Store store = Store.open(dir.resolve("a"))) {
      all().forEach(store::put);
      first = store.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members()).toList();
      all().forEach(d -> assertThat(store.put(d)).isEqualTo(Ingested.UNCHANGED));
      assertThat(store.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members()).toList()).isEqualTo(first);
      assertThat(store.count("cluster_members")).isEqualTo(5);
    }
    try (Store other = Store.open(dir.resolve("b"))) {
      all().forEach(other::put);
      assertThat(other.clusters(EventQuery.all()).stream().map(c -> c.id() + " " + c.members()).toList()).isEqualTo(first);
    }
  }

  @Test
  void revisedFounder_leavesNoStaleMember_andTheOthersStayTogether() {
    try (Store store = Store.open(dir)) {
      store.put(Shelling.wire("wire"));
      store.put(Shelling.tribune("tribune"));
      store.put(Shelling.post("post"));
      store.put(Shelling.aleppo("aleppo"));
      // the wire corrects its story: the shelling was of Aleppo, on Wednesday
      Document revised = Shelling.report("wire", "Levant Wire", Shelling.TUESDAY.plusDays(1), Shelling.ALEPPO + " Corrected.",
          "Syrian government forces", "shelled", null, "Aleppo", "Wednesday", "2026-03-11", null);
      assertThat(store.put(revised)).isEqualTo(Ingested.REPLACED);
      List<EventCluster> clusters = store.clusters(EventQuery.all());
      assertThat(clusters).extracting(c -> c.place().name() + " " + c.members()).containsExactly(
          "Idlib [post#0, tribune#0]", "Aleppo [aleppo#0, wire#0]");
      // re-placed in publication order, then by id: the Evening Post (11 March, "post") founds the new cluster
      assertThat(clusters.get(0).id()).isEqualTo(Clustering.id("post", ContentHash.of(Shelling.post("post")), 0));
      assertThat(store.count("clusters")).isEqualTo(2);
      assertThat(store.count("cluster_members")).isEqualTo(4);
      // the corrected wire story is now a near-duplicate of the Aleppo story
      assertThat(store.originalOf("wire")).contains("aleppo");
    }
  }

  @Test
  void failedRevision_keepsTheClustersAsTheyWere() {
    try (Store store = Store.open(dir)) {
      store.put(Shelling.wire("wire"));
      store.put(Shelling.tribune("tribune"));
    }
    try (Store store = Store.open(dir, table -> {
      if (table.equals("quotes")) {
        throw new IllegalStateException("simulated");
      }
    })) {
      Document revised = Shelling.report("wire", "Levant Wire", Shelling.TUESDAY, Shelling.ALEPPO, "Syrian government forces",
          "shelled", null, "Aleppo", "Wednesday", "2026-03-11", null);
      assertThatThrownBy(() -> store.put(revised)).isInstanceOf(IllegalStateException.class);
      assertThat(store.clusters(EventQuery.all())).singleElement().satisfies(c -> assertThat(c.members()).containsExactly("wire#0", "tribune#0"));
      assertThat(store.count("document_signatures")).isEqualTo(2);
    }
  }

  @Test
  void eventWithoutAPlace_isPlacedByItsSentence_notByTheDateline() {
    Document wire = Shelling.wire("wire");
    org.herodotus.model.Event e = wire.events().get(0);
    org.herodotus.model.Event placeless = new org.herodotus.model.Event(e.code(), e.plover(), e.action(), e.source(), e.target(),
        null, null, null, e.date(), e.dateSpan(), List.of(), e.mode(), e.trigger(), e.evidence(), e.confidence(), null);
    assertThat(Clustering.place(wire.withEvents(List.of(placeless)), placeless).name()).isEqualTo("Idlib");
    org.herodotus.model.Span second = new org.herodotus.model.Span(Shelling.WIRE.indexOf("The bombardment"), Shelling.WIRE.indexOf(" Residents"));
    org.herodotus.model.Event later = new org.herodotus.model.Event(e.code(), e.plover(), "strike", null, null, null, null, null,
        e.date(), null, List.of(), e.mode(), new org.herodotus.model.Span(second.start() + 50, second.start() + 56), second, 0.5, null);
    org.herodotus.model.Place dateline = Shelling.idlib(new org.herodotus.model.Span(0, 5), "IDLIB");
    Document withDateline = wire.withMeta(new Metadata("wire", null, Shelling.TUESDAY, List.of(), "Levant Wire", null,
        new org.herodotus.model.Dateline(new org.herodotus.model.Span(0, 26), "IDLIB", "Levant Wire"), null))
        .withPlaces(List.of(dateline));
    assertThat(Clustering.place(withDateline, later)).isNull();
  }

  @Test
  void vagueMention_joinsItsOwnArticlesEvent_notALargerCompatibleCluster() {
    try (Store store = Store.open(dir)) {
      store.put(Shelling.wire("wire"));
      store.put(Shelling.post("post"));
      // the Tribune blames Turkish artillery (another event), then says only "the barrage" with no actors
      Document tribune = Shelling.tribune("tribune");
      org.herodotus.model.Event e = tribune.events().get(0);
      org.herodotus.model.Participant turks = new org.herodotus.model.Participant(e.source().span(), e.source().text(), null, "TURMIL");
      org.herodotus.model.Event turkish = new org.herodotus.model.Event(e.code(), e.plover(), e.action(), turks, null, e.place(),
          null, null, e.date(), e.dateSpan(), List.of(), e.mode(), e.trigger(), e.evidence(), e.confidence(), null);
      org.herodotus.model.Event vague = new org.herodotus.model.Event(e.code(), e.plover(), "barrage", null, null, null,
          null, null, e.date(), e.dateSpan(), List.of(), e.mode(), e.trigger(), e.evidence(), 0.5, null);
      store.put(tribune.withEvents(List.of(turkish, vague)));
      assertThat(store.clusters(EventQuery.all())).extracting(EventCluster::members).containsExactlyInAnyOrder(
          List.of("wire#0", "post#0"), List.of("tribune#0", "tribune#1"));
    }
  }

  @Test
  void placelessMentionOfOneArticle_doesNotKeepOtherArticlesOut() {
    try (Store store = Store.open(dir)) {
      Document wire = Shelling.wire("wire");
      org.herodotus.model.Event e = wire.events().get(0);
      org.herodotus.model.Span second = new org.herodotus.model.Span(Shelling.WIRE.indexOf("The bombardment"), Shelling.WIRE.indexOf(" Residents"));
      org.herodotus.model.Event placeless = new org.herodotus.model.Event(e.code(), e.plover(), "strike", null, null, null, null, null,
          e.date(), null, List.of(), e.mode(), new org.herodotus.model.Span(second.start() + 50, second.start() + 56), second, 0.5, null);
      store.put(wire.withEvents(List.of(e, placeless)));
      store.put(Shelling.tribune("tribune"));
      assertThat(store.clusters(EventQuery.all())).extracting(EventCluster::members)
          .containsExactly(List.of("wire#0", "wire#1", "tribune#0"));
    }
  }

  @Test
  void negatedEvent_isNotClustered() {
    try (Store store = Store.open(dir)) {
      Document wire = Shelling.wire("wire");
      store.put(wire.withEvents(List.of(wire.events().get(0).attributed(0, Mode.NEGATED))
          .stream().map(e -> new org.herodotus.model.Event(e.code(), e.plover(), e.action(), e.source(), e.target(), e.place(),
              null, null, e.date(), e.dateSpan(), List.of(), Mode.NEGATED, e.trigger(), e.evidence(), e.confidence(), null)).toList()));
      assertThat(store.clusters(EventQuery.all())).isEmpty();
      assertThat(store.events(EventQuery.all())).singleElement().satisfies(e -> assertThat(e.cluster()).isNull());
    }
  }

  @Test
  void clusters_takeTheEventFilters_andShowEveryMember() {
    try (Store store = Store.open(dir)) {
      all().forEach(store::put);
      // only the Aleppo event is dated after 10 March, and only the Evening Post's report mode is REPORTED
      assertThat(store.clusters(new EventQuery(null, null, null, null, LocalDate.of(2026, 3, 11), null, null, 10)))
          .extracting(c -> c.place().name()).containsExactly("Aleppo");
      assertThat(store.clusters(new EventQuery(null, null, null, null, null, null, Mode.REPORTED, 10)))
          .singleElement().satisfies(c -> assertThat(c.reports()).isEqualTo(4));
      assertThat(store.clusters(new EventQuery(null, null, null, "TR", null, null, null, 10))).isEmpty();
      assertThat(store.clusters(new EventQuery(null, null, null, null, null, null, null, 1))).hasSize(1);
    }
  }

  @Test
  void documentWithoutText_getsNoSignature() {
    try (Store store = Store.open(dir)) {
      Document empty = org.herodotus.testing.Documents.tokenized("e", "...").withMeta(Metadata.of("e"));
      store.put(empty);
      assertThat(store.count("document_signatures")).isZero();
    }
  }
}
