package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.herodotus.actors.Actors;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Event;
import org.herodotus.model.Mode;
import org.herodotus.model.Participant;
import org.junit.jupiter.api.Test;

/** The event coder on hand-parsed sentences in the style of the running sample (defectors-idlib.txt). */
class EventsTest {

  static final Events EVENTS = new Events();
  static final Actors ACTORS = new Actors();

  /** The document with its actors and then its events, as the pipeline runs them. */
  static Document coded(Document doc) {
    return EVENTS.apply(ACTORS.apply(doc));
  }

  /** An event as "SOURCE(code) -code/PLOVER action-> TARGET(code)". */
  static String rendering(Event e) {
    return who(e.source()) + " -" + e.code() + "/" + e.plover() + " " + e.action() + "-> " + who(e.target());
  }

  static String who(Participant p) {
    return p == null ? "-" : p.text() + "(" + p.code() + ")";
  }

  static List<String> renderings(Document doc) {
    return coded(doc).events().stream().map(EventsTest::rendering).collect(Collectors.toList());
  }

  @Test
  void iraqiForcesOustedTheGroupFromMosulInJuly_isAnAssaultDatedJuly() {
    Document doc = Parsed.sentence("Iraqi forces ousted the terror group from Mosul in July .", "JJ NNS VBD DT NN NN IN NNP IN NNP .",
            "ROOT root ousted", "forces amod Iraqi", "ousted nsubj forces", "ousted obj group", "group det the",
            "group compound terror", "ousted obl:from Mosul", "Mosul case from", "ousted obl:in July", "July case in", "ousted punct .")
        .nationality("Iraqi", "IRQ").city("Mosul", "IQ").date("July", "2017-07").document();
    Event e = coded(doc).events().get(0);
    assertThat(rendering(e)).isEqualTo("Iraqi forces(IRQMIL) -190/ASSAULT oust-> the terror group(null)");
    assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    assertThat(e.date()).isEqualTo("2017-07");
    assertThat(doc.textOf(e.dateSpan())).isEqualTo("July");
    assertThat(e.place().text()).isEqualTo("Mosul");
    assertThat(doc.textOf(e.trigger())).isEqualTo("ousted");
  }

  @Test
  void placeThatSaysWhereTheSourceIsBased_isNotWhereTheKillingWas() {
    Document doc = Parsed.sentence("Fighters killed 23 civilians , according to a Britain-based group .",
            "NNS VBD CD NNS , VBG TO DT JJ NN .",
            "ROOT root killed", "killed nsubj Fighters", "killed obj civilians", "civilians nummod 23", "killed punct ,",
            "killed obl:according_to group", "group case according", "according fixed to", "group det a",
            "group amod Britain-based", "killed punct .")
        .country("Britain", "GB").document();
    Event e = coded(doc).events().get(0);
    assertThat(e.action()).isEqualTo("kill");
    assertThat(e.place()).isNull();
  }

  @Test
  void wouldPreferTheMilitantsKilled_isNoAssertedEvent() {
    Document doc = Parsed.sentence("France would prefer that its army kill the militants .", "NNP MD VB IN PRP$ NN VB DT NNS .",
            "ROOT root prefer", "prefer nsubj France", "prefer aux would", "prefer ccomp kill", "kill mark that",
            "kill nsubj army", "army nmod:poss its", "kill obj militants", "militants det the", "prefer punct .")
        .country("France", "FR").document();
    List<Event> events = coded(doc).events();
    assertThat(events).isNotEmpty();
    assertThat(events).noneMatch(Event::factual);
    assertThat(events).extracting(Event::mode).containsOnly(Mode.HYPOTHETICAL);
  }

  @Test
  void didNotAttack_isNegated() {
    Document doc = Parsed.sentence("Turkey did not attack the Kurdish fighters .", "NNP VBD RB VB DT JJ NNS .",
            "ROOT root attack", "attack nsubj Turkey", "attack aux did", "attack advmod not", "attack obj fighters",
            "fighters det the", "fighters amod Kurdish", "attack punct .")
        .country("Turkey", "TR").document();
    List<Event> events = coded(doc).events();
    assertThat(events).extracting(Event::mode).containsExactly(Mode.NEGATED);
    assertThat(events).noneMatch(Event::factual);
    assertThat(rendering(events.get(0))).isEqualTo("Turkey(TUR) -190/ASSAULT attack-> the Kurdish fighters(---UAF)");
  }

  @Test
  void passive_agentIsTheSource() {
    Document doc = Parsed.sentence("The town was attacked by Syrian rebels .", "DT NN VBD VBN IN JJ NNS .",
            "ROOT root attacked", "attacked nsubj:pass town", "town det The", "attacked aux:pass was",
            "attacked obl:agent rebels", "rebels case by", "rebels amod Syrian", "attacked punct .")
        .nationality("Syrian", "SYR").document();
    assertThat(renderings(doc)).containsExactly("Syrian rebels(SYRREB) -190/ASSAULT attack-> The town(null)");
  }

  @Test
  void fledSyriaIntoTurkey_isAMovementWithOriginAndDestination() {
    Document doc = Parsed.sentence("Hundreds of fighters fled Syria into Turkey .", "NNS IN NNS VBD NNP IN NNP .",
            "ROOT root fled", "fled nsubj Hundreds", "Hundreds nmod:of fighters", "fighters case of", "fled obj Syria",
            "fled obl:into Turkey", "Turkey case into", "fled punct .")
        .country("Syria", "SY").country("Turkey", "TR").document();
    Event e = coded(doc).events().get(0);
    assertThat(e.action()).isEqualTo("flee");
    assertThat(e.code()).isNull();
    assertThat(e.source().text()).isEqualTo("fighters");
    assertThat(e.origin().text()).isEqualTo("Syria");
    assertThat(e.destination().text()).isEqualTo("Turkey");
    assertThat(e.quantities()).extracting(q -> q.text() + "=" + q.kind() + ":" + q.value()).containsExactly("Hundreds=PEOPLE:200.0");
  }

  @Test
  void defectorsGatheredInIdlib_isAMovementWhoseDestinationIsThePlace() {
    Document doc = Parsed.sentence("The defectors have gathered in Idlib .", "DT NNS VBP VBN IN NNP .",
            "ROOT root gathered", "gathered nsubj defectors", "defectors det The", "gathered aux have", "gathered obl:in Idlib",
            "Idlib case in", "gathered punct .")
        .country("Idlib", "SY").document();
    Event e = coded(doc).events().get(0);
    assertThat(e.action()).isEqualTo("gather");
    assertThat(e.code()).isNull();
    assertThat(e.destination().text()).isEqualTo("Idlib");
  }

  @Test
  void gatheredEvidence_isNoGathering() {
    Document doc = Parsed.sentence("The inspectors gathered evidence .", "DT NNS VBD NN .",
            "ROOT root gathered", "gathered nsubj inspectors", "inspectors det The", "gathered obj evidence", "gathered punct .")
        .document();
    assertThat(coded(doc).events()).isEmpty();
  }

  @Test
  void killingSomeAndWoundingOthers_countsTheDeadAndTheInjuredApart() {
    Document doc = Parsed.sentence("A bomber attacked the ministry , killing 12 people and wounding 30 others .",
            "DT NN VBD DT NN , VBG CD NNS CC VBG CD NNS .",
            "ROOT root attacked", "bomber det A", "attacked nsubj bomber", "attacked obj ministry", "ministry det the",
            "attacked punct ,", "attacked advcl killing", "killing obj people", "people nummod 12", "killing conj wounding",
            "wounding cc and", "wounding obj others", "others nummod 30", "attacked punct .")
        .number("12", "12.0", EntityType.NUMBER).number("30", "30.0", EntityType.NUMBER).document();
    Event e = coded(doc).events().stream().filter(x -> x.action().equals("attack")).findFirst().orElseThrow();
    assertThat(e.quantities()).extracting(q -> q.text() + "=" + q.kind()).containsExactly("12=KILLED", "30=INJURED");
  }

  @Test
  void paidSmugglersForTheCrossing_givesTheAmountInDollars() {
    Document doc = Parsed.sentence("Some paid smugglers $2,000 for the crossing .", "DT VBD NNS CD IN DT NN .",
            "ROOT root paid", "paid nsubj Some", "paid iobj smugglers", "paid obj $2,000", "paid obl:for crossing",
            "crossing case for", "crossing det the", "paid punct .")
        .number("$2,000", "$2000.0", EntityType.MONEY).document();
    Event e = coded(doc).events().get(0);
    assertThat(e.action()).isEqualTo("cross");
    assertThat(e.quantities()).extracting(q -> q.kind() + " " + q.value() + " " + q.unit()).containsExactly("MONEY 2000.0 USD");
  }

  @Test
  void coordinatedSpeakersSayTheyWillAttack_giveOneEventPerSpeaker() {
    Document doc = Parsed.sentence("Russia and Turkey said they will attack Syria .", "NNP CC NNP VBD PRP MD VB NNP .",
            "ROOT root said", "said nsubj Russia", "said nsubj Turkey", "Russia conj:and Turkey", "Turkey cc and",
            "said ccomp attack", "attack nsubj they", "attack aux will", "attack obj Syria", "said punct .")
        .country("Russia", "RU").country("Turkey", "TR").country("Syria", "SY").document();
    assertThat(renderings(doc)).extracting(r -> r.substring(0, r.indexOf(' ')) + r.substring(r.indexOf("->")))
        .containsExactly("Russia(RUS)-> Syria(SYR)", "Turkey(TUR)-> Syria(SYR)");
  }

  @Test
  void threatenedToAttack_isCodedAsAThreat() {
    Document doc = Parsed.sentence("Russia threatened to attack Georgia .", "NNP VBD TO VB NNP .",
            "ROOT root threatened", "threatened nsubj Russia", "threatened xcomp attack", "attack mark to",
            "attack nsubj:xsubj Russia", "attack obj Georgia", "threatened punct .")
        .country("Russia", "RU").country("Georgia", "GE").document();
    assertThat(renderings(doc)).containsExactly("Russia(RUS) -1384/THREATEN threaten to attack-> Georgia(GEO)");
  }

  @Test
  void backedBy_supportsTheNounItModifies() {
    Document doc = Parsed.sentence("Kurdish forces backed by the coalition advanced .", "JJ NNS VBN IN DT NN VBD .",
            "ROOT root advanced", "advanced nsubj forces", "forces amod Kurdish", "forces acl backed",
            "backed obl:agent coalition", "coalition case by", "coalition det the", "advanced punct .")
        .document();
    assertThat(renderings(doc)).containsExactly("the coalition(IGOMIL) -062/COOPERATE back militarily-> Kurdish forces(---MIL)");
  }

  @Test
  void saidOnly_whenTheSentenceHasNoOtherEvent() {
    Document doc = Parsed.sentence("Officials said Turkish guards detained 14 people .", "NNS VBD JJ NNS VBD CD NNS .",
            "ROOT root said", "said nsubj Officials", "said ccomp detained", "detained nsubj guards", "guards amod Turkish",
            "detained obj people", "people nummod 14", "said punct .")
        .nationality("Turkish", "TUR").number("14", "14.0", EntityType.NUMBER).document();
    List<Event> events = coded(doc).events();
    assertThat(events).extracting(EventsTest::rendering).containsExactly("Turkish guards(TURCOP) -173/COERCE detain-> 14 people(null)");
    assertThat(events.get(0).mode()).isEqualTo(Mode.REPORTED);
    assertThat(events.get(0).quantities()).extracting(q -> q.kind() + " " + q.value()).containsExactly("PEOPLE 14.0");
  }

  @Test
  void hungarianAndRomanianOfficialsAgreed_isCodedBothWays() {
    Document doc = Parsed.sentence("Hungarian and Romanian officials agreed .", "JJ CC JJ NNS VBD .",
            "ROOT root agreed", "agreed nsubj officials", "officials amod Hungarian", "officials amod Romanian",
            "Hungarian conj:and Romanian", "Romanian cc and", "agreed punct .")
        .nationality("Hungarian", "HUN").nationality("Romanian", "ROU").document();
    assertThat(renderings(doc)).containsExactlyInAnyOrder(
        "Hungarian and Romanian officials(HUNGOV) -030/AGREE agree-> Hungarian and Romanian officials(ROUGOV)",
        "Hungarian and Romanian officials(ROUGOV) -030/AGREE agree-> Hungarian and Romanian officials(HUNGOV)");
  }

  @Test
  void demandedThatTurkeyForsakeAnything_targetsTheNearestActorOfTheDemandedClause() {
    Document doc = Parsed.sentence("Russia demanded that Turkey forsake its program .", "NNP VBD IN NNP VB PRP$ NN .",
            "ROOT root demanded", "demanded nsubj Russia", "demanded ccomp forsake", "forsake mark that", "forsake nsubj Turkey",
            "forsake obj program", "program nmod:poss its", "demanded punct .")
        .country("Russia", "RU").country("Turkey", "TR").document();
    assertThat(renderings(doc)).containsExactly("Russia(RUS) -100/REQUEST demand-> Turkey(TUR)");
  }

  @Test
  void actInASubordinateClause_isNotCodedBesideTheMainEvent() {
    Document doc = Parsed.sentence("Russia attacked Georgia after Georgia criticized Russia .", "NNP VBD NNP IN NNP VBD NNP .",
            "ROOT root attacked", "attacked nsubj Russia", "attacked obj Georgia", "attacked advcl criticized",
            "criticized mark after", "criticized nsubj Georgia", "criticized obj Russia", "attacked punct .")
        .country("Russia", "RU").country("Georgia", "GE").document();
    assertThat(renderings(doc)).containsExactly("Russia(RUS) -190/ASSAULT attack-> Georgia(GEO)");
  }

  @Test
  void liftedSanctionsOnIran_targetsTheCountryOfThePatternNoun() {
    Document doc = Parsed.sentence("Russia lifted the sanctions on Iran .", "NNP VBD DT NNS IN NNP .",
            "ROOT root lifted", "lifted nsubj Russia", "lifted obj sanctions", "sanctions det the", "sanctions nmod:on Iran",
            "Iran case on", "lifted punct .")
        .country("Russia", "RU").country("Iran", "IR").document();
    assertThat(renderings(doc)).containsExactly("Russia(RUS) -085/RETREAT ease sanctions-> Iran(IRN)");
  }

  @Test
  void providedSupportToIsrael_targetsTheObjectOfTheVerbsRecipientPreposition() {
    Document doc = Parsed.sentence("Russia provided support to Israel .", "NNP VBD NN IN NNP .",
            "ROOT root provided", "provided nsubj Russia", "provided obj support", "provided obl:to Israel", "Israel case to",
            "provided punct .")
        .country("Russia", "RU").country("Israel", "IL").document();
    assertThat(renderings(doc)).containsExactly("Russia(RUS) -051/SUPPORT support-> Israel(ISR)");
  }

  @Test
  void wouldNotProvideSupport_isARejectionOfTheNounAct() {
    Document doc = Parsed.sentence("Russia would not provide support to Israel .", "NNP MD RB VB NN IN NNP .",
            "ROOT root provide", "provide nsubj Russia", "provide aux would", "provide advmod not", "provide obj support",
            "provide obl:to Israel", "Israel case to", "provide punct .")
        .country("Russia", "RU").country("Israel", "IL").document();
    assertThat(renderings(doc)).hasSize(1);
    assertThat(renderings(doc).get(0)).startsWith("Russia(RUS) -12").endsWith("-> Israel(ISR)");
  }

  @Test
  void recipientsHungOnADate_areTheTargetsOfTheAct() {
    Document doc = Parsed.sentence("Russia lifted the sanctions in February to Iran , Libya and Sudan .", "NNP VBD DT NNS IN NNP TO NNP , NNP CC NNP .",
            "ROOT root lifted", "lifted nsubj Russia", "lifted obj sanctions", "sanctions det the", "lifted obl:in February",
            "February case in", "February nmod:to Iran", "Iran case to", "February conj Libya", "February conj Sudan",
            "Sudan cc and", "lifted punct .")
        .date("February", "2017-02").country("Russia", "RU").country("Iran", "IR").country("Libya", "LY").country("Sudan", "SD")
        .document();
    assertThat(renderings(doc)).containsExactly("Russia(RUS) -085/RETREAT ease sanctions-> Iran(IRN)",
        "Russia(RUS) -085/RETREAT ease sanctions-> Libya(LBY)", "Russia(RUS) -085/RETREAT ease sanctions-> Sudan(SDN)");
  }
}
