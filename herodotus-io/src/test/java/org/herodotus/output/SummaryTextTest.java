package org.herodotus.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTextTest {

  @Test
  void render_showsMetadataEntitiesPlacesAndDates() {
    String summary = SummaryText.render(DocumentJsonTest.annotated());
    assertThat(summary).contains(
        "== Mosul retaken",
        "published 2017-09-05 | source Wire | by A. Writer | dateline MOSUL",
        "LOCATION: Mosul",
        "places: 2",
        "Mosul -> Mosul (CITY, IQ) 36.335, 43.119",
        "MOSUL -> unresolved",
        "in July -> DATE 2017-07");
    assertThat(summary).doesNotContain("actors:", "events:", "quotes:");
  }

  @Test
  void render_showsActorsAndEventsWhenCoded() {
    String summary = SummaryText.render(DocumentJsonTest.coded());
    assertThat(summary).contains(
        "actors: 1",
        "Iraqi forces [IRQMIL, STATE_ORGAN]",
        "events: 1",
        "Iraqi forces [IRQMIL] -> 190 ASSAULT take -> - | in Mosul | 2017-07 | REPORTED",
        "quotes: 1",
        "INDIRECT -: \"Iraqi forces took Mosul in July\" | via Wire");
  }
}
