package org.herodotus.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;

/**
 * The body of {@code POST /api/ingest}: {@code {"id", "title", "text", "published", "url",
 * "source"}}, of which only {@code text} is required, read into a document without annotation.
 * A document without an id gets the first 16 hex digits of its text's SHA-256, the id the readers
 * give an article without one, so the same text posted here and ingested from a file is one document.
 */
final class IngestRequest {

  static final Set<String> FIELDS = Set.of("id", "title", "text", "published", "url", "source");

  /** The longest id, title, url or source, in characters. */
  static final int MAX_FIELD = 2000;

  private IngestRequest() {}

  /** @throws IllegalArgumentException if {@code body} is not such an object */
  static Document read(byte[] body) {
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body must be a JSON object {\"text\": ...}: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read the body: " + e.getMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object {\"text\": ...}");
    }
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field '" + name + "'; fields: id, title, text, published, url, source");
      }
    }
    String text = string(json, "text", Integer.MAX_VALUE);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("field 'text' is required and must not be blank");
    }
    String id = string(json, "id", MAX_FIELD);
    if (id != null && id.isBlank()) {
      throw new IllegalArgumentException("field 'id' must not be blank");
    }
    String published = string(json, "published", 10);
    LocalDate date;
    try {
      date = published == null ? null : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("field 'published' must be a date YYYY-MM-DD, got '" + published + "'", e);
    }
    String url = string(json, "url", MAX_FIELD);
    if (url != null && !url.matches("(?i)https?://\\S+")) {
      throw new IllegalArgumentException("field 'url' must be an http or https address, got '" + url + "'");
    }
    id = id != null ? id : digest(text);
    return Document.of(new Metadata(id, string(json, "title", MAX_FIELD), date, List.of(), string(json, "source", MAX_FIELD),
        url, null, "api"), text);
  }

  private static String string(JsonNode json, String field, int max) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    if (value.textValue().length() > max) {
      throw new IllegalArgumentException("field '" + field + "' must be at most " + max + " characters");
    }
    return value.textValue();
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
