package org.herodotus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLinesTest {

  @Test
  void article_escapesQuotesBackslashesAndControlCharacters() {
    assertThat(JsonLines.article("a", "Wire", "2026-03-10", "\"Quoted\" title", "Line one\nC:\\path\ttab\u0001"))
        .isEqualTo("{\"id\":\"a\",\"source\":\"Wire\",\"published\":\"2026-03-10\",\"title\":\"\\\"Quoted\\\" title\","
            + "\"text\":\"Line one\\nC:\\\\path\\ttab\\u0001\"}");
  }

  @Test
  void shelling_isTheFiveReportsInPublicationOrder() {
    assertThat(JsonLines.shelling()).hasSize(5).first().asString().startsWith("{\"id\":\"wire\"");
  }
}
