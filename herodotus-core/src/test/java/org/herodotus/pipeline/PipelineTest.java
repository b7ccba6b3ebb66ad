package org.herodotus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Metadata;
import org.herodotus.model.TimeExpression;
import org.junit.jupiter.api.Test;

class PipelineTest {

  /** Adds an empty TIMES layer. */
  static final Stage TIMES = new Stage() {
    public Document apply(Document doc) { return doc.withTimes(List.of()); }
    public String name() { return "Times"; }
    public Set<Layer> adds() { return Set.of(Layer.TIMES); }
  };

  /** Needs TIMES; throws on documents whose text says "boom". */
  static final Stage EVENTS = new Stage() {
    public Document apply(Document doc) {
      if (doc.text().contains("boom")) {
        throw new IllegalArgumentException("cannot handle boom");
      }
      return doc;
    }
    public String name() { return "Events"; }
    public Set<Layer> requires() { return Set.of(Layer.TIMES); }
  };

  static Document doc(String id, String text) {
    return Document.of(Metadata.of(id), text);
  }

  @Test
  void of_missingRequiredLayer_failsAtBuildNamingStageAndLayer() {
    assertThatThrownBy(() -> Pipeline.of(EVENTS, TIMES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Events' requires [TIMES]")
        .hasMessageContaining("[Events, Times]");
  }

  @Test
  void over_givenLayers_satisfyRequirements() {
    assertThat(Pipeline.over(Set.of(Layer.TIMES), List.of(EVENTS)).stages()).containsExactly(EVENTS);
    assertThatThrownBy(() -> Pipeline.over(Set.of(Layer.TOKENS), List.of(EVENTS)))
        .hasMessageContaining("the documents do not bring (they bring [TOKENS])");
  }

  @Test
  void process_stageThrows_failsThatDocumentWithStageAndCause() {
    Outcome outcome = Pipeline.of(TIMES, EVENTS).process(doc("a1", "a boom"));
    assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
      assertThat(failed.documentId()).isEqualTo("a1");
      assertThat(failed.stage()).isEqualTo("Events");
      assertThat(failed.message()).isEqualTo("cannot handle boom");
      assertThat(failed.cause()).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void process_stageBreaksItsPromise_failsWithIllegalState() {
    Stage liar = new Stage() {
      public Document apply(Document doc) { return doc; }
      public Set<Layer> adds() { return Set.of(Layer.TIMES); }
    };
    Outcome outcome = Pipeline.of(liar).process(doc("a1", "text"));
    assertThat(((Outcome.Failed) outcome).cause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void process_reportsTimingsAndFailuresToListener() {
    List<String> seen = new ArrayList<>();
    PipelineListener listener = new PipelineListener() {
      public void stageEnded(Document doc, Stage stage, long nanos) { seen.add(doc.id() + ":" + stage.name()); }
      public void documentDone(Document doc, long nanos) { seen.add(doc.id() + ":done"); }
      public void documentFailed(Outcome.Failed failure) { seen.add(failure.documentId() + ":failed"); }
    };
    Pipeline pipeline = Pipeline.of(TIMES, EVENTS).withListener(listener);
    pipeline.process(doc("ok", "fine"));
    pipeline.process(doc("bad", "boom"));
    assertThat(seen).containsExactly("ok:Times", "ok:Events", "ok:done", "bad:Times", "bad:failed");
  }

  @Test
  void process_doneDocumentHasAddedLayers() {
    Outcome outcome = Pipeline.of(TIMES).process(doc("a", "x"));
    Document result = ((Outcome.Done) outcome).document();
    assertThat(result.has(Layer.TIMES)).isTrue();
    assertThat(result.times()).isEqualTo(List.<TimeExpression>of());
  }

  @Test
  void failed_describe_namesOriginIdStageAndMessage() {
    Outcome.Failed failed = new Outcome.Failed("abc", "in.jsonl:3", "read", "line is not JSON", null);
    assertThat(failed.describe()).isEqualTo("in.jsonl:3 (abc) failed at read: line is not JSON");
  }
}
