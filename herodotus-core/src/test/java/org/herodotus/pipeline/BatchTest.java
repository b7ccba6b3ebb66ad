package org.herodotus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.junit.jupiter.api.Test;

class BatchTest {

  /** Sleeps longer on early documents, so that workers finish out of order. */
  static final Stage SLOW_FIRST = new Stage() {
    public Document apply(Document doc) {
      int n = Integer.parseInt(doc.id());
      try {
        Thread.sleep(Math.max(0, 20 - n));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (n % 7 == 3) {
        throw new IllegalArgumentException("bad " + n);
      }
      return doc.withTimes(List.of());
    }
    public Set<Layer> adds() { return Set.of(Layer.TIMES); }
  };

  @Test
  void run_twoThreads_keepsInputOrderAndCountsFailures() {
    List<Outcome> inputs = IntStream.range(0, 40)
        .mapToObj(i -> (Outcome) new Outcome.Done(PipelineTest.doc(String.valueOf(i), "t")))
        .toList();
    List<String> order = new ArrayList<>();
    int failed = new Batch(Pipeline.of(SLOW_FIRST), 2).run(inputs.iterator(), outcome -> order.add(
        outcome instanceof Outcome.Done done ? done.document().id() : "x" + ((Outcome.Failed) outcome).documentId()));
    assertThat(order).hasSize(40).startsWith("0", "1", "2", "x3", "4").contains("x10", "39");
    assertThat(failed).isEqualTo(6);
  }

  @Test
  void run_readFailure_passesThroughInOrder() {
    List<Outcome> inputs = List.of(
        new Outcome.Done(PipelineTest.doc("1", "t")),
        new Outcome.Failed("f.bin", "f.bin", "read", "binary", null),
        new Outcome.Done(PipelineTest.doc("2", "t")));
    List<Outcome> out = new ArrayList<>();
    int failed = new Batch(Pipeline.of(SLOW_FIRST), 1).run(inputs.iterator(), out::add);
    assertThat(failed).isEqualTo(1);
    assertThat(out.get(1)).isInstanceOf(Outcome.Failed.class);
  }

  @Test
  void new_zeroThreads_isRejected() {
    assertThatThrownBy(() -> new Batch(Pipeline.of(), 0)).hasMessageContaining("at least 1, got 0");
  }
}
