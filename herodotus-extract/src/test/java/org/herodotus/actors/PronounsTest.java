package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.actors.Articles.doc;
import static org.herodotus.actors.Articles.render;

import java.util.Map;
import org.herodotus.model.Document;
import org.junit.jupiter.api.Test;

/** "it", "its", "they", "their" pointing back to states, organisations and groups. */
class PronounsTest {

  private static final Actors ACTORS = new Actors();
  private static final Map<String, String> VERBS = Map.of("would", "MD", "will", "MD", "is", "VBZ", "was", "VBD",
      "retook", "VBD", "left", "VBD", "voted", "VBD", "Iraqi", "JJ");

  @Test
  void apply_itAfterReportingVerb_isTheSubjectState() {
    Document out = ACTORS.apply(doc("France said it would send troops.", VERBS));
    assertThat(render(out)).first().isEqualTo("FRA STATE France [France, it]");
  }

  @Test
  void apply_itWithAnotherOrganisationBetween_isStillTheSubject() {
    String text = "Turkey complained to the United Nations about raids in which it said 20 people died.";
    Document out = ACTORS.apply(doc(text, VERBS));
    assertThat(render(out)).contains("TUR STATE Turkey [Turkey, it]",
        "IGOUNO INTERNATIONAL_ORGANIZATION United Nations [United Nations]");
  }

  @Test
  void apply_itRightAfterAnotherSpeaker_isThatSpeaker() {
    String text = "France rejected claims by Iraq, and Turkey said it had evidence.";
    Document out = ACTORS.apply(doc(text, Map.of("said", "VBD", "had", "VBD")));
    assertThat(render(out)).contains("FRA STATE France [France]", "TUR STATE Turkey [Turkey, it]");
  }

  @Test
  void apply_itsPossessive_isTheState() {
    Document out = ACTORS.apply(doc("Iraq will reopen its borders.", VERBS));
    assertThat(render(out)).containsExactly("IRQ STATE Iraq [Iraq, its]");
  }

  @Test
  void apply_theyInTheNextSentence_isThePluralSubjectBefore() {
    Document out = ACTORS.apply(doc("Iraqi forces retook the town. They left on Monday.", VERBS));
    assertThat(render(out)).containsExactly("IRQMIL STATE_ORGAN Iraqi forces [Iraqi forces, They]");
  }

  @Test
  void apply_theyAfterCoordinatedStates_staysUnresolved() {
    Document out = ACTORS.apply(doc("France and Turkey said they would help.", VERBS));
    assertThat(render(out)).containsExactly("FRA STATE France [France]", "TUR STATE Turkey [Turkey]");
  }

  @Test
  void apply_expletiveIt_pointsNowhere() {
    Document out = ACTORS.apply(doc("France voted. It is likely that Turkey will object.", VERBS));
    assertThat(render(out)).containsExactly("FRA STATE France [France]", "TUR STATE Turkey [Turkey]");
  }

  @Test
  void apply_itAsObject_pointsNowhere() {
    Document out = ACTORS.apply(doc("France condemned it on Monday.", VERBS));
    assertThat(render(out)).containsExactly("FRA STATE France [France]");
  }

  @Test
  void apply_itAfterAPersonSubject_pointsNowhere() {
    Document out = ACTORS.apply(doc("Turkey voted. Obama said it was a mistake.", VERBS));
    assertThat(render(out)).doesNotContain("TUR STATE Turkey [Turkey, it]");
  }
}
