package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Span;
import org.herodotus.output.DocumentJson;
import org.herodotus.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate places --annotated FILE --gold-spans} on a hand-written article: no models, the default gazetteer. */
class EvaluateGoldSpansTest {

  static final String TEXT = "Storms flooded Paris and Lyon on Monday. Kirkuk stayed dry.";

  @Test
  void goldSpans_resolvesEachGoldToponym_andScoresItPerCorpus(@TempDir Path dir) throws Exception {
    Document doc = Documents.tokenized("d1", TEXT).withEntityCandidates(List.of(
        new Mention(new Span(15, 20), "Paris", EntityType.LOCATION, null, null)));
    Path annotated = Files.writeString(dir.resolve("annotated.jsonl"), DocumentJson.write(doc, true) + "\n");
    // Lyon and Kirkuk are given although no tagger found them; the last toponym has no coordinates.
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
        {"id": "d1", "corpus": "TR-News", "text": "%s", "toponyms": [
          {"start": 15, "end": 20, "surface": "Paris", "lat": 48.85, "lon": 2.35},
          {"start": 25, "end": 29, "surface": "Lyon", "lat": 45.75, "lon": 4.85},
          {"start": 41, "end": 47, "surface": "Kirkuk", "lat": 35.47, "lon": 44.39},
          {"start": 33, "end": 39, "surface": "Monday", "lat": null, "lon": null}]}
        """.formatted(TEXT).replace("\n  ", " ").replace("\n", " ").strip() + "\n");
    Path predictions = dir.resolve("predictions.jsonl");
    Console console = Console.run("evaluate", "places", "--gold", gold.toString(), "--annotated", annotated.toString(),
        "--gold-spans", "--threads", "1", "--predictions", predictions.toString());
    assertThat(console.status()).as(console.err()).isZero();
    assertThat(console.out()).contains("TR-News: gold spans acc@161 1.000, mean km 0, median km 0, unresolved 0.000 (3 toponyms)");
    assertThat(Files.readString(predictions)).contains("\"Lyon\"", "\"Kirkuk\"");
  }
}
