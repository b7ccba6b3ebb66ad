package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Mode;
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
  }
}
