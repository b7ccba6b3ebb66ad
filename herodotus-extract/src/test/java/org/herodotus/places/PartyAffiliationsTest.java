package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.places.Fixtures.article;

import org.herodotus.model.Document;
import org.junit.jupiter.api.Test;

/** Places in politicians' party affiliations and state initials standing alone, on articles written for the test. */
class PartyAffiliationsTest {

  static final Places PLACES = new Places(Fixtures.GAZETTEER);

  @Test
  void stateOrTownOfAnAffiliation_afterAPersonsName_isAPlace() {
    Document doc = article("The bill passed, said Rep. Ann Lee, D-N.Y. and Sen. Bo Park, R-Marion, agreed.",
        "Ann Lee/PERSON", "Bo Park/PERSON");
    assertThat(Fixtures.render(PLACES.apply(doc))).containsExactly("N.Y. → New York ADMIN1 US", "Marion → Marion CITY US");
  }

  @Test
  void partyLetterNotAfterAPerson_isNoAffiliation() {
    assertThat(PLACES.apply(article("Grade D-Henry was given.")).places()).isEmpty();
  }

  @Test
  void stateInitialsStandingAlone_areTheState_butNotAfterANumberOrBeforeAName() {
    assertThat(Fixtures.render(PLACES.apply(article("In N.Y., snow fell."))))
        .containsExactly("N.Y. → New York ADMIN1 US");
    assertThat(PLACES.apply(article("It was built in 300 N.Y. and N.Y. Smith saw it.")).places()).isEmpty();
  }
}
