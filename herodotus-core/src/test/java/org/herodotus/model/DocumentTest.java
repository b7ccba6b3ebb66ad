package org.herodotus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

  static final String TEXT = "Rebels took Idlib.";

  static Document tokenized() {
    List<Token> tokens = List.of(
        new Token(new Span(0, 6), "Rebels", "rebel", "NNS"),
        new Token(new Span(7, 11), "took", "take", "VBD"),
        new Token(new Span(12, 17), "Idlib", "Idlib", "NNP"),
        new Token(new Span(17, 18), ".", ".", "."));
    return Document.of(Metadata.of("d"), TEXT).withTokens(tokens, List.of(new Sentence(new Span(0, 18), 0, 4, List.of())), false);
  }

  @Test
  void tokenAt_findsTheTokenHoldingAnOffsetOrTheNextOne() {
    Document doc = tokenized();
    assertThat(doc.tokenAt(0)).isZero();
    assertThat(doc.tokenAt(5)).isZero();
    assertThat(doc.tokenAt(6)).isEqualTo(1); // the space before "took"
    assertThat(doc.tokenAt(12)).isEqualTo(2);
    assertThat(doc.tokenAt(18)).isEqualTo(4);
  }

  @Test
  void with_addsLayersAndKeepsTheOthers() {
    Document doc = tokenized().withTimes(List.of());
    assertThat(doc.layers()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.TIMES);
    assertThat(doc.tokensOf(doc.sentences().get(0))).hasSize(4);
  }

  @Test
  void span_rejectsNegativeAndReversedRanges() {
    assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("[-1, 2)");
    assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void place_unresolvedHasNoCoordinates() {
    Place place = Place.unresolved(new Span(12, 17), "Idlib");
    assertThat(place.resolved()).isFalse();
    assertThat(place.lat()).isNull();
    assertThatThrownBy(() -> new Place(new Span(0, 1), "x", null, null, null, null, null, 1.0, null, Precision.CITY))
        .hasMessageContaining("both coordinates or neither");
  }
}
