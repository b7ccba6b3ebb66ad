package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.gazetteer.Gazetteers;
import org.herodotus.model.Document;
import org.herodotus.output.DocumentJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A development harness, not a score: replays annotated documents cached as JSON Lines (with
 * tokens and entities, {@code herodotus extract --no-parse --with-tokens}) through {@link Places}
 * over the default gazetteer and writes the predictions for {@code score_geo.py}. Skipped unless
 * the system property or environment variable {@code herodotus.places.cache} names an existing
 * cache; writes to {@code herodotus.places.out} (default: the cache path with {@code .places.jsonl}).
 */
class PlacesDevSetTest {

  @Test
  void replaysCachedDocuments_writesOneLinePerDocument() throws IOException {
    String cache = System.getProperty("herodotus.places.cache", System.getenv("HERODOTUS_PLACES_CACHE"));
    Assumptions.assumeTrue(cache != null && Files.exists(Path.of(cache)), "no cached dev-set annotation; skipping");
    Path out = Path.of(System.getProperty("herodotus.places.out", cache + ".places.jsonl"));
    Places places = new Places(Gazetteers.loadDefault());
    List<Document> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(cache))) {
      if (!line.isBlank()) {
        docs.add(DocumentJson.read(line));
      }
    }
    docs.forEach(places::apply); // warm-up, so that the timing below is of the steady state
    long start = System.nanoTime();
    List<Document> predicted = docs.stream().map(places::apply).toList();
    long nanos = System.nanoTime() - start;
    System.out.printf("places: %d documents, %.2f ms per document%n", docs.size(), nanos / 1e6 / docs.size());
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (Document doc : predicted) {
        w.write(DocumentJson.write(doc, false));
        w.newLine();
      }
    }
    assertThat(predicted).hasSize(docs.size());
  }
}
