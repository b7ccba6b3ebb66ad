package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.herodotus.gazetteer.InMemoryGazetteer;
import org.herodotus.model.Metadata;
import org.junit.jupiter.api.Test;

class OutletTest {

  static final InMemoryGazetteer COUNTRIES = InMemoryGazetteer.of(java.util.List.of(
      Fixtures.place(2635167, "United Kingdom", 54, -2, "PCLI", "GB", "00", 62_348_447),
      Fixtures.place(2963597, "Ireland", 53, -8, "PCLI", "IE", "00", 4_622_917),
      Fixtures.place(4566966, "Tuvalu", -8, 178, "PCLI", "TV", "00", 10_472)),
      java.util.Map.of(), java.util.Map.of());

  static Optional<String> country(String url) {
    return Outlet.country(new Metadata("d", null, null, null, null, url, null, null), COUNTRIES);
  }

  @Test
  void countryCodeDomain_isTheOutletsCountry_ukBeingGreatBritain() {
    assertThat(country("https://www.irishtimes.ie/news/ireland/1.123")).contains("IE");
    assertThat(country("http://news.bbc.co.uk/2/hi/europe/123.stm")).contains("GB");
  }

  @Test
  void genericOrVanityDomain_orNoUsableAddress_saysNothing() {
    assertThat(country("http://www.nola.com/news/2018/01/story.html")).isEmpty();
    assertThat(country("https://www.example.tv/clip")).as("a vanity country code").isEmpty();
    assertThat(country("https://news.example.de/x")).as("a country the gazetteer lacks").isEmpty();
    assertThat(country("not a url")).isEmpty();
    assertThat(country(null)).isEmpty();
  }
}
