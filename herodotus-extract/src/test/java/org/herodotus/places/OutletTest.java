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

  static final InMemoryGazetteer TOWNS = InMemoryGazetteer.of(java.util.List.of(
      Fixtures.place(6252001, "United States", 39.76, -98.5, "PCLI", "US", "00", 310_232_863),
      Fixtures.place(6251999, "Canada", 60, -95, "PCLI", "CA", "00", 33_679_000),
      Fixtures.place(4684888, "Dallas", 32.78, -96.81, "PPLA2", "US", "TX", 1_300_092),
      Fixtures.place(5506956, "Las Vegas", 36.17, -115.14, "PPLA2", "US", "NV", 623_747),
      Fixtures.place(4509177, "Columbus", 39.96, -82.99, "PPLA", "US", "OH", 850_106),
      Fixtures.place(4188985, "Columbus", 32.46, -84.99, "PPLA2", "US", "GA", 194_058),
      Fixtures.place(6942553, "Paris", 43.2, -80.38, "PPL", "CA", "08", 12_310),
      Fixtures.place(2988507, "Paris", 48.85, 2.35, "PPLC", "FR", "11", 2_138_551),
      Fixtures.place(5105496, "Dover", 40.88, -74.56, "PPL", "US", "NJ", 9_000)),
      java.util.Map.of(), java.util.Map.of());

  static java.util.List<String> towns(String url) {
    return Outlet.towns(new Metadata("d", null, null, null, null, url, null, null), TOWNS).stream()
        .map(g -> g.name() + " " + g.admin1Code()).toList();
  }

  @Test
  void townOpeningTheAddress_isTheOutletsTown_inEverySense() {
    assertThat(towns("http://www.dallasnews.com/news/1.html")).containsExactly("Dallas TX");
    assertThat(towns("https://www.lasvegassun.com/news/2009/")).as("two words, spaces left out").containsExactly("Las Vegas NV");
    assertThat(towns("http://columbuslocalnews.com/x")).containsExactlyInAnyOrder("Columbus OH", "Columbus GA");
    assertThat(towns("https://www.theparisnews.ca/story")).as("'the' skipped; the domain's country only").containsExactly("Paris 08");
  }

  @Test
  void addressWithoutATownOfSomeSize_namesNone() {
    assertThat(towns("http://news.bbc.co.uk/2/hi/europe/123.stm")).isEmpty();
    assertThat(towns("https://www.doverpost.com/x")).as("under 10,000 people").isEmpty();
    assertThat(towns("not a url")).isEmpty();
  }
}
