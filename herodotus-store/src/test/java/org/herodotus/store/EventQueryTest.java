package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.junit.jupiter.api.BeforeEach;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventQueryTest {

  @TempDir Path dir;
  Store store;

  @BeforeEach
  void fill() {
    store = Store.open(dir);
    store.put(Reports.raqqa("r1"));
    store.put(Reports.cairo("c1"));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  List<String> ids(String actor, String code, String plover, String country, LocalDate from, LocalDate to, Mode mode, int limit) {
    return store.events(new EventQuery(actor, code, plover, country, from, to, mode, limit)).stream()
        .map(e -> e.documentId() + "#" + e.index() + " " + e.code()).toList();
  }

  @Test
  void all_returnsEveryEventWithItsPartsAndDocument() {
    List<StoredEvent> events = store.events(EventQuery.all());
    assertThat(events).hasSize(2);
    StoredEvent attack = events.get(1);
    assertThat(attack.documentId()).isEqualTo("r1");
    assertThat(attack.source().label()).isEqualTo("Islamic State");
    assertThat(attack.target().country()).isEqualTo("SYR");
    assertThat(attack.place().name()).isEqualTo("Ar Raqqah");
    assertThat(attack.place().lat()).isEqualTo(35.95);
    assertThat(attack.killed()).isEqualTo(12.0);
    assertThat(attack.datePrecision()).isEqualTo("day");
    assertThat(attack.evidenceText()).isEqualTo(Reports.RAQQA.substring(0, Reports.RAQQA.indexOf('.') + 1));
    assertThat(attack.evidenceText().substring(attack.trigger().start(), attack.trigger().end())).isEqualTo("attacked");
    assertThat(attack.document().source()).isEqualTo("Kurdistan 24");
    assertThat(events.get(0).dateStart()).isEqualTo(LocalDate.of(2017, 8, 1));
    assertThat(events.get(0).dateEnd()).isEqualTo(LocalDate.of(2017, 8, 31));
  }

  @Test
  void eachFilter_selectsItsEvents() {
    assertThat(ids("islamic state", null, null, null, null, null, null, 10)).containsExactly("r1#0 190");
    assertThat(ids("EGYEDU", null, null, null, null, null, null, 10)).containsExactly("c1#0 141");
    assertThat(ids(null, "19", null, null, null, null, null, 10)).containsExactly("r1#0 190");
    assertThat(ids(null, "14", null, null, null, null, null, 10)).containsExactly("c1#0 141");
    assertThat(ids(null, null, "protest", null, null, null, null, 10)).containsExactly("c1#0 141");
    assertThat(ids(null, null, null, "SY", null, null, null, 10)).containsExactly("r1#0 190");
    assertThat(ids(null, null, null, "egy", null, null, null, 10)).containsExactly("c1#0 141");
    assertThat(ids(null, null, null, null, LocalDate.of(2017, 8, 15), null, null, 10)).containsExactly("c1#0 141");
    assertThat(ids(null, null, null, null, null, LocalDate.of(2017, 7, 31), null, 10)).containsExactly("r1#0 190");
    assertThat(ids(null, null, null, null, LocalDate.of(2017, 7, 3), LocalDate.of(2017, 8, 1), null, 10)).hasSize(2);
    assertThat(ids(null, null, null, null, null, null, Mode.PLANNED, 10)).containsExactly("c1#0 141");
    assertThat(ids(null, null, null, null, null, null, null, 1)).containsExactly("c1#0 141");
    assertThat(ids("students", "19", null, null, null, null, null, 10)).isEmpty();
  }

  @Test
  void page_isSortedAndSkippedByTheStore_inEitherReadPath_andCountIgnoresTheLimit() {
    store.put(org.herodotus.testing.Wires.idlib("i1")); // i1#0 2017-09-03, i1#1 2017-08; r1#0 2017-07-03; c1#0 2017-08
    EventQuery few = EventQuery.all().withLimit(2);
    EventQuery many = EventQuery.all().withLimit(EventReader.FEW + 1);
    for (EventQuery q : List.of(few, many)) {
      assertThat(page(q, EventOrder.DOCUMENT, 0)).startsWith("c1#0", "i1#0");
      assertThat(page(q, EventOrder.DATE, 0)).startsWith("r1#0", "c1#0");
      assertThat(page(q, EventOrder.DATE, 2)).startsWith("i1#1", "i1#0");
      assertThat(page(q, EventOrder.DATE_DESCENDING, 0)).startsWith("i1#0", "c1#0");
      assertThat(page(q, EventOrder.DATE_DESCENDING, 3)).containsExactly("r1#0");
      assertThat(page(q, EventOrder.DATE, 4)).isEmpty();
    }
    assertThat(page(few, EventOrder.DATE, 1)).containsExactly("c1#0", "i1#1");
    assertThat(store.events(few, EventOrder.DATE, 0).get(0).document().source()).isEqualTo("Kurdistan 24");
    assertThat(store.countEvents(few)).isEqualTo(4);
    assertThat(store.countEvents(new EventQuery(null, null, "ASSAULT", null, null, null, null, 1))).isEqualTo(1);
    assertThat(store.countEvents(few.withOutlet("no such outlet"))).isZero();
    assertThatThrownBy(() -> store.events(few, EventOrder.DATE, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void within_namedEvents_onlyThoseOfTheirDocuments_evenWithHashesInIds() {
    store.put(org.herodotus.testing.Wires.idlib("a#1"));
    store.put(org.herodotus.testing.Wires.idlib("a"));
    EventQuery named = EventQuery.all().within(new EventQuery.Within(java.util.Set.of("c1"),
        java.util.Set.of("a#1#0", "a#1", "r1#5")));
    assertThat(page(named, EventOrder.DOCUMENT, 0)).containsExactly("a#1", "a#1#0", "c1#0");
    assertThat(store.countEvents(named)).isEqualTo(3);
    assertThat(store.events(named, EventOrder.DOCUMENT, 0)).allSatisfy(e -> assertThat(e.document()).isNotNull());
  }

  @Test
  void byCodePoint_ordersAsTheDatabaseDoes_notAsUtf16() {
    String emoji = "\uD83D\uDE00"; // U+1F600: after U+FFFD by code point, before it in UTF-16
    assertThat("\uFFFD".compareTo(emoji)).isPositive();
    assertThat(EventReader.byCodePoint("\uFFFD", emoji)).isNegative();
    assertThat(EventReader.byCodePoint("a", "ab")).isNegative();
    assertThat(EventReader.byCodePoint("ab", "ab")).isZero();
    store.put(org.herodotus.testing.Wires.idlib("x\uFFFD"));
    store.put(org.herodotus.testing.Wires.idlib("x" + emoji));
    assertThat(store.events(EventQuery.all().withLimit(10), EventOrder.DOCUMENT, 0))
        .allSatisfy(e -> assertThat(e.document()).as(e.documentId()).isNotNull())
        .extracting(StoredEvent::documentId).endsWith("x\uFFFD", "x" + emoji, "x" + emoji);
  }

  private List<String> page(EventQuery query, EventOrder order, int offset) {
    return store.events(query, order, offset).stream().map(e -> e.documentId() + "#" + e.index()).toList();
  }

  List<String> ids(EventQuery query) {
    return store.events(query).stream().map(e -> e.documentId() + "#" + e.index() + " " + e.code()).toList();
  }

  @Test
  void place_matchesTheArticlesWordsOrTheGazetteerName_caseInsensitively() {
    EventQuery all = new EventQuery(null, null, null, null, null, null, null, 10);
    assertThat(ids(all.withPlace("raqqa"))).containsExactly("r1#0 190"); // "Raqqa" in the text, "Ar Raqqah" in GeoNames
    assertThat(ids(all.withPlace("AR RAQ"))).containsExactly("r1#0 190"); // only the GeoNames name has it
    assertThat(ids(all.withPlace("cair"))).containsExactly("c1#0 141");
    assertThat(ids(all.withPlace("Idlib"))).isEmpty();
    assertThat(ids(all.withPlace("%"))).isEmpty();
  }

  @Test
  void place_aCountrysName_findsEveryPlaceInIt() {
    EventQuery all = new EventQuery(null, null, null, null, null, null, null, 10);
    assertThat(ids(all.withPlace("Syria"))).containsExactly("r1#0 190"); // Raqqa lies in Syria; the text never says "Syria"
    assertThat(ids(all.withPlace("egypt"))).containsExactly("c1#0 141");
    assertThat(ids(all.withPlace("Britain"))).isEmpty();
  }

  @Test
  void place_matchesOriginAndDestinationToo() {
    Document cairo = Reports.cairo("d1");
    Event march = cairo.events().get(0);
    Place idlib = new Place(march.place().span(), "Idlib Province", 169388L, "Idlib", "ADM1", "SY", "Idlib", 35.8, 36.6,
        Precision.ADMIN1);
    store.put(cairo.withEvents(List.of(new Event(march.code(), march.plover(), march.action(), march.source(), null,
        null, march.place(), idlib, march.date(), march.dateSpan(), List.of(), march.mode(), march.trigger(),
        march.evidence(), march.confidence(), null))));
    EventQuery all = new EventQuery(null, null, null, null, null, null, null, 10);
    assertThat(ids(all.withPlace("idlib"))).containsExactly("d1#0 141"); // the destination's text and name
    assertThat(ids(all.withPlace("province"))).containsExactly("d1#0 141");
    assertThat(ids(all.withPlace("Cairo"))).containsExactly("c1#0 141", "d1#0 141"); // c1's place, d1's origin
  }

  @Test
  void outlet_matchesTheDocumentsSource_inEveryReadPath() {
    EventQuery few = new EventQuery(null, null, null, null, null, null, null, 10);
    assertThat(ids(few.withOutlet("kurdistan"))).containsExactly("r1#0 190");
    assertThat(ids(few.withOutlet("KURDISTAN 24"))).containsExactly("r1#0 190");
    assertThat(ids(few.withOutlet("Reuters"))).isEmpty();
    assertThat(ids(few.withOutlet("_"))).isEmpty();
    EventQuery many = EventQuery.all(); // above EventReader.FEW: read joined to the documents
    assertThat(ids(many.withOutlet("kurdistan"))).containsExactly("r1#0 190");
    assertThat(ids(many.withPlace("cairo"))).containsExactly("c1#0 141");
    assertThat(store.clusters(many.withOutlet("kurdistan"))).singleElement()
        .satisfies(c -> assertThat(c.documents()).containsExactly("r1"));
    assertThat(store.clusters(many.withPlace("cairo").withOutlet("kurdistan"))).isEmpty();
    assertThat(ids(few.withPlace("raqqa").withOutlet("kurdistan").withBbox(new EventQuery.BoundingBox(35.5, 32.3, 42.4, 37.3))))
        .containsExactly("r1#0 190");
  }

  @Test
  void injectionLookingValues_areJustValues() {
    assertThat(ids("' OR 1=1 --", null, null, null, null, null, null, 10)).isEmpty();
    assertThat(ids("%", null, null, null, null, null, null, 10)).isEmpty();
    assertThat(ids("_", null, null, null, null, null, null, 10)).isEmpty();
    assertThat(ids("x'); DROP TABLE events; --", null, null, null, null, null, null, 10)).isEmpty();
    assertThat(store.count("events")).isEqualTo(2);
  }

  @Test
  void malformedFilters_areRejectedWithTheValue() {
    assertThatThrownBy(() -> new EventQuery(null, "19; DROP", null, null, null, null, null, 10)).hasMessageContaining("'19; DROP'");
    assertThatThrownBy(() -> new EventQuery(null, null, "ASSAULT'--", null, null, null, null, 10)).hasMessageContaining("PLOVER");
    assertThatThrownBy(() -> new EventQuery(null, null, null, "ZZZ", null, null, null, 10)).hasMessageContaining("'ZZZ'");
    assertThatThrownBy(() -> new EventQuery(null, null, null, null, LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1), null, 10))
        .hasMessageContaining("after");
    assertThatThrownBy(() -> new EventQuery(null, null, null, null, null, null, null, 0)).hasMessageContaining("--limit");
    assertThatThrownBy(() -> new EventQuery(" ", null, null, null, null, null, null, 10)).hasMessageContaining("--actor");
    assertThatThrownBy(() -> store.count("events; DROP TABLE events")).isInstanceOf(IllegalArgumentException.class);
    EventQuery all = EventQuery.all();
    assertThatThrownBy(() -> all.withPlace(" ")).hasMessageContaining("--place must not be blank");
    assertThatThrownBy(() -> all.withOutlet("")).hasMessageContaining("--outlet must not be blank");
    assertThatThrownBy(() -> all.withPlace("x".repeat(EventQuery.MAX_TEXT + 1))).hasMessageContaining("--place must be at most 200");
    assertThat(all.withPlace("x".repeat(EventQuery.MAX_TEXT)).place()).hasSize(EventQuery.MAX_TEXT);
  }
}
