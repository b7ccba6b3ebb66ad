package org.herodotus.testing;

import java.util.List;

/**
 * Test articles as lines of JSON Lines, the input format {@code herodotus ingest} and the Flink job
 * read: one object with {@code id}, {@code source}, {@code published}, {@code title}, {@code text}.
 */
public final class JsonLines {

  private JsonLines() {}

  /** The five reports of {@link Shelling} (four of one shelling of Idlib, one of Aleppo), in publication order. */
  public static List<String> shelling() {
    return List.of(
        article("wire", "Levant Wire", "2026-03-10", "Government shelling kills seven in Idlib", Shelling.WIRE),
        article("courier", "Daily Courier", "2026-03-11", "Government shelling kills seven in Idlib", Shelling.SYNDICATED),
        article("tribune", "Northern Tribune", "2026-03-11", "Market hit as artillery pounds Idlib", Shelling.TRIBUNE),
        article("post", "Evening Post", "2026-03-11", "Seven civilians killed in Idlib shelling", Shelling.POST),
        article("aleppo", "Levant Wire", "2026-03-11", "Shelling wounds 12 in eastern Aleppo", Shelling.ALEPPO));
  }

  /** One article as a line of JSON. */
  public static String article(String id, String source, String published, String title, String text) {
    return "{\"id\":" + quoted(id) + ",\"source\":" + quoted(source) + ",\"published\":" + quoted(published)
        + ",\"title\":" + quoted(title) + ",\"text\":" + quoted(text) + "}";
  }

  /** {@code value} as a JSON string. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
