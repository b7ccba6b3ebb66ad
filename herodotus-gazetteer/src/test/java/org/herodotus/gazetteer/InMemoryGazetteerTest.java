package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryGazetteerTest {

  static final GeoName SYRIA = new GeoName(163843, "Syria", 35, 38, "A", "PCLI", "SY", "00", 22_198_110);
  static final GeoName IDLIB_PROVINCE = new GeoName(169388, "Idlib", 35.8, 36.6, "A", "ADM1", "SY", "09", 1_501_000);
  static final GeoName IDLIB_CITY = new GeoName(169389, "Idlib", 35.93, 36.63, "P", "PPLA", "SY", "09", 128_840);
  static final GeoName DEIR = new GeoName(170794, "Deir ez-Zor", 35.336, 40.14, "P", "PPLA", "SY", "05", 242_565);

  static final InMemoryGazetteer GAZETTEER = InMemoryGazetteer.of(
      List.of(IDLIB_CITY, DEIR, SYRIA, IDLIB_PROVINCE),
      Map.of(170794L, List.of("Dayr az Zawr", "Deir al-Zor")),
      Map.of("Syrian", "SY", "Syrians", "SY"));

  @Test
  void lookup_findsAlternateNamesWhateverTheSpelling() {
    assertThat(GAZETTEER.lookup("Deir al-Zor")).containsExactly(DEIR);
    assertThat(GAZETTEER.lookup("DAYR AZ ZAWR")).containsExactly(DEIR);
    assertThat(GAZETTEER.lookup("Dayr ez-Zawr")).containsExactly(DEIR);
    assertThat(GAZETTEER.lookup("Aleppo")).isEmpty();
  }

  @Test
  void lookup_ordersRegionsBeforeTowns() {
    assertThat(GAZETTEER.lookup("Idlib")).containsExactly(IDLIB_PROVINCE, IDLIB_CITY);
  }

  @Test
  void countryAdmin1AndDemonym() {
    assertThat(GAZETTEER.country("SY")).contains(SYRIA);
    assertThat(GAZETTEER.admin1("SY", "09")).contains(IDLIB_PROVINCE);
    assertThat(GAZETTEER.countryOfDemonym("syrians")).contains(SYRIA);
    assertThat(GAZETTEER.size()).isEqualTo(4);
  }
}
