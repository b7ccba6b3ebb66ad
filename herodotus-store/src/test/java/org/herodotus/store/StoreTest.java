package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Quote;
import org.herodotus.model.Source;
import org.herodotus.model.SourceRole;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  @Test
  void open_emptyDirectory_appliesEveryMigration() throws Exception {
    try (Store store = Store.open(dir.resolve("new/data"))) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(store.documentCount()).isZero();
      assertThat(store.rows("SELECT version, description FROM schema_version ORDER BY version")).hasSize(Migrations.ALL.size());
    }
    try (Store again = Store.open(dir.resolve("new/data"))) {
      assertThat(again.rows("SELECT version FROM schema_version")).hasSize(Migrations.ALL.size());
    }
  }

  @Test
  void open_extensionAutoInstallAndAutoLoadAreOff() throws Exception {
    try (Store store = Store.open(dir)) {
      assertThat(store.rows("SELECT current_setting('autoinstall_known_extensions'), current_setting('autoload_known_extensions')"))
          .containsExactly(List.of(false, false));
    }
  }

  @Test
  void put_sameDocumentTwice_addsNothingTheSecondTime() throws Exception {
    try (Store store = Store.open(dir)) {
      assertThat(store.put(Reports.raqqa("r1"))).isEqualTo(Ingested.NEW);
      assertThat(store.put(Reports.raqqa("r1"))).isEqualTo(Ingested.UNCHANGED);
      assertThat(counts(store)).isEqualTo("documents=1 actors=2 places=1 events=1 quotes=1 annotations=2");
    }
  }

  @Test
  void holds_isTrueOnlyForTheSameIdAndHash() {
    Document doc = Reports.raqqa("r1");
    try (Store store = Store.open(dir)) {
      assertThat(store.holds("r1", ContentHash.of(doc))).isFalse();
      store.put(doc);
      assertThat(store.holds("r1", ContentHash.of(doc))).isTrue();
      assertThat(store.holds("r1", ContentHash.of(Reports.raqqa("r1", Reports.RAQQA + " Updated.")))).isFalse();
    }
  }

  @Test
  void put_revisedArticle_replacesItsOldRows() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.cairo("c1"));
      String revised = Reports.RAQQA + " Shops reopened on Tuesday.";
      assertThat(store.put(Reports.raqqa("r1", revised))).isEqualTo(Ingested.REPLACED);
      assertThat(counts(store)).isEqualTo("documents=2 actors=3 places=2 events=2 quotes=1 annotations=3");
      assertThat(store.rows("SELECT text FROM documents WHERE id = 'r1'")).containsExactly(List.of(revised));
    }
  }

  @Test
  void put_failingMidway_leavesNothingOfTheDocument() throws Exception {
    try (Store store = Store.open(dir, table -> {
      if (table.equals("events")) {
        throw new IllegalStateException("disk full (simulated) before events");
      }
    })) {
      assertThatThrownBy(() -> store.put(Reports.raqqa("r1"))).hasMessageContaining("simulated");
      assertThat(counts(store)).isEqualTo("documents=0 actors=0 places=0 events=0 quotes=0 annotations=0");
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.put(Reports.raqqa("r1"))).isEqualTo(Ingested.NEW);
    }
  }

  @Test
  void put_failingMidwayOnARevision_keepsTheOldVersion() throws Exception {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
    }
    try (Store store = Store.open(dir, table -> {
      if (table.equals("quotes")) {
        throw new IllegalStateException("simulated");
      }
    })) {
      assertThatThrownBy(() -> store.put(Reports.raqqa("r1", Reports.RAQQA + " More."))).isInstanceOf(IllegalStateException.class);
      assertThat(counts(store)).isEqualTo("documents=1 actors=2 places=1 events=1 quotes=1 annotations=2");
      assertThat(store.holds("r1", ContentHash.of(Reports.raqqa("r1")))).isTrue();
    }
  }

  @Test
  void open_pathThatIsAFile_failsNamingIt() {
    Path file = dir.resolve(Store.FILE);
    try (Store store = Store.open(dir)) {
      assertThat(store.directory()).isEqualTo(dir);
    }
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
  }

  @Test
  void annotations_readBackEntitiesTimesActorMentionsPlacesAndTheQuotesChainOfSources() {
    Document doc = Reports.raqqa("r1");
    String text = doc.text();
    doc = doc.withEntities(List.of(new Mention(Reports.find(text, "Raqqa"), "Raqqa", EntityType.LOCATION, null, null)))
        .withTimes(List.of(new TimeExpression(Reports.find(text, "Monday"), "Monday", TimexType.DATE, "2017-07-03", null)));
    Quote said = doc.quotes().get(0);
    doc = doc.withQuotes(List.of(new Quote(said.span(), said.text(), said.kind(), said.speaker(), said.cue(),
        List.of(new Source(said.speaker().span(), "Officials", null, SourceRole.SPEAKER),
            new Source(null, "Kurdistan 24", null, SourceRole.PUBLISHER)), List.of("reportedly"))), doc.events());
    try (Store store = Store.open(dir)) {
      store.put(doc);
      ArticleAnnotations found = store.annotations("r1");
      assertThat(found.annotations()).extracting(a -> a.layer() + ":" + text.substring(a.start(), a.end()) + ":" + a.label() + ":" + a.value())
          .containsExactly("actor:Islamic State fighters:Islamic State:IMGMUSISI", "actor:Kurdish forces:Kurdish forces:KURMIL",
              "entity:Raqqa:LOCATION:null", "time:Monday:DATE:2017-07-03");
      assertThat(found.places()).extracting(p -> p.geonameId()).containsExactly(163843L);
      ArticleAnnotations.StoredQuote quote = found.quotes().get(0);
      assertThat(text.substring(quote.cue().start(), quote.cue().end())).isEqualTo("said");
      assertThat(quote.speaker()).isEqualTo("Officials");
      assertThat(quote.chain()).extracting(c -> c.name() + "/" + c.role()).containsExactly("Officials/SPEAKER", "Kurdistan 24/PUBLISHER");
      assertThat(quote.hedges()).containsExactly("reportedly");
      assertThat(store.annotations("unknown").quotes()).isEmpty();
    }
  }

  @Test
  void actors_groupByCodeAcrossArticles_andFindByWordsOrKey() {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.raqqa("r2", Reports.RAQQA + " More later."));
      List<ActorSummary> all = store.actors(null, 10);
      assertThat(all).extracting(ActorSummary::key).containsExactlyInAnyOrder("IMGMUSISI", "KURMIL");
      ActorSummary is = store.actor("IMGMUSISI").orElseThrow();
      assertThat(is.documents()).isEqualTo(2);
      assertThat(is.aliases()).containsExactly("Islamic State");
      assertThat(store.actors("kurd", 10)).extracting(ActorSummary::key).containsExactly("KURMIL");
      assertThat(store.actors("100%_", 10)).isEmpty();
      assertThat(store.actor("nobody")).isEmpty();
    }
  }

  @Test
  void places_countEventsPerResolvedPlace_andFindByName() {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.raqqa("r2", Reports.RAQQA + " More later."));
      store.put(Reports.cairo("c1"));
      List<PlaceSummary> all = store.places(null, 10);
      assertThat(all).extracting(p -> p.name() + "=" + p.events()).containsExactly("Ar Raqqah=2", "Cairo=1");
      assertThat(store.places("raqq", 10)).extracting(PlaceSummary::geonameId).containsExactly(163843L);
      assertThat(store.places("nowhere", 10)).isEmpty();
    }
  }

  static String counts(Store store) {
    StringBuilder out = new StringBuilder();
    for (String table : DocumentWriter.TABLES) {
      out.append(out.length() == 0 ? "" : " ").append(table).append('=').append(store.count(table));
    }
    return out.toString();
  }
}
