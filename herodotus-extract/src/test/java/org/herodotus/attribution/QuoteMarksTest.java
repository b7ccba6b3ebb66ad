package org.herodotus.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  static List<String> quoted(String text) {
    return QuoteMarks.stretches(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void everyQuoteStyle() {
    assertThat(quoted("a “curly” b \"straight\" c «guillemets» d „low“ e ``doubled'' f")).containsExactly(
        "“curly”", "\"straight\"", "«guillemets»", "„low“", "``doubled''");
  }

  @Test
  void straightMarkAfterALetter_closes() {
    assertThat(quoted("He said \"we stay,\" and left")).containsExactly("\"we stay,\"");
  }

  @Test
  void quoteReopenedAtEachParagraph_isOneStretchPerParagraph() {
    assertThat(quoted("\"First paragraph of it.\n\n\"Second one.\"")).containsExactly("\"First paragraph of it.", "\"Second one.\"");
  }

  @Test
  void apostrophes_areNoQuoteMarks() {
    assertThat(quoted("It's the group's 'caliphate' now")).isEmpty();
  }
}
