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
 * The actors of issue 4's example article through the whole pipeline with the real models
 * (loaded once per JVM, shared with the other ITs of this module).
 */
class ActorsIT {

  static JsonNode defectors;
  static List<String> actors;

  @BeforeAll
  static void extractDefectors(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("defectors.txt");
    Files.write(article, Samples.bytes(Samples.DEFECTORS));
    Console console = Console.run("extract", "--date", "2017-09-05", article.toString());
    assertThat(console.status()).as(console.err()).isZero();
    defectors = ExtractCommandIT.lines(console.out()).get(0);
    actors = new ArrayList<>();
    defectors.get("actors").forEach(a -> actors.add(render(a)));
  }

  /** An actor as {@code CODE name [mention, mention]}, mentions as the text they cover. */
  static String render(JsonNode actor) {
    String text = defectors.get("text").asText();
    List<String> mentions = new ArrayList<>();
    actor.get("mentions").forEach(m -> mentions.add(text.substring(m.get("start").asInt(), m.get("end").asInt())));
    return actor.get("code").asText() + " " + actor.get("name").asText() + " " + mentions;
  }

  @Test
  void iraqiForces_areIraqsMilitary() {
    assertThat(actors).contains("IRQMIL Iraqi forces [Iraqi forces]");
  }

  @Test
  void islamicStateIsAndTheTerrorGroup_areOneActor() {
    List<String> named = actors.stream().filter(a -> a.contains(" Islamic State [")).toList();
    assertThat(named).hasSize(1);
    assertThat(named.get(0)).startsWith("IMGMUSISI Islamic State [").contains("IS", "terror group");
  }

  @Test
  void theManASaudiNational_isOneSaudiCivilianWithHisPronouns() {
    assertThat(actors).contains("SAUCVL 26-year-old Saudi national [former militant, he, man, 26-year-old Saudi national, he]");
  }

  @Test
  void officialsInEurope_areEuropeanGovernmentOfficials() {
    assertThat(actors).contains("EURGOV Officials in Europe [Officials]");
  }

  @Test
  void theGuardianKurdistan24AndAnadolu_areMediaOfTheirCountries() {
    assertThat(actors).contains("GBRMED The Guardian [the Guardian, the Guardian]", "IRQMED Kurdistan 24 [Kurdistan 24]",
        "TURMED Anadolu Agency [Anadolu Agency]");
  }

  @Test
  void franceSaidIt_linksThePronounToFrance() {
    assertThat(actors).contains("FRA France [France, it]", "TURCOP Turkish border guards [Turkish border guards]");
  }
}
