package org.herodotus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class DatelinesTest {

  static Document withDateline(String text, int end) {
    Metadata meta = new Metadata("d", null, null, List.of(), null, null, new Dateline(new Span(0, end), "GENEVA", "Reuters"), null);
    return Document.of(meta, text);
  }

  @Test
  void endAsSentence_replacesTheClosingDashKeepingLength() {
    String text = "GENEVA (Reuters) - A convoy reached the town.";
    assertThat(Datelines.endAsSentence(withDateline(text, 19))).isEqualTo("GENEVA (Reuters) . A convoy reached the town.");
  }

  @Test
  void endAsSentence_enDashAndColon() {
    assertThat(Datelines.endAsSentence(withDateline("ERBIL (K24) \u2013 Fighters fled.", 13))).isEqualTo("ERBIL (K24) . Fighters fled.");
    assertThat(Datelines.endAsSentence(withDateline("BEIRUT: Talks ended.", 7))).isEqualTo("BEIRUT. Talks ended.");
  }

  @Test
  void endAsSentence_withoutDateline_isTheText() {
    Document doc = Document.of(Metadata.of("d"), "GENEVA - talks.");
    assertThat(Datelines.endAsSentence(doc)).isSameAs(doc.text());
  }

  @Test
  void endAsSentence_datelineWithoutDash_isUnchanged() {
    String text = "GENEVA (Reuters) A convoy reached the town.";
    assertThat(Datelines.endAsSentence(withDateline(text, 16))).isSameAs(text);
  }
}
