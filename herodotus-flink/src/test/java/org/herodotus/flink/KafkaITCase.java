package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.herodotus.output.DocumentJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job reading articles from a Kafka topic (two partitions, on an in-process KRaft broker from
 * Kafka's test kit) up to its latest offsets, and writing each processed document to a topic of
 * events as well: PostgreSQL ends up exactly as after the run over the same articles from a file,
 * and the events topic holds every document, keyed by its id.
 */
class KafkaITCase {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
      .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

  static KafkaClusterTestKit kafka;
  static String url;

  @BeforeAll
  static void runTheJobOverATopic() throws Exception {
    JobRuns.assumePostgres();
    kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        // one broker: the consumer group's offsets topic must not ask for three replicas
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    try (Admin admin = kafka.admin()) {
      admin.createTopics(List.of(new NewTopic("articles", 2, (short) 1), new NewTopic("events", 1, (short) 1))).all().get();
    }
    Properties producer = new Properties();
    producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaProducer<String, String> articles = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
      for (String line : Files.readAllLines(JobRuns.articles())) {
        articles.send(new ProducerRecord<>("articles", DocumentJson.read(line).id(), line)).get();
      }
    }
    url = JobRuns.freshSchema("flink_kafka_run");
    String broker = kafka.bootstrapServers().split(",")[0].replaceFirst("^[A-Z_]+://", "");
    JobRuns.run(JobRuns.options(URI.create("kafka://" + broker + "/articles?until=latest"), url,
        URI.create("kafka://" + broker + "/events")), UnaryOperator.identity());
  }

  @AfterAll
  static void stopTheBroker() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void everyTable_equalsTheRunOverTheSameArticlesFromAFile_butWhereTheyCameFrom() throws Exception {
    Map<String, List<String>> fromKafka = JobRuns.tables(url);
    Map<String, List<String>> fromFile = JobRuns.tables(JobRuns.cleanRun());
    fromKafka.remove("documents");
    fromFile.remove("documents");
    assertThat(fromKafka).isEqualTo(fromFile);
    String columns = "SELECT (id, content_hash, title, published, authors, source, url, text)::text FROM documents ORDER BY 1";
    assertThat(JobRuns.query(url, columns)).isEqualTo(JobRuns.query(JobRuns.cleanRun(), columns)).hasSize(8);
  }

  @Test
  void theEventsTopic_holdsEveryProcessedDocument_keyedByItsId_withItsEvents() {
    Properties consumer = new Properties();
    consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "test");
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Map<String, String> documents = new TreeMap<>();
    try (KafkaConsumer<String, String> events = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
      events.subscribe(List.of("events"));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (documents.size() < 8 && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : events.poll(Duration.ofMillis(500))) {
          documents.put(record.key(), record.value());
        }
      }
    }
    assertThat(documents).containsOnlyKeys("aleppo", "courier", "defectors", "market", "piraeus", "post", "tribune", "wire");
    assertThat(documents.get("wire")).contains("\"events\"", "\"ASSAULT\"", "Idlib");
  }
}
