package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.places.Fixtures.article;

import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.junit.jupiter.api.Test;

/** How the rest of the article decides between namesakes. */
class ContextTest {

  static List<String> places(Document doc) {
    return PlacesTest.places(doc);
  }

  @Test
  void georgia_beforeItsOwnCapital_isTheState() {
    Document doc = article("Storms knocked out power across Georgia on Monday, and Atlanta schools closed.",
        "Georgia/LOCATION", "Atlanta/LOCATION");
    assertThat(places(doc)).containsExactly("Georgia → Georgia ADMIN1 US", "Atlanta → Atlanta CITY US");
  }

  @Test
  void georgia_alone_isTheCountry() {
    assertThat(places(article("Storms knocked out power across Georgia on Monday.", "Georgia/LOCATION")))
        .containsExactly("Georgia → Georgia COUNTRY GE");
  }

  @Test
  void outletsCountry_decidesAnOtherwiseUnqualifiedName() {
    Document doc = article("Councillors in Albany approved the budget.", "Albany/LOCATION");
    var meta = doc.meta();
    Document australian = doc.withMeta(new Metadata(meta.id(), null, null, null, null,
        "https://www.albanyadvertiser.com.au/news/1", null, null));
    assertThat(places(doc)).containsExactly("Albany → Albany CITY US");
    assertThat(places(australian)).containsExactly("Albany → Albany CITY AU");
  }

  @Test
  void listOfStates_isNotReadAsTownAndContainer() {
    // "Georgia, Texas" inside a list does not ask for a Georgia lying in Texas.
    Document doc = article("Cases were reported in Georgia, Texas and New York.",
        "Georgia/LOCATION", "Texas/LOCATION", "New York/LOCATION");
    assertThat(places(doc)).containsExactly(
        "Georgia → Georgia ADMIN1 US", "Texas → Texas ADMIN1 US", "New York → New York ADMIN1 US");
  }
}
