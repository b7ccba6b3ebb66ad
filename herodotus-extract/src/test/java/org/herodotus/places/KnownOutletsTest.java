package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.Gazetteers;
import org.herodotus.model.Metadata;
import org.junit.jupiter.api.Test;

class KnownOutletsTest {

  static final Gazetteer GAZETTEER = Gazetteers.loadDefault();

  @Test
  void everyTownOfTheTable_isInTheDefaultGazetteer_inItsCountryAndState() {
    KnownOutlets.shipped().all().forEach((domain, town) ->
        assertThat(Outlet.town(town, GAZETTEER)).as(domain + " → " + town).isPresent());
  }

  @Test
  void hostEndingInADomainOfTheTable_afterADot_isThatOutlet() {
    KnownOutlets outlets = KnownOutlets.shipped();
    assertThat(outlets.town("www.ajc.com")).map(KnownOutlets.Town::name).contains("Atlanta");
    assertThat(outlets.town("blogs.AJC.com")).map(KnownOutlets.Town::name).contains("Atlanta");
    assertThat(outlets.town("www.newarkadvocate.com")).as("not theadvocate.com").isEmpty();
    assertThat(outlets.town("sptimes.ru")).as("not sptimes.com").isEmpty();
  }

  @Test
  void knownTown_isTheTownInItsState() {
    Metadata meta = new Metadata("d", null, null, null, null, "http://www.masslive.com/news/index.ssf/2009/04/x.html", null, null);
    assertThat(Outlet.knownTown(meta, GAZETTEER)).hasValueSatisfying(g -> {
      assertThat(g.name()).isEqualTo("Springfield");
      assertThat(g.admin1Code()).isEqualTo("MA");
    });
  }

  @Test
  void malformedRow_isAnErrorNamingItsLine() {
    assertThatThrownBy(() -> KnownOutlets.parse(new BufferedReader(new StringReader("# c\najc.com\tAtlanta\tUSA\tGA\n"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("outlets.tsv line 2");
  }
}
