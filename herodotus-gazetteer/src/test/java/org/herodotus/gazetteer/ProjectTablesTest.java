package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectTablesTest {

  @Test
  void admin1Points_byCode_forCanadaAndAustralia() {
    Map<String, double[]> points = ProjectTables.admin1Points(Map.of("CA.08", "Ontario"));
    assertThat(points.get("CA.08")).containsExactly(50.07, -85.83);
    assertThat(points).containsKeys("CA.01", "CA.14", "AU.04", "AU.08");
  }

  @Test
  void admin1Points_aCodeWithAnotherName_isAnErrorNamingTheLine() {
    assertThatThrownBy(() -> ProjectTables.admin1Points(Map.of("CA.08", "Quebec")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("admin1-points.tsv line")
        .hasMessageContaining("CA.08 is named Quebec, not Ontario");
  }

  @Test
  void admin1Aliases_aCodeWithAnotherName_isAnErrorNamingTheLine() {
    assertThatThrownBy(() -> ProjectTables.addAdmin1Aliases(new IndexBuilder(), Map.of(), Map.of("RU.22", "Moscow")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("admin1-aliases.tsv line")
        .hasMessageContaining("RU.22 is named Moscow, not Kabardino-Balkariya Republic");
  }
}
