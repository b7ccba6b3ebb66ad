package org.herodotus.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.pipeline.Outcome;

/**
 * Reads one JSON Lines record:
 * <code>{"id", "text" or "html", "title", "published" (or "date", "dct"), "url", "source",
 * "authors"}</code>, every field but the article optional. Other fields are ignored.
 *
 * <p>{@code text} is the document text exactly as given (gold offsets index it); a record with
 * {@code html} instead is read as a web page, its own fields winning over the page's. A record
 * with both uses {@code text}.
 */
final class JsonRecords {

  private static final List<String> DATE_FIELDS = List.of("published", "date", "dct");

  private final ObjectMapper mapper;
  private final ReadOptions options;

  JsonRecords(ReadOptions options) {
    this.options = options;
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) Math.max(options.maxBytes(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /** The article of {@code line}, or the failure that says what is wrong with the line. */
  Outcome read(LineReader.Line line, String origin) {
    if (line.text() == null) {
      return Fields.NONE.failed(origin, Messages.lineTooLong(line.number(), line.skippedBytes(), options));
    }
    JsonNode node;
    try {
      node = mapper.readTree(line.text());
    } catch (JsonProcessingException e) {
      return new Outcome.Failed(origin, origin, "read", Messages.notJson(line.number(), e), e);
    }
    if (!node.isObject()) {
      return Fields.NONE.failed(origin, Messages.notObject(line.number(), typeOf(node)));
    }
    Fields fields = Fields.NONE;
    try {
      fields = new Fields(string(node, "id", true), string(node, "title", false), published(node),
          authors(node), string(node, "source", false), string(node, "url", false));
      String text = string(node, "text", false);
      if (text != null) {
        return fields.complete(text, origin, options);
      }
      String html = string(node, "html", false);
      return html != null ? HtmlArticle.read(html, origin, fields, options)
          : fields.failed(origin, Messages.NO_TEXT_OR_HTML);
    } catch (Unreadable e) {
      return fields.failed(origin, e.getMessage());
    }
  }

  /** The string value of {@code field}, {@code null} if absent or null; numbers too if {@code numbers}. */
  private static String string(JsonNode node, String field, boolean numbers) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual() || (numbers && value.isNumber())) {
      return value.asText();
    }
    throw new Unreadable(Messages.wrongType(field, numbers ? "a string or a number" : "a string",
        typeOf(value)));
  }

  private static LocalDate published(JsonNode node) {
    for (String field : DATE_FIELDS) {
      String value = string(node, field, false);
      if (value != null && !value.isBlank()) {
        LocalDate date = Dates.parse(value);
        if (date == null) {
          throw new Unreadable(Messages.badDate(field, value));
        }
        return date;
      }
    }
    return null;
  }

  private static List<String> authors(JsonNode node) {
    JsonNode value = node.get("authors");
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return value.asText().isBlank() ? List.of() : List.of(value.asText().strip());
    }
    if (!value.isArray()) {
      throw new Unreadable(Messages.wrongType("authors", "a list of names", typeOf(value)));
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : value) {
      if (!name.isTextual()) {
        throw new Unreadable(Messages.wrongType("authors", "a list of names", "array holding a " + typeOf(name)));
      }
      if (!name.asText().isBlank()) {
        names.add(name.asText().strip());
      }
    }
    return names;
  }

  private static String typeOf(JsonNode value) {
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
