package org.herodotus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.herodotus.model.ActorType;
import org.herodotus.model.Mode;
import org.herodotus.model.Span;
import org.herodotus.store.EventActor;
import org.herodotus.store.StoredEvent;
import org.junit.jupiter.api.Test;

class AcledTest {

  static StoredEvent event(String code, ActorType sourceType) {
    EventActor source = new EventActor(new Span(0, 4), "Army", "a1", "SYRMIL", "Army", sourceType, "SYR");
    return new StoredEvent("d", 0, code, null, "act", Mode.ASSERTED, 0.8, "2017-07-03", "day", LocalDate.of(2017, 7, 3),
        LocalDate.of(2017, 7, 3), new Span(5, 8), new Span(0, 10), "Army act x", source, null, null, null, null, null, null,
        new StoredEvent.DocumentInfo(null, null, null, null));
  }

  static String type(String code) {
    Acled.Type t = Acled.of(event(code, ActorType.ARMED_GROUP));
    return t == null ? null : t.eventType() + " / " + t.subEventType();
  }

  @Test
  void cameoCodes_mapToAcledTypes() {
    assertThat(type("190")).isEqualTo("Battles / Armed clash");
    assertThat(type("193")).isEqualTo("Battles / Armed clash");
    assertThat(type("1831")).isEqualTo("Explosions/Remote violence / Suicide bomb");
    assertThat(type("183")).isEqualTo("Explosions/Remote violence / Remote explosive/landmine/IED");
    assertThat(type("194")).isEqualTo("Explosions/Remote violence / Shelling/artillery/missile attack");
    assertThat(type("1952")).isEqualTo("Explosions/Remote violence / Air/drone strike");
    assertThat(type("181")).isEqualTo("Violence against civilians / Abduction/forced disappearance");
    assertThat(type("1821")).isEqualTo("Violence against civilians / Sexual violence");
    assertThat(type("186")).isEqualTo("Violence against civilians / Attack");
    assertThat(type("141")).isEqualTo("Protests / Peaceful protest");
    assertThat(type("1452")).isEqualTo("Riots / Violent demonstration");
    assertThat(type("173")).isEqualTo("Strategic developments / Arrests");
    assertThat(type("057")).isEqualTo("Strategic developments / Agreement");
    assertThat(type("192")).isEqualTo("Battles / Non-state actor overtakes territory");
    assertThat(Acled.of(event("192", ActorType.STATE_ORGAN)).subEventType()).isEqualTo("Government regains territory");
  }

  @Test
  void statementsAndMovements_areNoAcledEvents() {
    assertThat(type("010")).isNull();
    assertThat(type("112")).isNull();
    assertThat(type(null)).isNull();
  }

  @Test
  void csvFields_quoteCommasQuotesAndBreaks() {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field(12.0)).isEqualTo("12");
    assertThat(Csv.field(35.95)).isEqualTo("35.95");
    assertThat(Csv.field(null)).isEmpty();
  }
}
