package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class KafkaTopicsTest {

  @Test
  void topic_readsBrokerAndName_unboundedByDefault() {
    assertThat(KafkaTopics.Topic.of(URI.create("kafka://broker:9092/articles")))
        .isEqualTo(new KafkaTopics.Topic("broker:9092", "articles", false));
  }

  @Test
  void topic_untilLatest_isBounded() {
    assertThat(KafkaTopics.Topic.of(URI.create("kafka://broker:9092/articles?until=latest")).bounded()).isTrue();
  }

  @Test
  void topic_withoutPortOrName_orWithAnUnknownParameter_isRejected() {
    assertThatThrownBy(() -> KafkaTopics.Topic.of(URI.create("kafka://broker/articles")))
        .hasMessageContaining("kafka://host:port/topic[?until=latest], not kafka://broker/articles");
    assertThatThrownBy(() -> KafkaTopics.Topic.of(URI.create("kafka://broker:9092/")))
        .hasMessageContaining("kafka://host:port/topic");
    assertThatThrownBy(() -> KafkaTopics.Topic.of(URI.create("kafka://broker:9092/a?from=earliest")))
        .hasMessageContaining("unknown parameter of a Kafka topic from=earliest");
  }
}
