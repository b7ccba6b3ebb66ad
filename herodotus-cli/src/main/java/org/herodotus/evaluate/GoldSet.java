package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;

/**
 * A gold evaluation file in JSON Lines ({@code ../shared/eval/<area>/dev.jsonl}): one record per
 * document with {@code id}, {@code text}, optional {@code corpus} and publication date ({@code dct},
 * or {@code date} in the geoparsing set), and the gold annotations under a field that depends on
 * the area.
 *
 * @param records the parsed records, in file order
 */
public record GoldSet(List<JsonNode> records) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads {@code path}.
   *
   * @throws IllegalArgumentException if it is missing or a line is not a record with id and text
   */
  public static GoldSet read(Path path) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (!node.path("id").isTextual() || !node.path("text").isTextual()) {
          throw new IllegalArgumentException(path + ":" + number + " is not a gold record: \"id\" and \"text\" are required");
        }
        records.add(node);
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("gold file " + path + " does not exist; give --gold the path of a dev.jsonl", e);
    }
    return new GoldSet(List.copyOf(records));
  }

  /**
   * The records as unannotated documents, with their {@code title} and {@code url}, published on
   * their {@code dct}, {@code published} or {@code date} when they have one.
   */
  public List<Document> documents() {
    List<Document> docs = new ArrayList<>();
    for (JsonNode record : records) {
      String published = record.path(record.hasNonNull("dct") ? "dct" : record.hasNonNull("published") ? "published" : "date").asText(null);
      Metadata meta = new Metadata(record.get("id").asText(), record.path("title").asText(null), null, List.of(), null,
          record.path("url").asText(null), null, null);
      if (published != null && published.length() >= 10) {
        meta = meta.withPublished(LocalDate.parse(published.substring(0, 10)));
      }
      docs.add(Document.of(meta, record.get("text").asText()));
    }
    return docs;
  }
}
