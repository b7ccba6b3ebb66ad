package org.herodotus.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.entities.Texts.at;
import static org.herodotus.entities.Texts.doc;
import static org.herodotus.entities.Texts.render;
import static org.herodotus.model.EntityType.LOCATION;
import static org.herodotus.model.EntityType.MISC;
import static org.herodotus.model.EntityType.NUMBER;
import static org.herodotus.model.EntityType.ORGANIZATION;
import static org.herodotus.model.EntityType.PERSON;

import java.util.Map;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Mention;
import org.junit.jupiter.api.Test;

class EntitiesTest {

  private static final Entities ENTITIES = new Entities();

  @Test
  void apply_pronounTaggedAsPerson_isDropped() {
    String text = "Laerke said he had seen the trucks in Aleppo.";
    Document doc = doc(text, at(text, "Aleppo", LOCATION), at(text, "he", PERSON), at(text, "Laerke", PERSON));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Laerke/PERSON", "Aleppo/LOCATION");
  }

  @Test
  void apply_addsEntitiesLayer_andDeclaresWhatItReads() {
    Document out = ENTITIES.apply(doc("Shelling resumed."));
    assertThat(out.has(Layer.ENTITIES)).isTrue();
    assertThat(ENTITIES.requires()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.ENTITY_CANDIDATES);
  }

  @Test
  void apply_demonymTaggedMisc_becomesNationalityWithCountryCode() {
    String text = "Syrian troops shelled the village.";
    Document out = ENTITIES.apply(doc(text, Map.of("Syrian", "JJ"), at(text, "Syrian", MISC)));
    assertThat(render(out)).containsExactly("Syrian/NATIONALITY:SYR");
    assertThat(out.entities().get(0).subtype()).isEqualTo("NATIONAL");
  }

  @Test
  void apply_untaggedDemonym_isAdded() {
    String text = "Iraqi and Turkish officials met in Erbil.";
    Document out = ENTITIES.apply(doc(text, Map.of("Iraqi", "JJ", "Turkish", "JJ"), at(text, "Erbil", LOCATION)));
    assertThat(render(out)).containsExactly("Iraqi/NATIONALITY:IRQ", "Turkish/NATIONALITY:TUR", "Erbil/LOCATION");
  }

  @Test
  void apply_ethnicAndReligiousGroups_haveSubtypeAndNoCountry() {
    String text = "Kurds and Shi’ite militias clashed with Sunni tribes.";
    Document out = ENTITIES.apply(doc(text, Map.of("Kurds", "NNPS", "Shi’ite", "JJ", "Sunni", "JJ")));
    assertThat(render(out)).containsExactly("Kurds/NATIONALITY", "Shi’ite/NATIONALITY", "Sunni/NATIONALITY");
    assertThat(out.entities()).extracting(Mention::subtype).containsExactly("ETHNIC", "RELIGION", "RELIGION");
  }

  @Test
  void apply_demonymOfSeveralWords_isOneMention() {
    String text = "South Sudanese refugees crossed the border.";
    Document out = ENTITIES.apply(doc(text, Map.of("Sudanese", "JJ")));
    assertThat(render(out)).containsExactly("South Sudanese/NATIONALITY:SSD");
  }

  @Test
  void apply_demonymInsideTaggedName_isNotSplitOut() {
    String text = "The Syrian Democratic Forces advanced on Raqqa.";
    Document out = ENTITIES.apply(doc(text, at(text, "Syrian Democratic Forces", ORGANIZATION), at(text, "Raqqa", LOCATION)));
    assertThat(render(out)).containsExactly("Syrian Democratic Forces/ORGANIZATION", "Raqqa/LOCATION");
  }

  @Test
  void apply_demonymBeforeUntaggedProperNoun_isPartOfThatName() {
    String text = "Fuel prices rose in Iraqi Kurdistan.";
    assertThat(render(ENTITIES.apply(doc(text)))).isEmpty();
  }

  @Test
  void apply_demonymInHyphenCompound_isLeftUntagged() {
    String text = "The Kurdish-led alliance held the dam.";
    assertThat(render(ENTITIES.apply(doc(text, Map.of("Kurdish", "JJ"))))).isEmpty();
  }

  @Test
  void apply_nameTypedDifferently_takesMajorityType() {
    String text = "Troops left Manbij. Manbij was calm. Residents of Manbij returned.";
    Document doc = doc(text, at(text, "Manbij", 0, LOCATION), at(text, "Manbij", 1, PERSON), at(text, "Manbij", 2, LOCATION));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Manbij/LOCATION", "Manbij/LOCATION", "Manbij/LOCATION");
  }

  @Test
  void apply_nameTypedDifferentlyAsOftenEachWay_isLeftAsTagged() {
    String text = "Troops left Tabqa. Tabqa was calm.";
    Document doc = doc(text, at(text, "Tabqa", 0, LOCATION), at(text, "Tabqa", 1, ORGANIZATION));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Tabqa/LOCATION", "Tabqa/ORGANIZATION");
  }

  @Test
  void apply_nameTaggedOnce_isTaggedWhereItStandsUntagged() {
    String text = "The Free Syrian Army took the hill. Later the Free Syrian Army withdrew.";
    Document doc = doc(text, at(text, "Free Syrian Army", 0, ORGANIZATION));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Free Syrian Army/ORGANIZATION", "Free Syrian Army/ORGANIZATION");
  }

  @Test
  void apply_surnameOfTaggedPerson_isPersonLater() {
    String text = "Colonel Samir Haddad spoke on Monday. Reporters asked Haddad about the convoy.";
    Document doc = doc(text, at(text, "Samir Haddad", PERSON));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Samir Haddad/PERSON", "Haddad/PERSON");
  }

  @Test
  void apply_taggedNameInsideLongerUntaggedName_isNotTagged() {
    String text = "Samir Haddad lives near Haddad Street.";
    Document doc = doc(text, at(text, "Samir Haddad", PERSON));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Samir Haddad/PERSON");
  }

  @Test
  void apply_oneWordNameAtSentenceStartNotProperNoun_isNotTagged() {
    String text = "Supply lines were cut near Hama. Hama said nothing. Supply trucks waited.";
    Document doc = doc(text, Map.of("Supply", "NN"), at(text, "Hama", 0, LOCATION), at(text, "Supply", 0, ORGANIZATION));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Supply/ORGANIZATION", "Hama/LOCATION", "Hama/LOCATION");
  }

  @Test
  void apply_acronymDefinedAfterName_takesItsTypeThereAndLater() {
    String text = "Fighters of the Syrian Democratic Forces (SDF) entered the town. The SDF said it is holding it.";
    Document doc = doc(text, Map.of("is", "VBZ"), at(text, "Syrian Democratic Forces", ORGANIZATION));
    assertThat(render(ENTITIES.apply(doc)))
        .containsExactly("Syrian Democratic Forces/ORGANIZATION", "SDF/ORGANIZATION", "SDF/ORGANIZATION");
  }

  @Test
  void apply_acronymIs_onlyUpperCaseAfterDefinition() {
    String text = "IS claimed it. Islamic State (IS) is losing ground, and IS fighters fled.";
    Document doc = doc(text, Map.of("IS", "PRP"), at(text, "Islamic State", ORGANIZATION));
    assertThat(render(ENTITIES.apply(doc)))
        .containsExactly("Islamic State/ORGANIZATION", "IS/ORGANIZATION", "IS/ORGANIZATION");
  }

  @Test
  void apply_acronymRetagged_takesTypeOfItsLongForm() {
    String text = "Monitors of the Organization for Security and Co-operation in Europe (OSCE) arrived.";
    Document doc = doc(text, at(text, "Organization for Security and Co-operation in Europe", ORGANIZATION),
        at(text, "OSCE", LOCATION));
    assertThat(render(ENTITIES.apply(doc))).containsExactly(
        "Organization for Security and Co-operation in Europe/ORGANIZATION", "OSCE/ORGANIZATION");
  }

  @Test
  void apply_nameRunningOverLineBreak_isSplitThere() {
    String text = "Results\nNadia Karam\nOmar Aziz 3.";
    Document doc = doc(text, at(text, "Nadia Karam\nOmar Aziz", PERSON), at(text, "3", NUMBER));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Nadia Karam/PERSON", "Omar Aziz/PERSON", "3/NUMBER");
  }

  @Test
  void apply_rowOfColumnAbbreviations_isDropped() {
    String text = "Standings\nP W D L PTS\nAleppo 3 2 1 0 7";
    Document doc = doc(text, at(text, "P W D L PTS", ORGANIZATION), at(text, "Aleppo", ORGANIZATION));
    assertThat(render(ENTITIES.apply(doc))).containsExactly("Aleppo/ORGANIZATION");
  }

  @Test
  void apply_sameInstanceOnManyThreads_givesSameResult() throws Exception {
    String text = "Iraqi forces and the Peshmerga (PM) retook Bashiqa. Later the Peshmerga held Bashiqa.";
    Document doc = doc(text, at(text, "Peshmerga", 0, ORGANIZATION), at(text, "Bashiqa", 0, LOCATION));
    var expected = render(ENTITIES.apply(doc));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<java.util.List<String>>>();
      for (int k = 0; k < 32; k++) {
        futures.add(pool.submit(() -> render(ENTITIES.apply(doc))));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).containsExactly("Iraqi/NATIONALITY:IRQ", "Peshmerga/ORGANIZATION", "PM/ORGANIZATION",
        "Bashiqa/LOCATION", "Peshmerga/ORGANIZATION", "Bashiqa/LOCATION");
  }
}
