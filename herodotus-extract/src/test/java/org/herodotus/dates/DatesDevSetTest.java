package org.herodotus.dates;

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
 * tokens and time candidates, {@code DocumentJson.write(doc, true)}) through {@link Dates} and
 * writes the predictions for an external scorer. Skipped unless the system property or
 * environment variable {@code herodotus.dates.cache} names an existing cache; writes to
 * {@code herodotus.dates.out} (default: the cache path with {@code .dates.jsonl}).
 */
class DatesDevSetTest {

  @Test
  void replaysCachedDocuments_writesOneLinePerDocument() throws IOException {
    String cache = System.getProperty("herodotus.dates.cache", System.getenv("HERODOTUS_DATES_CACHE"));
    Assumptions.assumeTrue(cache != null && Files.exists(Path.of(cache)), "no cached dev-set annotation; skipping");
    Path out = Path.of(System.getProperty("herodotus.dates.out", cache + ".dates.jsonl"));
    Dates dates = new Dates();
    List<String> lines = Files.readAllLines(Path.of(cache));
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        Document doc = dates.apply(DocumentJson.read(line));
        w.write(DocumentJson.write(doc, false));
        w.newLine();
        written++;
      }
    }
    assertThat(written).isEqualTo((int) lines.stream().filter(l -> !l.isBlank()).count());
  }
}
