package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresTest {

  @Test
  void schema_createsTheStoresTables_inPostgresTypes_withUniqueKeys() {
    List<String> schema = Postgres.schema();
    assertThat(schema).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS events ("));
    assertThat(String.join("\n", schema))
        .contains("confidence DOUBLE PRECISION NOT NULL", "authors VARCHAR[]", "id VARCHAR PRIMARY KEY")
        .doesNotContainPattern("DOUBLE(?! PRECISION)")
        .contains("CREATE UNIQUE INDEX IF NOT EXISTS cluster_members_key ON cluster_members (document_id, idx)");
    assertThat(schema.stream().filter(sql -> sql.startsWith("CREATE TABLE"))).hasSize(8);
    assertThat(schema).contains("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS chain_names VARCHAR[]");
  }

  @Test
  void key_namesTypeCountryAndIsoWeek_andTheWeekOfTheLastDaysOfDecember() {
    assertThat(KeyedMention.key("ASSAULT", "SY", LocalDate.of(2026, 3, 10))).isEqualTo("ASSAULT|SY|2026-W11");
    assertThat(KeyedMention.key("cameo:19", "", LocalDate.of(2024, 12, 30))).isEqualTo("cameo:19||2025-W01");
  }
}
