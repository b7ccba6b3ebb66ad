package org.herodotus.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Mode;
import org.herodotus.model.Quote;
import org.herodotus.model.QuoteKind;
import org.herodotus.model.Source;
import org.herodotus.model.Token;
import org.herodotus.testing.Documents;
import org.junit.jupiter.api.Test;

/** The attribution stage on hand-built sentences in the style of the running sample (defectors-idlib.txt). */
class AttributionTest {

  static final Attribution ATTRIBUTION = new Attribution();

  /** A quote as "speaker -cue-> [content] KIND". */
  static String rendering(Document doc, Quote q) {
    return (q.speaker() == null ? "-" : q.speaker().text()) + " -" + (q.cue() == null ? "" : doc.textOf(q.cue())) + "-> ["
        + q.text() + "] " + q.kind();
  }

  static List<String> renderings(Document doc) {
    Document done = ATTRIBUTION.apply(doc);
    return done.quotes().stream().map(q -> rendering(done, q)).toList();
  }

  /** A document tokenized without a parse, "said" lemmatized as "say". */
  static Document unparsed(String text) {
    Document doc = Documents.tokenized("t", text);
    List<Token> tokens = doc.tokens().stream()
        .map(t -> t.word().equals("said") ? new Token(t.span(), t.word(), "say", "VBD")
            : t.word().equals("warned") ? new Token(t.span(), t.word(), "warn", "VBD") : t).toList();
    return doc.withTokens(tokens, doc.sentences(), false).withEntities(List.of()).withActors(List.of());
  }

  @Test
  void directQuoteSplitByItsCue_isOneQuoteFromTheFirstPieceToTheLast_withoutAParse() {
    Document doc = unparsed("\"Most want to leave, like me,\" he said. \"Nobody believes in the caliphate any more.\" The man left.");
    assertThat(renderings(doc)).containsExactly(
        "he -said-> [\"Most want to leave, like me,\" he said. \"Nobody believes in the caliphate any more.\"] DIRECT");
  }

  @Test
  void directQuote_inGuillemetsAndCurlyQuotes_withTheCueBefore() {
    assertThat(renderings(unparsed("The minister said: «We will not leave this city again.»")))
        .containsExactly("The minister -said-> [«We will not leave this city again.»] DIRECT");
    assertThat(renderings(unparsed("“We will not leave this city again,” said Smith.")))
        .containsExactly("Smith -said-> [“We will not leave this city again,”] DIRECT");
  }

  @Test
  void quoteOpeningTheNextParagraph_continuesTheSpeaker() {
    Document doc = unparsed("\"We stay here for now,\" she said.\n\n\"The border is closed and the smugglers are gone.\"");
    assertThat(renderings(doc)).containsExactly(
        "she -said-> [\"We stay here for now,\"] DIRECT",
        "she -said-> [\"The border is closed and the smugglers are gone.\"] DIRECT");
  }

  @Test
  void secondStretchSharingTheCueOfTheFirst_extendsTheFirstQuote() {
    Document doc = unparsed("\"We stay here for now,\" said Khalil; \"the border is closed and the smugglers are gone.\" The man left.");
    assertThat(renderings(doc)).containsExactly(
        "Khalil -said-> [\"We stay here for now,\" said Khalil; \"the border is closed and the smugglers are gone.\"] DIRECT");
  }

  @Test
  void secondCueHungInsideTheFirstContent_endsItAndHasItsOwn() {
    // the parser hangs "noting ..." on "closed", inside what the officials said
    Document doc = Parsed.sentence("Officials said the crossing was closed , noting that smugglers had moved east .",
            "NNS VBD DT NN VBD VBN , VBG IN NNS VBD VBN RB .",
            "ROOT root said", "said nsubj Officials", "said ccomp closed", "closed nsubj:pass crossing", "crossing det the",
            "closed aux:pass was", "closed punct ,", "closed advcl noting", "noting ccomp moved", "moved mark that",
            "moved nsubj smugglers", "moved aux had", "moved advmod east", "said punct .").document();
    List<String> found = renderings(doc);
    assertThat(found).first().isEqualTo("Officials -said-> [the crossing was closed] INDIRECT");
    assertThat(found).hasSize(2);
    assertThat(found.get(1)).endsWith("-noting-> [that smugglers had moved east] INDIRECT");
  }

  @Test
  void shortScareQuotes_areNoQuotes() {
    assertThat(renderings(unparsed("The so-called \"caliphate\" is gone."))).isEmpty();
  }

  @Test
  void theGuardianReported_reportsTheEventBeforeIt() {
    Document doc = Parsed.sentence("The defectors have gathered in Idlib , the Guardian reported .", "DT NNS VBP VBN IN NNP , DT NNP VBD .",
            "ROOT root gathered", "defectors det The", "gathered nsubj defectors", "gathered aux have", "gathered obl:in Idlib",
            "Idlib case in", "gathered punct ,", "gathered parataxis reported", "reported nsubj Guardian", "Guardian det the",
            "gathered punct .")
        .actor("the Guardian", "GBRMED", ActorType.ORGANIZATION).event("gathered", "gather").document();
    Document done = ATTRIBUTION.apply(doc);
    assertThat(rendering(done, done.quotes().get(0))).isEqualTo("the Guardian -reported-> [The defectors have gathered in Idlib] INDIRECT");
    assertThat(done.quotes().get(0).chain()).extracting(Source::name, Source::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("the Guardian", org.herodotus.model.SourceRole.SPEAKER));
    Event gathered = done.events().get(0);
    assertThat(gathered.mode()).isEqualTo(Mode.REPORTED);
    assertThat(gathered.quote()).isZero();
  }

  @Test
  void privatelySaidItWouldPrefer_isHedgedAndItsEventHypothetical() {
    Document doc = Parsed.sentence("France has even privately said it would prefer the militants die .",
            "NNP VBZ RB RB VBN PRP MD VB DT NNS VB .",
            "ROOT root said", "said nsubj France", "said aux has", "said advmod even", "said advmod privately", "said ccomp prefer",
            "prefer nsubj it", "prefer aux would", "prefer ccomp die", "die nsubj militants", "militants det the", "said punct .")
        .actor("France", "FRA", ActorType.STATE).event("die", "die").document();
    Document done = ATTRIBUTION.apply(doc);
    Quote q = done.quotes().get(0);
    assertThat(rendering(done, q)).isEqualTo("France -said-> [it would prefer the militants die] INDIRECT");
    assertThat(q.speaker().actorId()).isEqualTo("a1");
    assertThat(q.hedges()).containsExactly("privately", "would");
    assertThat(done.events().get(0).mode()).isEqualTo(Mode.REPORTED);
  }

  @Test
  void accordingTo_attributesTheRestOfTheSentence() {
    Document doc = Parsed.sentence("France prefers that they die , according to two diplomats .", "NNP VBZ IN PRP VB , VBG IN CD NNS .",
            "ROOT root prefers", "prefers nsubj France", "prefers ccomp die", "die mark that", "die nsubj they", "prefers punct ,",
            "prefers obl:according_to diplomats", "diplomats case according", "according fixed to", "diplomats nummod two",
            "prefers punct .").document();
    assertThat(renderings(doc)).containsExactly("two diplomats -according to-> [France prefers that they die] INDIRECT");
  }

  @Test
  void claimedCue_isAHedgeAndMakesItsEventClaimed() {
    Document doc = Parsed.sentence("The group claimed it attacked the base .", "DT NN VBD PRP VBD DT NN .",
            "ROOT root claimed", "group det The", "claimed nsubj group", "claimed ccomp attacked", "attacked nsubj it",
            "attacked obj base", "base det the", "claimed punct .")
        .event("attacked", "attack").document();
    Document done = ATTRIBUTION.apply(doc);
    assertThat(done.quotes().get(0).hedges()).containsExactly("claimed");
    assertThat(done.events().get(0).mode()).isEqualTo(Mode.CLAIMED);
  }

  @Test
  void modes_ofEventsInsideContent() {
    Cue want = new Cue("want", null, Cue.Implies.HYPOTHETICAL, Cue.Takes.CLAUSE_OR_INFINITIVE);
    Cue deny = new Cue("deny", null, Cue.Implies.NEGATED, Cue.Takes.CLAUSE);
    assertThat(Attribution.mode(Mode.ASSERTED, want)).isEqualTo(Mode.HYPOTHETICAL);
    assertThat(Attribution.mode(Mode.PLANNED, want)).isEqualTo(Mode.PLANNED);
    assertThat(Attribution.mode(Mode.ASSERTED, deny)).isEqualTo(Mode.NEGATED);
    assertThat(Attribution.mode(Mode.NEGATED, Cue.ACCORDING_TO)).isEqualTo(Mode.NEGATED);
  }

  @Test
  void positionTakenOnSomething_isAttributedWithTheObjectAsContent() {
    Document doc = Parsed.sentence("Obama blasted Trump for his remarks on Sunday .", "NNP VBD NNP IN PRP$ NNS IN NNP .",
            "ROOT root blasted", "blasted nsubj Obama", "blasted obj Trump", "blasted obl:for remarks", "remarks case for",
            "remarks nmod:poss his", "blasted obl:on Sunday", "Sunday case on", "blasted punct .").document();
    assertThat(renderings(doc)).containsExactly("Obama -blasted-> [Trump for his remarks] INDIRECT");
  }

  @Test
  void positionWithoutASpeaker_isNoAttribution() {
    Document doc = Parsed.sentence("The so called plan failed .", "DT RB VBN NN VBD .",
            "ROOT root failed", "plan det The", "called advmod so", "plan amod called", "failed nsubj plan", "failed punct .").document();
    assertThat(renderings(doc)).isEmpty();
  }

  @Test
  void nameAndColon_opensATranscriptLineWhoseParagraphIsTheContent() {
    Document doc = unparsed("TAPPER: And obviously the race is close. We will see.\n\nNote: this is a transcript.");
    assertThat(renderings(doc)).containsExactly("TAPPER -:-> [And obviously the race is close. We will see.] INDIRECT");
  }

  @Test
  void cueBeyondAnotherClause_isNotTheQuotesCue() {
    Document doc = unparsed("He called it “one of commitment, strength and inclusion”, but he also warned China.");
    assertThat(renderings(doc)).isEmpty();
  }

  @Test
  void cueClosingTheSentence_withoutAParse_attributesWhatComesBeforeTheComma() {
    Document doc = unparsed("Border guards detained 14 people on Sunday, the state agency said.");
    assertThat(renderings(doc)).containsExactly("the state agency -said-> [Border guards detained 14 people on Sunday] INDIRECT");
  }

  @Test
  void nounCueWithAPossessor_attributesWhatItGoverns() {
    Document doc = Parsed.sentence("His call to ban the group failed .", "PRP$ NN TO VB DT NN VBD .",
            "ROOT root failed", "failed nsubj call", "call nmod:poss His", "call acl:to ban", "ban mark to", "ban obj group",
            "group det the", "failed punct .").document();
    assertThat(renderings(doc)).containsExactly("His -call-> [to ban the group] INDIRECT");
  }

  @Test
  void nounCueWithANameOrCapitalizedAdjectiveInFront_attributesWhatItGovernsToThatOwner() {
    Document doc = Parsed.sentence("The Obama call for regime change failed .", "DT NNP NN IN NN NN VBD .",
            "ROOT root failed", "failed nsubj call", "call det The", "call compound Obama", "call nmod:for change", "change case for",
            "change compound regime", "failed punct .").document();
    assertThat(renderings(doc)).containsExactly("Obama -call-> [for regime change] INDIRECT");
    Document lower = Parsed.sentence("The new call for regime change failed .", "DT JJ NN IN NN NN VBD .",
            "ROOT root failed", "failed nsubj call", "call det The", "call amod new", "call nmod:for change", "change case for",
            "change compound regime", "failed punct .").document();
    assertThat(renderings(lower)).isEmpty();
  }

  @Test
  void calledOnSomeoneToAct_attributesTheInfinitiveClause() {
    Document doc = Parsed.sentence("Clinton called on Washington to lead .", "NNP VBD IN NNP TO VB .",
            "ROOT root called", "called nsubj Clinton", "called advcl:to lead", "lead mark on", "lead nsubj Washington",
            "lead mark to", "called punct .").document();
    assertThat(renderings(doc)).containsExactly("Clinton -called-> [on Washington to lead] INDIRECT");
  }

  @Test
  void whenAskedIf_theQuestionIsTheContent_andTheOneAskedIsNotItsSpeaker() {
    Document doc = Parsed.sentence("When asked if it hurt , Rubio laughed .", "WRB VBN IN PRP VBD , NNP VBD .",
            "ROOT root laughed", "laughed nsubj Rubio", "laughed advcl asked", "asked advmod When", "asked advcl:if hurt", "hurt mark if",
            "hurt nsubj it", "laughed punct ,", "laughed punct .").document();
    assertThat(renderings(doc)).containsExactly("- -asked-> [if it hurt] INDIRECT");
  }

  @Test
  void participleAfterAComma_takesTheSubjectOfTheVerbItHangsOn() {
    Document doc = Parsed.sentence("Trump went after Bush , calling him a stiff .", "NNP VBD IN NNP , VBG PRP DT JJ .",
            "ROOT root went", "went nsubj Trump", "went obl:after Bush", "Bush case after", "went punct ,", "went dep calling",
            "calling obj him", "calling xcomp stiff", "stiff det a", "went punct .").document();
    assertThat(renderings(doc)).containsExactly("Trump -calling-> [him a stiff] INDIRECT");
  }

  @Test
  void participleOnACue_isItsAdjunct_notItsContent() {
    Document doc = Parsed.sentence("Schlafly endorsed Trump , saying he had courage .", "NNP VBD NNP , VBG PRP VBD NN .",
            "ROOT root endorsed", "endorsed nsubj Schlafly", "endorsed obj Trump", "endorsed punct ,", "endorsed dep saying",
            "saying ccomp had", "had nsubj he", "had obj courage", "endorsed punct .").document();
    assertThat(renderings(doc)).containsExactly("Schlafly -endorsed-> [Trump] INDIRECT", "Schlafly -saying-> [he had courage] INDIRECT");
  }
}
