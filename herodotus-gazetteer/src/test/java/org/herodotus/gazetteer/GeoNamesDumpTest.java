package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
        .hasMessageContaining("No allCountries.txt (or allCountries.zip) in " + dir)
        .hasMessageContaining("https://download.geonames.org/export/dump/");
  }

  @Test
  void fromGeoNamesDump_malformedRow_namesFileAndLine(@TempDir Path dir) throws IOException {
    write(dir.resolve("allCountries.txt"), entry(1, "A", "", "P", "PPL", "SY", "", 0), "2\tB\tB\t\tnorth\t38");
    assertThatThrownBy(() -> Gazetteers.fromGeoNamesDump(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allCountries.txt line 2");
  }

  /** A small dump: a country, a town with an Arabic alternate name, a river and a school. */
  static void writeSmallDump(Path dir) throws IOException {
    write(dir.resolve("allCountries.txt"),
        entry(163843, "Syria", "", "A", "PCLI", "SY", "00", 22_198_110),
        entry(170794, "Deir ez-Zor", "", "P", "PPLA", "SY", "07", 242_565),
        entry(163815, "Euphrates", "", "H", "STM", "SY", "", 0),
        entry(8_000_001, "Al-Furat School", "", "S", "SCH", "SY", "07", 0));
    write(dir.resolve("alternateNamesV2.txt"), "1\t170794\tar\tدير الزور\t\t\t\t\t\t",
        "2\t170794\ten\tDayr az Zawr\t\t\t\t\t\t");
  }

  static void zip(Path text) throws IOException {
    Path zip = text.resolveSibling(text.getFileName().toString().replace(".txt", ".zip"));
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("iso-languagecodes.txt"));
      out.write("not the file wanted\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry(text.getFileName().toString()));
      out.write(Files.readAllBytes(text));
    }
    Files.delete(text);
  }

  @Test
  void fromGeoNamesDump_readsTheZipArchivesGeoNamesShips(@TempDir Path dir) throws IOException {
    writeSmallDump(dir);
    zip(dir.resolve("allCountries.txt"));
    zip(dir.resolve("alternateNamesV2.txt"));
    Gazetteer g = Gazetteers.fromGeoNamesDump(dir);
    assertThat(g.lookup("Dayr az Zawr")).extracting(GeoName::geonameId).containsExactly(170794L);
    assertThat(g.size()).isEqualTo(Gazetteers.fromGeoNamesDump(dir).size());
  }

  @Test
  void dumpOptions_keepLatinNamesAndTheChosenFeatureClassesOnly(@TempDir Path dir) throws IOException {
    writeSmallDump(dir);
    List<String> progress = new ArrayList<>();
    Gazetteer g = Gazetteers.fromGeoNamesDump(dir, new DumpOptions(true, Set.of("A", "P", "H"), progress::add));
    assertThat(g.lookup("Dayr az Zawr")).extracting(GeoName::geonameId).containsExactly(170794L);
    assertThat(g.lookup("دير الزور")).isEmpty();
    assertThat(g.lookup("Euphrates")).extracting(GeoName::featureCode).containsExactly("STM");
    assertThat(g.lookup("Al-Furat School")).isEmpty();
    assertThat(progress).anyMatch(line -> line.contains("allCountries.txt"));
    assertThat(Gazetteers.fromGeoNamesDump(dir, DumpOptions.ALL).lookup("Al-Furat School")).hasSize(1);
  }

  @Test
  void dumpOptions_unknownFeatureClass_listsTheClasses() {
    assertThatThrownBy(() -> new DumpOptions(true, Set.of("P", "X"), line -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown GeoNames feature class X")
        .hasMessageContaining("A, H, L, P, R, S, T, U, V");
  }

  @Test
  void save_thenLoad_givesTheSameAnswers_andLeavesNoPartialFile(@TempDir Path dir) throws IOException {
    Path dump = Files.createDirectory(dir.resolve("dump"));
    writeSmallDump(dump);
    Gazetteer read = Gazetteers.fromGeoNamesDump(dump);
    Path index = dir.resolve("geonames.idx");
    Gazetteers.save(read, index);
    Gazetteer loaded = Gazetteers.load(index);
    for (String name : new String[] {"Syria", "Deir ez-Zor", "Dayr az Zawr", "Euphrates", "the Levant"}) {
      assertThat(loaded.lookup(name)).as(name).isEqualTo(read.lookup(name)).isNotEmpty();
    }
    assertThat(loaded.size()).isEqualTo(read.size());
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dump", "geonames.idx");
    }
  }

  @Test
  void save_overAnEarlierIndex_replacesIt(@TempDir Path dir) throws IOException {
    writeSmallDump(dir);
    Path index = dir.resolve("geonames.idx");
    try (OutputStream out = Files.newOutputStream(index)) {
      out.write("an older, broken index".getBytes(StandardCharsets.UTF_8));
    }
    Gazetteers.save(Gazetteers.fromGeoNamesDump(dir), index);
    assertThat(Gazetteers.load(index).lookup("Euphrates")).hasSize(1);
  }
}
