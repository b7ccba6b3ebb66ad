package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus gazetteer build} and {@code lookup}, on a GeoNames dump of a few rows. */
class GazetteerCommandTest {

  /** A row of allCountries.txt: the 19 tab-separated GeoNames columns. */
  static String row(long id, String name, String alternates, double lat, double lon, String featureClass,
      String featureCode, String country, String admin1, long population) {
    return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon),
        featureClass, featureCode, country, "", admin1, "", "", "", String.valueOf(population), "", "", "Asia/Damascus",
        "2024-01-01");
  }

  /**
   * A dump in which Aleppo, Geneva and a village the default gazetteer lacks carry ids of their
   * own (9xxxxxxx), so that output shows which gazetteer resolved a name.
   */
  static Path writeDump(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("allCountries.txt"), List.of(
        row(163843, "Syria", "Syrie", 35.0, 38.0, "A", "PCLI", "SY", "00", 22_198_110),
        row(2658434, "Switzerland", "", 47.0, 8.0, "A", "PCLI", "CH", "00", 8_516_543),
        row(90_000_001, "Aleppo", "Halab", 36.20124, 37.16117, "P", "PPLA", "SY", "09", 1_602_264),
        row(90_000_002, "Geneva", "Geneve", 46.20222, 6.14569, "P", "PPLA", "CH", "GE", 183_981),
        row(90_000_003, "Tall Shihab", "Tal Shihab,Tell Shehab", 32.69, 35.97, "P", "PPL", "SY", "13", 0),
        row(90_000_004, "Euphrates", "", 31.0, 46.0, "H", "STM", "IQ", "", 0)), StandardCharsets.UTF_8);
    Files.write(dir.resolve("admin1CodesASCII.txt"), List.of("SY.09\tAleppo Governorate\tAleppo Governorate\t"),
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void build_writesAnIndex_thatLookupReads(@TempDir Path dir) throws IOException {
    Path dump = writeDump(dir.resolve("geonames"));
    Path index = dir.resolve("geonames.idx");

    Console build = Console.run("gazetteer", "build", "--geonames", dump.toString(), "--out", index.toString());

    assertThat(build.status()).as(build.err()).isZero();
    assertThat(build.err()).contains("reading", "allCountries.txt", "--gazetteer " + index);
    assertThat(index).isRegularFile();
    Console lookup = Console.run("gazetteer", "lookup", "--gazetteer", index.toString(), "Tell Shehab", "Halab");
    assertThat(lookup.status()).as(lookup.err()).isZero();
    assertThat(lookup.out()).contains("Tell Shehab: 1 place", "90000003", "Tall Shihab", "PPL", "SY")
        .contains("Halab: ", "90000001", "Aleppo Governorate");
  }

  @Test
  void build_featureClasses_leaveTheOthersOut(@TempDir Path dir) throws IOException {
    Path dump = writeDump(dir.resolve("geonames"));
    Path index = dir.resolve("towns.idx");
    Console build = Console.run("gazetteer", "build", "--geonames", dump.toString(), "--out", index.toString(),
        "--feature-classes", "a,P");
    assertThat(build.status()).as(build.err()).isZero();
    Console lookup = Console.run("gazetteer", "lookup", "--gazetteer", index.toString(), "Euphrates", "Geneva");
    assertThat(lookup.status()).isEqualTo(1);
    assertThat(lookup.out()).contains("Euphrates: no entry", "Geneva: 1 place");
  }

  @Test
  void lookup_defaultGazetteer_ranksTheNamesakes() {
    Console lookup = Console.run("gazetteer", "lookup", "--limit", "2", "Springfield");
    assertThat(lookup.status()).as(lookup.err()).isZero();
    assertThat(lookup.out()).contains("Springfield: ", " places", "US", "... and ");
    assertThat(lookup.out().lines().filter(l -> l.startsWith("  ") && !l.contains("..."))).hasSize(2);
  }

  @Test
  void build_withoutADump_saysWhereToGetIt(@TempDir Path dir) {
    Console build = Console.run("gazetteer", "build", "--geonames", dir.toString(), "--out",
        dir.resolve("x.idx").toString());
    assertThat(build.status()).isEqualTo(Errors.USAGE);
    assertThat(build.err()).contains("No allCountries.txt", "https://download.geonames.org/export/dump/")
        .doesNotContain("internal error");
    assertThat(dir.resolve("x.idx")).doesNotExist();
  }

  @Test
  void build_unknownFeatureClass_isAUsageError(@TempDir Path dir) throws IOException {
    Path dump = writeDump(dir.resolve("geonames"));
    Console build = Console.run("gazetteer", "build", "--geonames", dump.toString(), "--out",
        dir.resolve("x.idx").toString(), "--feature-classes", "P,Q");
    assertThat(build.status()).isEqualTo(Errors.USAGE);
    assertThat(build.err()).contains("unknown GeoNames feature class Q");
  }

  @Test
  void gazetteerOption_missingOrForeignFile_isAUsageErrorSayingHowToBuildOne(@TempDir Path dir) throws IOException {
    Console missing = Console.run("gazetteer", "lookup", "--gazetteer", dir.resolve("none.idx").toString(), "Aleppo");
    assertThat(missing.status()).isEqualTo(Errors.USAGE);
    assertThat(missing.err()).contains("does not exist", "herodotus gazetteer build").doesNotContain("internal error");

    Path text = Files.writeString(dir.resolve("cities.txt"), "not an index");
    Console foreign = Console.run("extract", "--annotated", "--gazetteer", text.toString(), text.toString());
    assertThat(foreign.status()).isEqualTo(Errors.USAGE);
    assertThat(foreign.err()).contains("cannot be read", "herodotus gazetteer build");
  }
}
