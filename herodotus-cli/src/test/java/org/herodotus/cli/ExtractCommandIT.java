package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus extract} end to end, with the real models (loaded once for the whole class). */
class ExtractCommandIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static JsonNode defectors;

  static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> docs = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        docs.add(JSON.readTree(line));
      }
    }
    return docs;
  }

  static String rendering(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.get("text").asText() + "=" + (item.has("value") ? item.get("value").asText() : item.get("type").asText())));
    return String.join("; ", items);
  }

  @BeforeAll
  static void extractDefectors(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("defectors.txt");
    Files.write(article, Samples.bytes(Samples.DEFECTORS));
    Console console = Console.run("extract", "--date", "2017-09-05", article.toString());
    assertThat(console.status()).as(console.err()).isZero();
    defectors = lines(console.out()).get(0);
  }

  @Test
  void plainText_metadataFromTitleAndDateline() {
    assertThat(defectors.get("title").asText()).isEqualTo("Former Islamic State fighters slip out of Syria into Turkey");
    assertThat(defectors.get("published").asText()).isEqualTo("2017-09-05");
    assertThat(defectors.get("source").asText()).isEqualTo("Kurdistan 24");
    assertThat(defectors.get("dateline").get("place").asText()).isEqualTo("ERBIL, Kurdistan Region");
  }

  @Test
  void entities_haveOffsetsIntoText() {
    String text = defectors.get("text").asText();
    for (JsonNode e : defectors.get("entities")) {
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
    assertThat(rendering(defectors.get("entities"))).contains("Mosul=LOCATION", "Turkey=LOCATION", "$2,000=MONEY");
  }

  @Test
  void times_resolveAgainstPublicationDate() {
    String times = rendering(defectors.get("times"));
    assertThat(times).contains("late August=2017-08", "July=2017-07", "Monday=2017-09-04", "Sunday=2017-09-03");
    for (JsonNode t : defectors.get("times")) {
      if (t.get("text").asText().contains("year-old")) {
        assertThat(t.get("type").asText()).isNotEqualTo("DATE");
      }
    }
  }

  @Test
  void places_datelineProvinceAndMisTaggedCity_areOnTheMap_nationalitiesAreNot() {
    List<String> places = new ArrayList<>();
    for (JsonNode p : defectors.get("places")) {
      places.add(p.get("text").asText() + "=" + p.get("precision").asText() + " " + p.get("country").asText());
    }
    assertThat(places).contains("ERBIL=CITY IQ", "Kurdistan Region=REGION IQ", "Idlib Province=ADMIN1 SY",
        "Mosul=CITY IQ", "Raqqa=CITY SY", "Deir al-Zor=CITY SY");
    assertThat(places).noneMatch(p -> p.startsWith("Kurdish") || p.startsWith("Iraqi") || p.startsWith("Turkish")
        || p.startsWith("Kurdistan="));
  }

  @Test
  void contractKeys_laterLayersAreEmptyArrays() {
    assertThat(defectors.get("events").isArray()).isTrue();
    assertThat(defectors.get("quotes").isArray()).isTrue();
  }

  @Test
  void mixedFolder_badDocumentsReportedOthersWrittenInOrder(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a-aid.txt"), Samples.bytes(Samples.AID_CONVOY));
    Files.writeString(dir.resolve("b-empty.txt"), "");
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0});
    Files.writeString(dir.resolve("d-french.txt"), "Les forces gouvernementales ont bombardé deux villages dans le sud "
        + "de la province mardi, tuant au moins sept civils, selon un groupe de surveillance qui dispose d'un réseau "
        + "de sources sur le terrain. L'armée a affirmé répondre à une attaque des rebelles.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("e-wire.jsonl"), new String(Samples.bytes(Samples.WIRE_JSONL), StandardCharsets.UTF_8)
        .replaceFirst("\n", "\n{this line is broken\n"));
    Files.write(dir.resolve("f-page.html"), Samples.bytes(Samples.KABUL_HTML));
    Console console = Console.run("extract", "--threads", "2", dir.toString());
    assertThat(console.status()).isEqualTo(1);
    assertThat(console.err()).contains("b-empty.txt", "c-binary.txt", "d-french.txt", "does not look like English",
        "e-wire.jsonl:2", "4 of 9 documents failed");
    List<String> ids = lines(console.out()).stream().map(d -> d.get("title").asText()).toList();
    assertThat(ids).containsExactly(
        "UN convoy reaches besieged districts after weeks of talks",
        "Shelling kills five in Donetsk suburb",
        "Somali troops retake town from al-Shabaab",
        "Protesters demand release of detained journalists",
        "Suicide bomber kills 12 near Kabul ministry");
  }

  @Test
  void annotated_rerunsOurStagesOnSavedTokensWithTheSameResult(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("aid.txt");
    Files.write(article, Samples.bytes(Samples.AID_CONVOY));
    Console direct = Console.run("extract", "--date", "2016-04-21", article.toString());
    Console saved = Console.run("extract", "--date", "2016-04-21", "--with-tokens", article.toString());
    Path annotated = dir.resolve("annotated.jsonl");
    Files.writeString(annotated, saved.out(), StandardCharsets.UTF_8);
    Console rerun = Console.run("extract", "--annotated", annotated.toString());
    assertThat(rerun.status()).as(rerun.err()).isZero();
    assertThat(lines(rerun.out())).isEqualTo(lines(direct.out()));
    assertThat(lines(saved.out()).get(0).has("sentences")).isTrue();
  }

  @Test
  void gazetteerOption_resolvesPlacesAgainstAnIndexBuiltFromAGeoNamesDump(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("aid.txt");
    Files.write(article, Samples.bytes(Samples.AID_CONVOY));
    Console saved = Console.run("extract", "--date", "2016-04-21", "--with-tokens", article.toString());
    Path annotated = Files.writeString(dir.resolve("annotated.jsonl"), saved.out(), StandardCharsets.UTF_8);
    Path dump = GazetteerCommandTest.writeDump(dir.resolve("geonames"));
    Path index = dir.resolve("geonames.idx");
    Console build = Console.run("gazetteer", "build", "--geonames", dump.toString(), "--out", index.toString());
    assertThat(build.status()).as(build.err()).isZero();

    Console withIndex = Console.run("extract", "--annotated", "--gazetteer", index.toString(), annotated.toString());
    Console withDump = Console.run("extract", "--annotated", "--gazetteer", dump.toString(), annotated.toString());

    assertThat(withIndex.status()).as(withIndex.err()).isZero();
    List<String> places = new ArrayList<>();
    for (JsonNode p : lines(withIndex.out()).get(0).get("places")) {
      places.add(p.get("text").asText() + "=" + p.path("geonameid").asText("unresolved"));
    }
    assertThat(places).contains("Aleppo=90000001", "Geneva=90000002", "Syria=163843");
    assertThat(lines(withDump.out())).isEqualTo(lines(withIndex.out()));
    assertThat(withDump.err()).contains("reading the GeoNames dump");
  }

  @Test
  void stdin_summaryFormat_isReadable() {
    Console console = Console.withStdin(Samples.text(Samples.AID_CONVOY), "extract", "--date", "2016-04-21", "--format", "summary", "-");
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out()).contains("== UN convoy reaches besieged districts", "LOCATION:", "Aleppo", "dates:", "Thursday -> DATE 2016-04-21");
  }

  static String event(JsonNode e) {
    return who(e.get("source")) + " -" + (e.get("code").isNull() ? "" : e.get("code").asText()) + " " + e.get("action").asText()
        + "-> " + who(e.get("target"));
  }

  static String who(JsonNode p) {
    return p.isNull() ? "-" : p.get("text").asText();
  }

  static JsonNode eventWith(String action) {
    for (JsonNode e : defectors.get("events")) {
      if (e.get("action").asText().equals(action)) {
        return e;
      }
    }
    throw new AssertionError("no event '" + action + "' in " + defectors.get("events"));
  }

  @Test
  void events_iraqiForcesOustedTheGroupFromMosul_assaultDatedJuly() {
    JsonNode oust = eventWith("oust");
    assertThat(event(oust)).isEqualTo("Iraqi forces -190 oust-> the terror group");
    assertThat(oust.get("plover").asText()).isEqualTo("ASSAULT");
    assertThat(oust.get("source").get("code").asText()).isEqualTo("IRQMIL");
    assertThat(oust.get("date").asText()).isEqualTo("2017-07");
    assertThat(oust.get("datePrecision").asText()).isEqualTo("month");
    assertThat(oust.get("place").get("text").asText()).isEqualTo("Mosul");
    assertThat(oust.get("mode").asText()).isEqualTo("ASSERTED");
  }

  @Test
  void events_coalitionBacksTheOffensive_inRaqqa() {
    JsonNode back = eventWith("back militarily");
    assertThat(back.get("source").get("text").asText()).isEqualTo("the US-led coalition");
    assertThat(back.get("code").asText()).isEqualTo("062");
    assertThat(back.get("place").get("text").asText()).isEqualTo("Raqqa");
  }

  @Test
  void events_fightersSlipOutOfSyriaIntoTurkey_movementWithOriginAndDestination() {
    JsonNode flee = eventWith("flee");
    assertThat(flee.get("source").get("text").asText()).isEqualTo("Former Islamic State fighters");
    assertThat(flee.get("origin").get("name").asText()).isEqualTo("Syria");
    assertThat(flee.get("destination").get("name").asText()).isEqualTo("Turkey");
    assertThat(flee.get("code").isNull()).isTrue();
    JsonNode crossing = eventWith("cross");
    assertThat(crossing.get("quantities").get(0).get("kind").asText()).isEqualTo("MONEY");
    assertThat(crossing.get("quantities").get(0).get("value").asDouble()).isEqualTo(2000.0);
    assertThat(crossing.get("quantities").get(0).get("unit").asText()).isEqualTo("USD");
  }

  @Test
  void events_officialsInEuropeVoiceConcern_andFranceWouldPreferIsNoAssertedKilling() {
    assertThat(event(eventWith("express concern"))).isEqualTo("Officials in Europe -012 express concern-> -");
    for (JsonNode e : defectors.get("events")) {
      boolean factual = e.get("mode").asText().equals("ASSERTED") || e.get("mode").asText().equals("REPORTED");
      String code = e.get("code").isNull() ? "" : e.get("code").asText();
      assertThat(factual && (code.startsWith("18") || code.startsWith("20") || e.get("action").asText().equals("kill")))
          .as("no asserted killing: %s", e).isFalse();
    }
    assertThat(eventWith("return").get("mode").asText()).isEqualTo("HYPOTHETICAL");
  }

  @Test
  void events_turkishGuardsDetained14People_onSunday() {
    JsonNode detain = eventWith("detain");
    assertThat(event(detain)).startsWith("Turkish border guards -173 detain-> 14 people");
    assertThat(detain.get("date").asText()).isEqualTo("2017-09-03");
    assertThat(detain.get("quantities").get(0).get("value").asDouble()).isEqualTo(14.0);
  }
}
