package org.herodotus.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD scripts: a single object, an array, or
 * an {@code @graph}, with {@code @id} references resolved. Scripts that are not valid JSON are
 * passed over; so is JSON that describes no article. When the article gives no publication date,
 * another node's may stand in, but never an image's or a video's ({@code ImageObject}, ...).
 *
 * @param headline the article's headline, or {@code null}
 * @param datePublished its publication date as written, or {@code null}
 * @param dateModified the date of its last change as written, or {@code null}
 * @param authors the names of its authors (objects with a name, or strings that are not URLs)
 * @param publisher the name of its publisher, or {@code null}
 * @param articleBody the article's text as the page gives it to machines (it may hold markup), or
 *     {@code null}
 */
record JsonLd(String headline, String datePublished, String dateModified, List<String> authors, String publisher,
    String articleBody) {

  private static final JsonLd NONE = new JsonLd(null, null, null, List.of(), null, null);
  /** Pages are written by hand: allow comments, raw newlines in strings and trailing commas. */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  /** The article described in {@code page}'s JSON-LD, or one with every field empty. */
  static JsonLd of(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(LENIENT.readTree(script.data()), nodes);
      } catch (JsonProcessingException e) {
        // A broken script says nothing; the meta tags may.
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    nodes.forEach(node -> {
      if (node.hasNonNull("@id")) {
        byId.putIfAbsent(node.get("@id").asText(), node);
      }
    });
    JsonNode article = nodes.stream().filter(JsonLd::isArticle).findFirst()
        .orElse(nodes.stream().filter(node -> node.hasNonNull("headline") || node.hasNonNull("datePublished"))
            .findFirst().orElse(null));
    if (article == null) {
      return NONE;
    }
    List<String> authors = new ArrayList<>();
    for (JsonNode author : list(article.get("author"))) {
      String name = name(resolve(author, byId));
      if (name != null && !name.startsWith("http") && !authors.contains(name)) {
        authors.add(name);
      }
    }
    String publisher = list(article.get("publisher")).stream()
        .map(node -> name(resolve(node, byId))).filter(name -> name != null).findFirst().orElse(null);
    String published = text(article.get("datePublished"));
    if (published == null) {
      published = nodes.stream().filter(node -> !isMedia(node))
          .map(node -> text(node.get("datePublished"))).filter(d -> d != null).findFirst().orElse(null);
    }
    return new JsonLd(text(article.get("headline")), published, text(article.get("dateModified")), authors, publisher,
        text(article.get("articleBody")));
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> collect(element, into));
    } else if (node.isObject()) {
      into.add(node);
      collect(node.get("@graph"), into);
    }
  }

  private static boolean isArticle(JsonNode node) {
    for (JsonNode type : list(node.get("@type"))) {
      String name = type.asText();
      if (name.endsWith("Article") || name.equals("BlogPosting") || name.equals("LiveBlogPosting") || name.equals("Report")) {
        return true;
      }
    }
    return false;
  }

  /** An image, video or other media object: its date is the picture's, not the article's. */
  private static boolean isMedia(JsonNode node) {
    return list(node.get("@type")).stream().anyMatch(type -> type.asText().endsWith("Object"));
  }

  private static List<JsonNode> list(JsonNode node) {
    List<JsonNode> result = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(result::add);
    } else if (node != null && !node.isNull()) {
      result.add(node);
    }
    return result;
  }

  private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
    if (node.isObject() && !node.has("name") && node.hasNonNull("@id")) {
      return byId.getOrDefault(node.get("@id").asText(), node);
    }
    return node;
  }

  private static String name(JsonNode node) {
    return node.isObject() ? text(node.get("name")) : text(node);
  }

  private static String text(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }
}
