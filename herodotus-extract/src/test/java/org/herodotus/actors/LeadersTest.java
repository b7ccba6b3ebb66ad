package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.actors.Articles.at;
import static org.herodotus.actors.Articles.doc;
import static org.herodotus.actors.Articles.published;
import static org.herodotus.actors.Articles.render;
import static org.herodotus.model.EntityType.MISC;
import static org.herodotus.model.EntityType.PERSON;

import java.util.Map;
import org.herodotus.model.Document;
import org.junit.jupiter.api.Test;

/** Known people ({@code people.tsv}) through the whole stage, on short articles. */
class LeadersTest {

  private static final Actors ACTORS = new Actors();

  @Test
  void apply_leadersInOffice_areTheirStatesGovernments() {
    Document out = ACTORS.apply(published(doc("Obama wants Putin to attack Switzerland.", Map.of("wants", "VBZ")), "2015-06-09"));
    assertThat(render(out)).containsExactly("USAGOV PERSON Barack Obama [Obama]", "RUSGOV PERSON Vladimir Putin [Putin]");
    assertThat(out.actors().get(0).country()).isEqualTo("USA");
  }

  @Test
  void apply_fullNameThenSurname_isOneActor() {
    String text = "Barack Obama arrived in Hanoi. Mr. Obama said he was hopeful.";
    Document out = ACTORS.apply(published(doc(text, Map.of("arrived", "VBD", "was", "VBD", "hopeful", "JJ")), "2016-05-23"));
    assertThat(render(out)).containsExactly("USAGOV PERSON Barack Obama [Barack Obama, Obama, he]");
  }

  @Test
  void apply_leaderOutOfOffice_isAnEliteOfTheState() {
    Document out = ACTORS.apply(published(doc("Barack Obama criticised the plan.", Map.of("criticised", "VBD")), "2019-03-01"));
    assertThat(render(out)).containsExactly("USAELI PERSON Barack Obama [Barack Obama]");
  }

  @Test
  void apply_formerBeforeTitle_isAnEliteWhateverTheDate() {
    Document out = ACTORS.apply(published(doc("Former President Bill Clinton visited Haiti."), "1999-01-01"));
    assertThat(render(out)).containsExactly("USAELI PERSON Bill Clinton [Former President Bill Clinton]");
  }

  @Test
  void apply_noPublicationDate_takesTheLatestTerm() {
    Document out = ACTORS.apply(doc("Barack Obama fired batteries at Russia.", Map.of("fired", "VBD")));
    assertThat(render(out)).contains("USAGOV PERSON Barack Obama [Barack Obama]");
  }

  @Test
  void apply_sharedSurnameAfterTitle_isTheOneInOfficeOnTheDate() {
    String text = "President Bush visited Baghdad.";
    assertThat(render(ACTORS.apply(published(doc(text), "2003-12-01")))).containsExactly("USAGOV PERSON George W. Bush [President Bush]");
    assertThat(render(ACTORS.apply(published(doc(text), "1991-03-01"))))
        .containsExactly("USAGOV PERSON George H. W. Bush [President Bush]");
  }

  @Test
  void apply_titleSaysInOffice_evenWhenTheDateIsLater() {
    Document out = ACTORS.apply(published(doc("President Museveni has banned opposition rallies."), "2030-01-01"));
    assertThat(render(out)).first().isEqualTo("UGAGOV PERSON Yoweri Museveni [President Museveni]");
  }

  @Test
  void apply_sharedSurnameAlone_isNoKnownPerson() {
    String text = "Kim said the talks had failed.";
    Document out = ACTORS.apply(published(doc(text, at(text, "Kim", PERSON)), "2019-02-28"));
    assertThat(render(out)).containsExactly("null PERSON Kim [Kim]");
  }

  @Test
  void apply_variantInsideLongerTaggedName_isNotTheLeader() {
    String text = "Ivanka Trump said the talks had failed.";
    Document out = ACTORS.apply(published(doc(text, at(text, "Ivanka Trump", PERSON)), "2019-02-28"));
    assertThat(render(out)).containsExactly("null PERSON Ivanka Trump [Ivanka Trump]");
  }

  @Test
  void apply_headOfInternationalOrganisation_hasTheOrganisationsCode() {
    String text = "UN Secretary-General Ban Ki-moon urged restraint.";
    Document out = ACTORS.apply(published(doc(text, Map.of("urged", "VBD")), "2010-04-01"));
    assertThat(render(out)).contains("IGOUNO PERSON Ban Ki-moon [UN Secretary-General Ban Ki-moon]")
        .noneMatch(actor -> actor.contains("IGOUNOGOV"));
  }

  @Test
  void apply_titleWithState_choosesTheTermOfThatState() {
    String text = "Palestinian Prime Minister Ismail Haniyeh refused.";
    Document out = ACTORS.apply(published(doc(text, Map.of("Palestinian", "JJ", "refused", "VBD"), at(text, "Palestinian", MISC)), "2020-01-01"));
    assertThat(render(out)).containsExactly("PSEGOV PERSON Ismail Haniyeh [Palestinian Prime Minister Ismail Haniyeh]");
  }
}
