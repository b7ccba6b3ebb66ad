package org.herodotus.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.output.DocumentJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A development harness, not a score: replays annotated documents cached as JSON Lines (with
 * tokens and entity candidates, {@code DocumentJson.write(doc, true)}) through {@link Entities}
 * and writes the predictions for {@code score_entities.py}. Skipped unless the system property
 * {@code herodotus.entities.cache} or the environment variable {@code HERODOTUS_ENTITIES_CACHE}
 * names an existing cache; writes to {@code herodotus.entities.out} (default: the cache path with
 * {@code .entities.jsonl}).
 */
class EntitiesDevSetTest {

  @Test
  void replaysCachedDocuments_writesOneLinePerDocument() throws IOException {
    String cache = System.getProperty("herodotus.entities.cache", System.getenv("HERODOTUS_ENTITIES_CACHE"));
    Assumptions.assumeTrue(cache != null && Files.exists(Path.of(cache)), "no cached dev-set annotation; skipping");
    Path out = Path.of(System.getProperty("herodotus.entities.out", cache + ".entities.jsonl"));
    Entities entities = new Entities();
    List<String> lines = Files.readAllLines(Path.of(cache));
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        Document doc = entities.apply(DocumentJson.read(line));
        w.write(DocumentJson.write(doc, false));
        w.newLine();
        written++;
      }
    }
    assertThat(written).isEqualTo((int) lines.stream().filter(l -> !l.isBlank()).count());
  }
}
