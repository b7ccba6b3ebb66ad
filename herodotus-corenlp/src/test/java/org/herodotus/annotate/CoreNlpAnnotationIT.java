package org.herodotus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.herodotus.model.Dateline;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Metadata;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.Token;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotationIT {

  static Document defectors;

  @Test
  void dateline_isASentenceOfItsOwnSoTheLeadParsesCleanly() {
    assertThat(defectors.textOf(defectors.sentences().get(2).span()))
        .startsWith("Hundreds of former Islamic State (IS) fighters have fled");
    String text = "GENEVA (Reuters) - A United Nations aid convoy of 31 trucks reached two besieged districts on Thursday.";
    Metadata meta = new Metadata("convoy", null, null, List.of(), null, null, new Dateline(new Span(0, 19), "GENEVA", "Reuters"), null);
    Document convoy = SharedAnnotator.get().apply(Document.of(meta, text));
    assertThat(convoy.sentences()).hasSize(2);
    assertThat(convoy.tokens().get(convoy.sentences().get(1).firstToken() - 1).word()).isEqualTo("-");
    Dependency root = convoy.sentences().get(1).dependencies().stream().filter(Dependency::isRoot).findFirst().orElseThrow();
    assertThat(convoy.tokens().get(root.dependent()).word()).isEqualTo("reached");
  }

  static Document annotate(String text, LocalDate published) {
    Metadata meta = Metadata.of("t").withPublished(published);
    return SharedAnnotator.get().apply(Document.of(meta, text));
  }

  static String render(List<TimeExpression> times) {
    return String.join("; ", times.stream().map(t -> t.text() + "=" + t.type() + " " + t.value()).toList());
  }

  @BeforeAll
  static void annotateSample() {
    String text = Samples.text(Samples.DEFECTORS);
    Dateline dateline = new Dateline(new Span(text.indexOf("ERBIL"), text.indexOf("Hundreds")), "ERBIL, Kurdistan Region", "Kurdistan 24");
    Metadata meta = new Metadata("defectors", null, LocalDate.of(2017, 9, 5), List.of(), null, null, dateline, null);
    defectors = SharedAnnotator.get().apply(Document.of(meta, text));
  }

  @Test
  void tokens_coverTheirCharactersExactly() {
    for (Token token : defectors.tokens()) {
      assertThat(defectors.textOf(token.span())).isEqualTo(token.word());
    }
    assertThat(defectors.has(Layer.TOKENS)).isTrue();
  }

  @Test
  void sentences_titleIsItsOwnSentenceAndEachHasOneRoot() {
    Sentence title = defectors.sentences().get(0);
    assertThat(defectors.textOf(title.span())).isEqualTo("Former Islamic State fighters slip out of Syria into Turkey");
    for (Sentence sentence : defectors.sentences()) {
      assertThat(sentence.dependencies().stream().filter(Dependency::isRoot).count()).isEqualTo(1);
      for (Dependency d : sentence.dependencies()) {
        assertThat(d.dependent()).isBetween(sentence.firstToken(), sentence.endToken() - 1);
      }
    }
  }

  @Test
  void dependencies_useUniversalLabelsWithPrepositions() {
    Sentence title = defectors.sentences().get(0);
    List<String> relations = title.dependencies().stream()
        .map(d -> d.relation() + "(" + defectors.tokens().get(d.governor() < 0 ? d.dependent() : d.governor()).word()
            + ", " + defectors.tokens().get(d.dependent()).word() + ")")
        .toList();
    assertThat(relations).contains("nsubj(slip, fighters)", "obl:into(slip, Turkey)");
  }

  @Test
  void entityCandidates_namesAndAmounts() {
    List<String> entities = defectors.entityCandidates().stream().map(m -> m.text() + "/" + m.type()).toList();
    assertThat(entities).contains("Mosul/LOCATION", "Anadolu Agency/ORGANIZATION", "$2,000/MONEY", "14/NUMBER");
  }

  @Test
  void timeCandidates_resolveAgainstPublicationDate() {
    assertThat(render(defectors.timeCandidates())).contains("Monday=DATE 2017-09-04", "late August=DATE 2017-08", "July=DATE 2017-07");
  }

  @Test
  void timeCandidates_keepSuTimesModAsTimex3() {
    TimeExpression late = defectors.timeCandidates().stream().filter(t -> t.text().equals("late August")).findFirst().orElseThrow();
    assertThat(late.mod()).isEqualTo("END");
  }

  @Test
  void timeCandidates_withoutPublicationDate_stayUnresolved() {
    Document doc = annotate("Iraqi forces ousted the group from Mosul in July.", null);
    assertThat(render(doc.timeCandidates())).isEqualTo("July=DATE XXXX-07");
  }

  @Test
  void apply_fromTwoThreads_givesTheSameResult() {
    String text = Samples.text(Samples.AID_CONVOY);
    LocalDate date = LocalDate.of(2016, 4, 21);
    CompletableFuture<Document> a = CompletableFuture.supplyAsync(() -> annotate(text, date));
    CompletableFuture<Document> b = CompletableFuture.supplyAsync(() -> annotate(text, date));
    assertThat(a.join()).isEqualTo(b.join());
  }
}
