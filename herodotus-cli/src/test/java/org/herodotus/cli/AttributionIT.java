package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's three examples on the sample article through the whole pipeline with the real models
 * (loaded once per JVM, shared with the other ITs of this module).
 */
class AttributionIT {

  static JsonNode defectors;
  static String text;

  @BeforeAll
  static void extractDefectors(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("defectors.txt");
    Files.write(article, Samples.bytes(Samples.DEFECTORS));
    Console console = Console.run("extract", "--date", "2017-09-05", article.toString());
    assertThat(console.status()).as(console.err()).isZero();
    defectors = ExtractCommandIT.lines(console.out()).get(0);
    text = defectors.get("text").asText();
  }

  /** The quote whose content starts with {@code prefix}. */
  static JsonNode quote(String prefix) {
    for (JsonNode q : defectors.get("quotes")) {
      if (q.get("text").asText().startsWith(prefix)) {
        return q;
      }
    }
    throw new AssertionError("no quote starts with '" + prefix + "' in " + defectors.get("quotes"));
  }

  /** A chain as "name/ROLE" items. */
  static List<String> chain(JsonNode quote) {
    List<String> out = new ArrayList<>();
    quote.get("chain").forEach(s -> out.add(s.get("name").asText() + "/" + s.get("role").asText()));
    return out;
  }

  static String actorName(String id) {
    for (JsonNode a : defectors.get("actors")) {
      if (a.get("id").asText().equals(id)) {
        return a.get("name").asText();
      }
    }
    return null;
  }

  @Test
  void mostWantToLeaveHeSaid_isADirectQuoteOfTheSaudiNational_toldTheGuardian_publishedByKurdistan24() {
    JsonNode q = quote("\"Most want to leave, like me,\"");
    assertThat(q.get("kind").asText()).isEqualTo("DIRECT");
    assertThat(q.get("text").asText()).endsWith("\"Nobody believes in the caliphate any more.\"");
    assertThat(q.get("speaker").get("text").asText()).isEqualTo("he");
    assertThat(actorName(q.get("speaker").get("actor").asText())).isEqualTo("26-year-old Saudi national");
    assertThat(text.substring(q.get("cue").get("start").asInt(), q.get("cue").get("end").asInt())).isEqualTo("said");
    assertThat(chain(q)).containsExactly("he/SPEAKER", "the Guardian/CITED", "Kurdistan 24/PUBLISHER");
  }

  @Test
  void theGuardianReported_attributesTheGatheringToTheGuardian_andItsEventsAreReported() {
    JsonNode q = quote("The several dozen IS defectors who remain have gathered in Syria's Idlib Province");
    assertThat(q.get("speaker").get("text").asText()).isEqualTo("the Guardian");
    assertThat(chain(q)).containsExactly("the Guardian/SPEAKER", "Kurdistan 24/PUBLISHER");
    int start = q.get("start").asInt();
    int end = q.get("end").asInt();
    JsonNode gathering = null;
    for (JsonNode e : defectors.get("events")) {
      if (e.get("trigger").get("start").asInt() >= start && e.get("trigger").get("end").asInt() <= end) {
        assertThat(e.get("mode").asText()).isEqualTo("REPORTED");
        assertThat(e.get("attribution").get("speaker").get("text").asText()).isEqualTo("the Guardian");
        gathering = e.get("action").asText().equals("gather") ? e : gathering;
      }
    }
    assertThat(gathering).as("the gathering event in " + defectors.get("events")).isNotNull();
    assertThat(text.substring(gathering.get("trigger").get("start").asInt(), gathering.get("trigger").get("end").asInt()))
        .isEqualTo("gathered");
    assertThat(gathering.get("destination").get("text").asText()).contains("Idlib");
  }

  @Test
  void franceHasEvenPrivatelySaid_isAHedgedStatementByFrance_withHypotheticalContent_accordingToTwoDiplomats() {
    JsonNode q = quote("it would prefer the militants die");
    assertThat(q.get("speaker").get("text").asText()).isEqualTo("France");
    assertThat(actorName(q.get("speaker").get("actor").asText())).isEqualTo("France");
    assertThat(q.get("hedges")).extracting(JsonNode::asText).containsExactly("privately", "would");
    assertThat(chain(q)).containsExactly("France/SPEAKER", "two diplomats/CITED", "Kurdistan 24/PUBLISHER");
  }

  @Test
  void detainedTheStateRunAnadoluAgencySaid_isAReportedEventAttributedToAnadolu() {
    JsonNode detained = null;
    for (JsonNode e : defectors.get("events")) {
      if (e.get("action").asText().equals("detain")) {
        detained = e;
      }
    }
    assertThat(detained).isNotNull();
    assertThat(detained.get("mode").asText()).isEqualTo("REPORTED");
    assertThat(detained.get("attribution").get("speaker").get("text").asText()).isEqualTo("the state-run Anadolu Agency");
  }

  @Test
  void officialsVoicedConcernThatMilitantsCouldReturn_keepsTheReturnHypothetical() {
    JsonNode q = quote("that battle-hardened militants could return home");
    assertThat(q.get("speaker").get("text").asText()).isEqualTo("Officials in Europe");
    for (JsonNode e : defectors.get("events")) {
      if (e.get("action").asText().equals("return")) {
        assertThat(e.get("mode").asText()).isEqualTo("HYPOTHETICAL");
        assertThat(e.get("attribution").get("quote").asInt()).isNotNegative();
      }
    }
  }
}
