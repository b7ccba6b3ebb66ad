package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parse_objectsArraysStringsNumbersAndLiterals() {
    Object value = Json.parse(" {\"cca2\": \"SY\", \"latlng\": [35, -38.5e0], \"independent\": true,"
        + " \"capital\": null, \"name\": {\"common\": \"T\\u00fcrkiye \\\"x\\\"\"}, \"empty\": []} ");
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    assertThat(map).containsEntry("cca2", "SY").containsEntry("latlng", List.of(35.0, -38.5))
        .containsEntry("independent", true).containsEntry("capital", null)
        .containsEntry("name", Map.of("common", "Türkiye \"x\"")).containsEntry("empty", List.of());
  }

  @Test
  void parse_malformed_saysWhere() {
    assertThatThrownBy(() -> Json.parse("[1, 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Malformed JSON at offset 5");
  }
}
