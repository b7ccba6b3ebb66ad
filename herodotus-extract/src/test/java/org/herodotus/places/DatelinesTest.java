package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.places.Fixtures.article;

import org.herodotus.model.Document;
import org.junit.jupiter.api.Test;

/** Datelines after a title, on articles written for the test. */
class DatelinesTest {

  static final Places PLACES = new Places(Fixtures.GAZETTEER);

  @Test
  void datelineAfterTheTitle_isAPlace_evenTaggedAsAnOrganization() {
    Document doc = article("Couple faces drug counts. MARION — A couple was charged on Monday.", "MARION/ORGANIZATION");
    assertThat(Fixtures.render(PLACES.apply(doc))).containsExactly("MARION → Marion CITY US");
  }

  @Test
  void datelineWithTwoHyphens_andItsState() {
    Document doc = article("Storm hits town. MARION, Ohio -- Winds tore roofs off.");
    assertThat(Fixtures.render(PLACES.apply(doc))).containsExactly("MARION → Marion CITY US", "Ohio → Ohio ADMIN1 US");
  }

  @Test
  void wordsInCapitals_thatAreNoPlace_orNotBeforeADash_areNoDateline() {
    assertThat(PLACES.apply(article("Talks end. UPDATE — The council met. HOPE remains.")).places()).isEmpty();
    assertThat(PLACES.apply(article("Vote delayed. MARION said no. JOHNSON — The mayor spoke.")).places()).isEmpty();
  }

  @Test
  void inCapitals_lettersInCapitalsWithDotsAndApostrophes() {
    assertThat(Datelines.inCapitals("O'FALLON")).isTrue();
    assertThat(Datelines.inCapitals("CO.")).isTrue();
    assertThat(Datelines.inCapitals("Marion")).isFalse();
    assertThat(Datelines.inCapitals("A")).isFalse();
  }
}
