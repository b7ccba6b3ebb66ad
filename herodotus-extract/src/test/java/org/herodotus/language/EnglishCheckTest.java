package org.herodotus.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.junit.jupiter.api.Test;

class EnglishCheckTest {

  static Document doc(String text) {
    return Document.of(Metadata.of("t"), text);
  }

  @Test
  void apply_englishNews_passesUnchanged() {
    Document doc = doc("Government forces shelled two villages in the south of the province on Tuesday, "
        + "killing at least seven civilians, a monitoring group said. The army said it was responding "
        + "to an attack by rebels who had crossed the front line overnight.");
    assertThat(new EnglishCheck().apply(doc)).isSameAs(doc);
  }

  @Test
  void apply_frenchNews_failsSayingWhy() {
    Document doc = doc("Les forces gouvernementales ont bombardé deux villages dans le sud de la province "
        + "mardi, tuant au moins sept civils, selon un groupe de surveillance. L'armée a affirmé répondre "
        + "à une attaque des rebelles qui avaient franchi la ligne de front pendant la nuit.");
    assertThatThrownBy(() -> new EnglishCheck().apply(doc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not look like English")
        .hasMessageContaining("common English words");
  }

  @Test
  void apply_arabicScript_failsOnLatinShare() {
    String arabic = "قصفت القوات الحكومية قريتين في جنوب المحافظة يوم الثلاثاء مما أسفر عن مقتل سبعة مدنيين ";
    assertThatThrownBy(() -> new EnglishCheck().apply(doc(arabic.repeat(3))))
        .hasMessageContaining("Latin");
  }

  @Test
  void apply_resultsTable_passesThoughItHasFewFunctionWords() {
    Document doc = doc("1. Jesper Lind ( Sweden ) 25.76 points\n2. Andrei Volkov ( Russia ) 24.88\n"
        + "3. Ryan Kowalski ( Canada ) 24.57\n4. Marc Dubois ( France ) 24.40\n5. Erik Hole ( Norway ) 23.92\n"
        + "6. Tom Reyes ( U.S. ) 23.25\n7. Kai Berg ( Germany ) 22.73");
    assertThat(new EnglishCheck().apply(doc)).isSameAs(doc);
  }

  @Test
  void apply_shortText_isNotJudged() {
    Document doc = doc("Dernières nouvelles de Damas");
    assertThat(new EnglishCheck().apply(doc)).isSameAs(doc);
  }
}
