package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.places.Fixtures.article;

import org.herodotus.model.Document;
import org.junit.jupiter.api.Test;

/** Towns modifying a noun, on articles written for the test. */
class NounModifiersTest {

  static final Places PLACES = new Places(Fixtures.GAZETTEER);

  @Test
  void townBeforePoliceOrMan_isAPlace_untaggedOrTaggedAsAPerson() {
    Document doc = article("Marion police made an arrest. A Marion man was charged on Monday.", "Marion/PERSON");
    assertThat(Fixtures.render(PLACES.apply(doc))).containsExactly("Marion → Marion CITY US", "Marion → Marion CITY US");
  }

  @Test
  void surnameOfAPersonNamedInFull_isNoPlace() {
    Document doc = article("Mayor Tom Marion spoke. Marion officials disagreed.", "Tom Marion/PERSON", "Marion/PERSON");
    assertThat(PLACES.apply(doc).places()).isEmpty();
  }

  @Test
  void wordAlsoInLowerCase_orNounASurnameModifies_isNoPlace() {
    assertThat(PLACES.apply(article("They lost hope. Hope residents voted.")).places()).isEmpty();
    assertThat(PLACES.apply(article("The Douglas family moved away.")).places()).isEmpty();
    assertThat(Fixtures.render(PLACES.apply(article("The Douglas residents voted."))))
        .containsExactly("Douglas → Douglas CITY US");
  }

  @Test
  void nameThatIsNoTown_isNoPlace() {
    assertThat(PLACES.apply(article("Bruton students marched.")).places()).isEmpty();
  }
}
