package org.herodotus.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventScoresTest {

  static GoldSet gold() throws Exception {
    ObjectMapper json = new ObjectMapper();
    return new GoldSet(List.of(
        json.readTree("""
            {"id": "p1", "subset": "plover_gsr", "text": "Iraqi forces attacked IS.", "no_event": false,
             "gold": {"cameo_codes": true, "cameo_triples": true, "plover": true},
             "events": [{"source": "IRQMIL", "target": "IMGMUSISI", "code": "190", "plover": "ASSAULT"}]}"""),
        json.readTree("""
            {"id": "v1", "subset": "petr2_gsr_validation", "text": "A pause in the bombing.", "no_event": true,
             "gold": {"cameo_codes": false, "cameo_triples": false, "plover": false}, "events": []}""")));
  }

  @Test
  void score_setsPerRecord_countryPrefixes_andNoEventPredictionsAreFalsePositives() throws Exception {
    Map<String, List<EventScores.Coded>> predicted = Map.of(
        "p1", List.of(new EventScores.Coded("193", null, "IRQ", "IMG"), new EventScores.Coded("193", null, "IRQ", "IMG")),
        "v1", List.of(new EventScores.Coded("183", "ASSAULT", null, null)));
    EventScores scores = EventScores.score(gold(), predicted, code -> code.startsWith("19") ? "ASSAULT" : null);
    assertThat(scores.counts().get("plover_gsr").get("code")).isEqualTo(new Prf(0, 1, 1));
    assertThat(scores.counts().get("plover_gsr").get("root")).isEqualTo(new Prf(1, 1, 1));
    assertThat(scores.counts().get("plover_gsr").get("plover")).isEqualTo(new Prf(1, 1, 1));
    assertThat(scores.counts().get("plover_gsr").get("triple_country")).isEqualTo(new Prf(1, 1, 1));
    assertThat(scores.counts().get("petr2_gsr_validation").get("root")).isEqualTo(new Prf(0, 1, 0));
    assertThat(scores.lines()).containsExactly(
        "headline: code P 0.00 R 0.00 F1 0.000; root P 0.50 R 1.00 F1 0.667; plover P 1.00 R 1.00 F1 1.000; triple_country P 0.50 R 1.00 F1 0.667",
        "petr2_gsr_validation: code P 0.00 R 0.00 F1 0.000; root P 0.00 R 0.00 F1 0.000; plover P 0.00 R 0.00 F1 0.000; triple_country P 0.00 R 0.00 F1 0.000",
        "plover_gsr: code P 0.00 R 0.00 F1 0.000; root P 1.00 R 1.00 F1 1.000; plover P 1.00 R 1.00 F1 1.000; triple_country P 1.00 R 1.00 F1 1.000",
        "events: root F1 0.667, code F1 0.000, plover F1 1.000, triple_country(root) F1 0.667");
  }
}
