package org.herodotus.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DemonymsTest {

  private static final Demonyms DEMONYMS = Demonyms.load();

  @Test
  void load_shippedTable_loadsWithoutDuplicateForms() {
    assertThat(DEMONYMS.size()).isGreaterThan(400);
  }

  @Test
  void load_shippedTable_coversTheUnMemberStates() {
    // 193 members; the two Congos, Dominica and the Dominican Republic share a demonym and are
    // listed without a code; Palestine, Taiwan and Puerto Rico are listed with theirs.
    assertThat(DEMONYMS.countryCodes()).hasSize(193 - 4 + 3).contains("SYR", "IRQ", "TUR", "USA", "GBR", "SAU", "PSE");
    assertThat(DEMONYMS.find("Congolese").code()).isNull();
  }

  @Test
  void find_demonymsAndPlurals_giveIso3Codes() {
    assertThat(DEMONYMS.find("Syrian")).isEqualTo(new Demonyms.Group("SYR", "NATIONAL"));
    assertThat(DEMONYMS.find("Iraqis").code()).isEqualTo("IRQ");
    assertThat(DEMONYMS.find("Saudi").code()).isEqualTo("SAU");
    assertThat(DEMONYMS.find("Britons").code()).isEqualTo("GBR");
    assertThat(DEMONYMS.find("American").code()).isEqualTo("USA");
    assertThat(DEMONYMS.find("Palestinians").code()).isEqualTo("PSE");
  }

  @Test
  void find_groupsWithoutCountry_haveKindAndNoCode() {
    assertThat(DEMONYMS.find("Kurdish")).isEqualTo(new Demonyms.Group(null, "ETHNIC"));
    assertThat(DEMONYMS.find("Yazidi")).isEqualTo(new Demonyms.Group(null, "ETHNIC"));
    assertThat(DEMONYMS.find("Alawite")).isEqualTo(new Demonyms.Group(null, "RELIGION"));
    assertThat(DEMONYMS.find("Shi’ite")).isEqualTo(new Demonyms.Group(null, "RELIGION"));
  }

  @Test
  void find_isCaseSensitive() {
    assertThat(DEMONYMS.find("syrian")).isNull();
    assertThat(DEMONYMS.find("Syria")).isNull();
  }

  @Test
  void parse_formListedTwice_failsNamingTheForm() {
    String table = "Syrian\tSYR\tNATIONAL\tSyrians\nSyrians\tSYR\tNATIONAL\t\n";
    assertThatThrownBy(() -> Demonyms.parse(new BufferedReader(new StringReader(table))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'Syrians' is listed twice");
  }

  @Test
  void parse_badCode_failsWithTheLine() {
    String table = "Syrian\tSy\tNATIONAL\t\n";
    assertThatThrownBy(() -> Demonyms.parse(new BufferedReader(new StringReader(table))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1");
  }
}
