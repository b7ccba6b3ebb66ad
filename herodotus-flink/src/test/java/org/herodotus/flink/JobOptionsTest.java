package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void parse_readsEveryOption() {
    JobOptions options = JobOptions.parse("--articles", "kafka://broker:9092/articles", "--events", "jdbc:postgresql://db/herodotus",
        "--parallelism", "32", "--events-topic", "kafka://broker:9092/events", "--checkpoint-interval", "500ms");
    assertThat(options.articles().getScheme()).isEqualTo("kafka");
    assertThat(options.events()).isEqualTo("jdbc:postgresql://db/herodotus");
    assertThat(options.parallelism()).isEqualTo(32);
    assertThat(options.eventsTopic()).hasToString("kafka://broker:9092/events");
    assertThat(options.checkpointInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.gazetteer()).isNull();
  }

  @Test
  void parse_gazetteer_isThePathOfTheIndexOnTheTaskManagers() {
    JobOptions options = JobOptions.parse("--articles", "file:///data/", "--events", "jdbc:postgresql://db/h",
        "--gazetteer", "/shared/geonames.idx");
    assertThat(options.gazetteer()).isEqualTo("/shared/geonames.idx");
    assertThatThrownBy(() -> JobOptions.parse("--articles", "file:///data/", "--events", "jdbc:postgresql://db/h",
        "--gazetteer", " ")).hasMessageContaining("--gazetteer must be the path of an index file");
  }

  @Test
  void parse_defaults_toTheClustersParallelism_andAMinuteBetweenCheckpoints() {
    JobOptions options = JobOptions.parse("--articles", "file:///data/cc-news/", "--events", "jdbc:postgresql://db/h");
    assertThat(options.parallelism()).isZero();
    assertThat(options.eventsTopic()).isNull();
    assertThat(options.checkpointInterval()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void parse_unknownOption_isRejectedWithTheUsage() {
    assertThatThrownBy(() -> JobOptions.parse("--articles", "file:///a", "--events", "jdbc:postgresql://db/h", "--paralellism", "2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown options: [--paralellism, 2]")
        .hasMessageContaining("usage:");
  }

  @Test
  void parse_eventsOtherThanPostgres_isRejected() {
    assertThatThrownBy(() -> JobOptions.parse("--articles", "file:///a", "--events", "jdbc:duckdb:/tmp/x"))
        .hasMessageContaining("--events must be a jdbc:postgresql: URL, not jdbc:duckdb:/tmp/x");
  }

  @Test
  void parse_articlesOverHttp_isRejected() {
    assertThatThrownBy(() -> JobOptions.parse("--articles", "http://example.org/feed", "--events", "jdbc:postgresql://db/h"))
        .hasMessageContaining("--articles must be a file: or kafka: URI");
  }
}
