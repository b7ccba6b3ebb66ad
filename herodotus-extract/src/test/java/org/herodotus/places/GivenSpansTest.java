package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.herodotus.places.Fixtures.article;

import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

/** {@link Places#resolve(Document, List)}: resolution of spans given from outside ("oracle" spans). */
class GivenSpansTest {

  static List<String> resolve(Document doc, String... surfaces) {
    return PlacesTest.PLACES.resolve(doc, spans(doc, surfaces)).stream().map(Fixtures::render).toList();
  }

  /** The span of each surface, found in order through the text. */
  static List<Span> spans(Document doc, String... surfaces) {
    List<Span> spans = new java.util.ArrayList<>();
    int from = 0;
    for (String s : surfaces) {
      int start = doc.text().indexOf(s, from);
      spans.add(new Span(start, start + s.length()));
      from = start + s.length();
    }
    return spans;
  }

  @Test
  void givenSpan_isResolvedWithTheOtherPlacesOfTheArticleAsContext() {
    Document doc = article("Flooding hit Paris on Monday, emergency managers in Texas said.", "Texas/LOCATION");
    assertThat(resolve(doc, "Paris")).containsExactly("Paris → Paris CITY US");
    assertThat(resolve(article("Flooding hit Paris on Monday."), "Paris")).containsExactly("Paris → Paris CITY FR");
  }

  @Test
  void givenSpans_keepTheirOwnSpans_designatorsAndStateAbbreviationsStillRead() {
    Document doc = article("Aid reached Idlib Province and Albany, Ga. this week.");
    List<Span> spans = spans(doc, "Idlib Province", "Albany", "Ga");
    assertThat(PlacesTest.PLACES.resolve(doc, spans)).extracting(p -> p.span()).containsExactlyElementsOf(spans);
    assertThat(resolve(doc, "Idlib Province", "Albany", "Ga"))
        .containsExactly("Idlib Province → Idlib ADMIN1 SY", "Albany → Albany CITY US", "Ga → Georgia ADMIN1 US");
  }

  @Test
  void givenNationalityWord_isItsCountry_andUnknownNamesStayUnresolved() {
    Document doc = article("Syrian officials visited Tal Shihab.", "Syrian/NATIONALITY");
    assertThat(resolve(doc, "Syrian", "Tal Shihab")).containsExactly("Syrian → Syria COUNTRY SY", "Tal Shihab → unresolved");
  }

  @Test
  void givenSpans_comeBackInTheOrderGiven() {
    Document doc = article("Convoys left Erbil for Aleppo.");
    List<Span> spans = spans(doc, "Erbil", "Aleppo");
    assertThat(PlacesTest.PLACES.resolve(doc, List.of(spans.get(1), spans.get(0)))).extracting(p -> p.text())
        .containsExactly("Aleppo", "Erbil");
  }

  @Test
  void overlappingOrOutOfRangeSpans_areRejected() {
    Document doc = article("Convoys left Erbil.");
    assertThatThrownBy(() -> PlacesTest.PLACES.resolve(doc, List.of(new Span(13, 18), new Span(15, 18))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    assertThatThrownBy(() -> PlacesTest.PLACES.resolve(doc, List.of(new Span(13, 40))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends after the text");
  }
}
