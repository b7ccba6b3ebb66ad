package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.actors.Articles.actorsOfHead;
import static org.herodotus.actors.Articles.at;
import static org.herodotus.actors.Articles.doc;
import static org.herodotus.actors.Articles.render;
import static org.herodotus.model.EntityType.MISC;
import static org.herodotus.model.EntityType.PERSON;

import java.util.List;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Layer;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class ActorsTest {

  private static final Actors ACTORS = new Actors();

  @Test
  void apply_nationalityAndForces_isStateOrganWithMilitaryCode() {
    Document out = ACTORS.apply(doc("Iraqi forces ousted the militants from Mosul.", Map.of("Iraqi", "JJ")));
    assertThat(render(out)).first().isEqualTo("IRQMIL STATE_ORGAN Iraqi forces [Iraqi forces]");
    assertThat(out.actors().get(0).country()).isEqualTo("IRQ");
  }

  @Test
  void apply_isIsisIslamicStateDaesh_areOneActor() {
    String text = "Islamic State (IS) claimed the attack. ISIS fighters fled. Daesh is retreating. ISIL lost Raqqa.";
    Document out = ACTORS.apply(doc(text, Map.of("is", "VBZ", "retreating", "VBG", "lost", "VBD", "fled", "VBD")));
    Actor is = out.actors().get(0);
    assertThat(is.name()).isEqualTo("Islamic State");
    assertThat(is.code()).isEqualTo("IMGMUSISI");
    assertThat(is.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(is.mentions()).extracting(out::textOf).containsExactly("Islamic State", "IS", "ISIS", "Daesh", "ISIL");
    assertThat(actorsOfHead(out, "ISIS fighters")).extracting(Actor::code).containsExactly("IMGMUSISI");
  }

  @Test
  void apply_saudiNational_isSaudiCivilianPerson() {
    Document out = ACTORS.apply(doc("Police questioned a 26-year-old Saudi national on Monday.",
        Map.of("Saudi", "JJ", "questioned", "VBD", "26-year-old", "JJ")));
    assertThat(render(out)).contains("SAUCVL PERSON 26-year-old Saudi national [26-year-old Saudi national]");
  }

  @Test
  void apply_appositionAndPronoun_joinTheManToTheDescription() {
    String text = "A former militant spoke to reporters. The man, a 26-year-old Saudi national, said he fled.";
    Document out = ACTORS.apply(doc(text, Map.of("Saudi", "JJ", "spoke", "VBD", "26-year-old", "JJ", "militant", "JJ")));
    Actor man = out.actors().get(0);
    assertThat(man.code()).isEqualTo("SAUCVL");
    assertThat(man.type()).isEqualTo(ActorType.PERSON);
    assertThat(man.mentions()).extracting(out::textOf)
        .containsExactly("former militant", "man", "26-year-old Saudi national", "he");
  }

  @Test
  void apply_demonymInsideAnOrganisationsName_givesItsCountry() {
    String text = "The Latvian Constitutional Court cancelled the restrictions.";
    Document out = ACTORS.apply(doc(text, Map.of("Latvian", "JJ", "Constitutional", "JJ", "cancelled", "VBD"),
        at(text, "Latvian Constitutional Court", EntityType.ORGANIZATION)));
    assertThat(render(out)).containsExactly("LVAJUD STATE_ORGAN Latvian Constitutional Court [Latvian Constitutional Court]");
    assertThat(out.actors().get(0).country()).isEqualTo("LVA");
  }

  @Test
  void apply_theCountry_isTheLatestStateNamedBefore() {
    String text = "France will give Syria a grant for projects in the country.";
    Document out = ACTORS.apply(doc(text, Map.of("give", "VB", "will", "MD", "grant", "NN", "for", "IN", "in", "IN")));
    Actor syria = out.actors().stream().filter(a -> "SYR".equals(a.code())).findFirst().orElseThrow();
    assertThat(syria.mentions()).extracting(out::textOf).containsExactly("Syria", "country");
  }

  @Test
  void apply_acronymInParenthesesAfterAName_isThatNamesActor() {
    String text = "The Union for the Independence of Syria (UIS) rejected the talks.";
    Document out = ACTORS.apply(doc(text, Map.of("rejected", "VBD"),
        at(text, "Union for the Independence of Syria", EntityType.ORGANIZATION), at(text, "UIS", EntityType.ORGANIZATION)));
    assertThat(out.actors()).hasSize(1);
    assertThat(out.actors().get(0).code()).isEqualTo("SYR");
    assertThat(out.actors().get(0).mentions()).extracting(out::textOf).containsExactly("Union for the Independence of Syria", "UIS");
  }

  @Test
  void apply_europeanCommunity_isAnInternationalOrganisationNotTheRegion() {
    Document out = ACTORS.apply(doc("The European Community gave aid.", Map.of("gave", "VBD"),
        at("The European Community gave aid.", "European Community", EntityType.ORGANIZATION)));
    assertThat(render(out)).containsExactly("IGOEUREEC INTERNATIONAL_ORGANIZATION European Community [European Community]");
  }

  @Test
  void apply_theGroup_pointsBackToTheNamedArmedGroup() {
    String text = "Hezbollah fired rockets. Israeli jets struck the group on Sunday.";
    Document out = ACTORS.apply(doc(text, Map.of("Israeli", "JJ", "jets", "NNS", "struck", "VBD", "fired", "VBD")));
    assertThat(render(out)).containsExactly(
        "LBNREBHEZ ARMED_GROUP Hezbollah [Hezbollah, group]",
        "ISRMIL STATE_ORGAN Israeli jets [Israeli jets]");
  }

  @Test
  void apply_officialsInEurope_haveTheRegionCode() {
    Document out = ACTORS.apply(doc("Officials in Europe have voiced concern.", Map.of("have", "VBP", "Officials", "NNS")));
    assertThat(render(out)).containsExactly("EURGOV STATE_ORGAN Officials in Europe [Officials]");
  }

  @Test
  void apply_coordinatedNationalities_giveOneActorEachOnTheSameHead() {
    String text = "Hungarian and Romanian officials agreed on Wednesday.";
    Document out = ACTORS.apply(doc(text, Map.of("Hungarian", "JJ", "Romanian", "JJ", "officials", "NNS")));
    assertThat(actorsOfHead(out, text.substring(0, text.indexOf(" agreed")))).extracting(Actor::code)
        .containsExactlyInAnyOrder("HUNGOV", "ROUGOV");
  }

  @Test
  void apply_countryAfterLocativePreposition_isAPlaceNotAnActor() {
    String text = "Smugglers took them from Syria into Turkey. France said it was concerned.";
    Document out = ACTORS.apply(doc(text, Map.of("took", "VBD", "them", "PRP", "was", "VBD")));
    assertThat(render(out)).containsExactly("---CRM GROUP Smugglers [Smugglers]", "FRA STATE France [France, it]");
  }

  @Test
  void apply_turkishBorderGuards_andUnPeacekeepers_areCoded() {
    String text = "Turkish border guards detained 14 people. UN peacekeepers withdrew.";
    Document out = ACTORS.apply(doc(text, Map.of("Turkish", "JJ", "withdrew", "VBD")));
    assertThat(render(out)).contains("TURCOP STATE_ORGAN Turkish border guards [Turkish border guards]",
        "IGOUNOMIL INTERNATIONAL_ORGANIZATION UN peacekeepers [UN peacekeepers]");
  }

  @Test
  void apply_titleBeforeName_codesThePerson() {
    String text = "Turkish President Turgut Ozal said he was confident.";
    Document out = ACTORS.apply(doc(text, Map.of("Turkish", "JJ", "was", "VBD", "confident", "JJ"),
        at(text, "Turkish", MISC), at(text, "Turgut Ozal", PERSON)));
    assertThat(render(out)).containsExactly("TURGOV PERSON Turgut Ozal [Turkish President Turgut Ozal, he]");
  }

  @Test
  void apply_newsOutletsAndAgencies_areMediaOfTheirCountry() {
    String text = "The Guardian and Al Jazeera reported it. Anadolu news agency quoted Kurdistan 24. Syrian state media denied it.";
    Document out = ACTORS.apply(doc(text, Map.of("reported", "VBD", "quoted", "VBD", "Syrian", "JJ", "denied", "VBD")));
    assertThat(render(out)).containsExactly(
        "GBRMED ORGANIZATION The Guardian [The Guardian]",
        "QATMED ORGANIZATION Al Jazeera [Al Jazeera]",
        "TURMED ORGANIZATION Anadolu Agency [Anadolu news agency]",
        "IRQMED ORGANIZATION Kurdistan 24 [Kurdistan 24]",
        "SYRMED GROUP Syrian state media [Syrian state media]");
  }

  @Test
  void apply_guardianCouncil_isNotTheNewspaper() {
    Document out = ACTORS.apply(doc("Iran's Guardian Council rejected the bill.", Map.of("rejected", "VBD")));
    assertThat(render(out)).containsExactly("IRNGOV STATE_ORGAN Guardian Council [Guardian Council]");
  }

  @Test
  void apply_declaresLayers() {
    assertThat(ACTORS.requires()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.ENTITIES, Layer.PLACES);
    assertThat(ACTORS.adds()).containsExactly(Layer.ACTORS);
    assertThat(ACTORS.apply(doc("Nothing happened.")).has(Layer.ACTORS)).isTrue();
  }

  @Test
  void apply_misspeltCountryName_isThatCountry() {
    String text = "Ethopia has agreed to reopen its borders.";
    Document out = ACTORS.apply(doc(text, Map.of("has", "VBZ", "agreed", "VBN"), at(text, "Ethopia", EntityType.LOCATION)));
    assertThat(render(out)).first().isEqualTo("ETH STATE Ethopia [Ethopia, its]");
  }

  @Test
  void apply_countryNameInsideAnOrganisationsName_winsOverATownAbroad() {
    String text = "The Montenegro Municipality Association demanded support.";
    Document doc = doc(text, Map.of("demanded", "VBD"), at(text, "Montenegro Municipality Association", EntityType.ORGANIZATION));
    doc = doc.withPlaces(List.of(new Place(new Span(4, 14), "Montenegro", 3457381L, "Montenegro", "PPLA2", "BR", null, 0.0, 0.0,
        Precision.CITY)));
    Document out = ACTORS.apply(doc);
    assertThat(out.actors().get(0).country()).isEqualTo("MNE");
  }

  @Test
  void apply_personTagOnAResolvedPlace_isNoPerson() {
    String text = "Fighters fled Deir al-Zor on Monday.";
    Document doc = doc(text, Map.of("fled", "VBD"), at(text, "Deir al-Zor", EntityType.PERSON));
    int start = text.indexOf("Deir");
    doc = doc.withPlaces(List.of(new Place(new Span(start, start + "Deir al-Zor".length()), "Deir al-Zor", 170794L, "Deir ez-Zor",
        "PPLA", "SY", null, 0.0, 0.0, Precision.CITY)));
    Document out = ACTORS.apply(doc);
    assertThat(out.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
  }

  @Test
  void apply_personTagOnPartOfAResolvedPlaceName_isNoPerson() {
    String text = "Fighters fled Deir al-Zor on Monday.";
    Document doc = doc(text, Map.of("fled", "VBD"), at(text, "Deir", EntityType.PERSON));
    int start = text.indexOf("Deir");
    doc = doc.withPlaces(List.of(new Place(new Span(start, start + "Deir al-Zor".length()), "Deir al-Zor", 170794L, "Deir ez-Zor",
        "PPLA", "SY", null, 0.0, 0.0, Precision.CITY)));
    Document out = ACTORS.apply(doc);
    assertThat(out.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
  }

  @Test
  void apply_countryNameInsideALongerPlaceName_isNoCountry() {
    String text = "France patrols the South China Sea.";
    Document out = ACTORS.apply(doc(text, Map.of("patrols", "VBZ"), at(text, "South China Sea", EntityType.LOCATION)));
    assertThat(out.actors()).noneMatch(a -> "CHN".equals(a.country()));
  }
}
