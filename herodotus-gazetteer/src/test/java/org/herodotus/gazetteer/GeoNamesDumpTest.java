package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesDumpTest {

  static String entry(long id, String name, String alternates, String featureClass, String code, String country,
      String admin1, long population) {
    return String.join("\t", String.valueOf(id), name, name, alternates, "35.5", "38.5", featureClass, code, country,
        "", admin1, "", "", "", String.valueOf(population), "", "", "", "2020-01-01");
  }

  static void write(Path file, String... lines) throws IOException {
    Files.write(file, String.join("\n", lines).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void fromGeoNamesDump_readsAllFourFiles(@TempDir Path dir) throws IOException {
    write(dir.resolve("allCountries.txt"),
        entry(163843, "Syria", "Syrie", "A", "PCLI", "SY", "00", 22_198_110),
        entry(169388, "Idlib", "", "A", "ADM1", "SY", "12", 1_501_000),
        entry(169389, "Idlib", "Idleb", "P", "PPLA", "SY", "12", 128_840),
        entry(170794, "Deir ez-Zor", "", "P", "PPLA", "SY", "07", 242_565));
    write(dir.resolve("alternateNamesV2.txt"),
        "1\t170794\ten\tDayr az Zawr\t\t\t\t\t\t",
        "2\t170794\tar\tدير الزور\t\t\t\t\t\t",
        "3\t170794\tlink\thttps://en.wikipedia.org/wiki/Deir_ez-Zor\t\t\t\t\t\t",
        "4\t999999\ten\tNowhere\t\t\t\t\t\t");
    write(dir.resolve("admin1CodesASCII.txt"), "SY.12\tMuhafazat Idlib\tMuhafazat Idlib\t169388",
        "SY.07\tDeir ez-Zor Governorate\tDeir ez-Zor Governorate\t");
    write(dir.resolve("countryInfo.txt"), "#ISO\tISO3\t...",
        "SY\tSYR\t760\tSY\tSyria\tDamascus\t185180\t22198110\tAS\t.sy\tSYP\tPound\t963\t\t\tar-SY\t163843\tIQ\t");

    Gazetteer g = Gazetteers.fromGeoNamesDump(dir);

    assertThat(g.lookup("Idlib")).extracting(GeoName::geonameId).containsExactly(169388L, 169389L);
    assertThat(g.lookup("Muhafazat Idlib")).extracting(GeoName::geonameId).containsExactly(169388L);
    assertThat(g.admin1("SY", "12")).map(GeoName::geonameId).contains(169388L);
    assertThat(g.lookup("Deir ez-Zor")).extracting(GeoName::geonameId).containsExactly(-2000001L, 170794L);
    assertThat(g.lookup("Dayr az Zawr")).extracting(GeoName::geonameId).containsExactly(170794L);
    assertThat(g.lookup("دير الزور")).extracting(GeoName::geonameId).containsExactly(170794L);
    assertThat(g.lookup("Deir ez-Zor Province").get(0).isAdmin1()).isTrue();
    assertThat(g.lookup("https://en.wikipedia.org/wiki/Deir_ez-Zor")).isEmpty();
    assertThat(g.country("SYR")).map(GeoName::geonameId).contains(163843L);
    assertThat(g.lookup("Syrie")).extracting(GeoName::geonameId).containsExactly(163843L);
    assertThat(g.lookup("Syrian Arab Republic")).extracting(GeoName::geonameId).containsExactly(163843L);
    assertThat(g.countryOfDemonym("Syrians")).map(GeoName::geonameId).contains(163843L);
    assertThat(g.lookup("the Levant")).extracting(GeoName::featureCode).containsExactly("RGN");
  }

  @Test
  void fromGeoNamesDump_onlyAllCountries(@TempDir Path dir) throws IOException {
    write(dir.resolve("allCountries.txt"), entry(163843, "Syria", "", "A", "PCLI", "SY", "00", 22_198_110));
    Gazetteer g = Gazetteers.fromGeoNamesDump(dir);
    assertThat(g.country("SY")).map(GeoName::geonameId).contains(163843L);
    assertThat(g.lookup("Syria")).hasSize(1);
  }

  @Test
  void fromGeoNamesDump_withoutAllCountries_saysWhereToGetIt(@TempDir Path dir) {
    assertThatThrownBy(() -> Gazetteers.fromGeoNamesDump(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No allCountries.txt in " + dir)
        .hasMessageContaining("https://download.geonames.org/export/dump/");
  }

  @Test
  void fromGeoNamesDump_malformedRow_namesFileAndLine(@TempDir Path dir) throws IOException {
    write(dir.resolve("allCountries.txt"), entry(1, "A", "", "P", "PPL", "SY", "", 0), "2\tB\tB\t\tnorth\t38");
    assertThatThrownBy(() -> Gazetteers.fromGeoNamesDump(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allCountries.txt line 2");
  }
}
