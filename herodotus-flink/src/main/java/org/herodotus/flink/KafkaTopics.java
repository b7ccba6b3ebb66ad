package org.herodotus.flink;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.herodotus.model.Document;
import org.apache.flink.util.Collector;
import org.herodotus.output.DocumentJson;
import org.herodotus.pipeline.Outcome;
import org.herodotus.read.ArticleStream;
import org.herodotus.read.Articles;
import org.herodotus.read.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka side of the job, the only class that names Flink's Kafka connector: a topic of
 * article JSON as a source, and a topic the processed documents are written to.
 *
 * <p>Source: {@code kafka://host:port/topic} reads from the consumer group {@code herodotus}'s
 * committed offsets (else from the start) and runs until cancelled;
 * {@code kafka://host:port/topic?until=latest} stops at the offsets that were the latest when the
 * job started (a replay of a topic as a batch). Offsets are in the checkpoints: a restore
 * re-reads from there. Each message's value is one article JSON object, read as a JSON Lines
 * file's line ({@code id}, {@code title}, {@code published}, {@code source}, {@code url},
 * {@code text} or {@code html}).
 *
 * <p>Sink: one message per processed document, keyed by document id, its value the document's
 * JSON Lines output ({@code docs/format.md}: metadata, entities, places, actors, events with
 * their places and dates, quotes). At least once: after a restore a document may be written
 * again, with the same key and value, so a compacted topic, or a consumer that upserts by key,
 * holds each document once.
 */
final class KafkaTopics {

  private KafkaTopics() {}

  /** A topic at a broker, from a {@code kafka://host:port/topic[?until=latest]} URI. */
  record Topic(String bootstrapServers, String topic, boolean bounded) {

    static Topic of(URI uri) {
      String topic = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
      if (uri.getHost() == null || uri.getPort() < 0 || topic.isEmpty()) {
        throw new IllegalArgumentException("a Kafka topic is kafka://host:port/topic[?until=latest], not " + uri);
      }
      String query = uri.getQuery();
      if (query != null && !query.equals("until=latest")) {
        throw new IllegalArgumentException("unknown parameter of a Kafka topic " + query + ": only until=latest is known");
      }
      return new Topic(uri.getHost() + ":" + uri.getPort(), topic, query != null);
    }
  }

  /** The articles of the topic {@code uri} names, one article JSON string each. */
  static DataStream<String> articles(StreamExecutionEnvironment env, URI uri) {
    Topic topic = Topic.of(uri);
    var builder = KafkaSource.<String>builder()
        .setBootstrapServers(topic.bootstrapServers())
        .setTopics(topic.topic())
        .setGroupId("herodotus")
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setValueOnlyDeserializer(new SimpleStringSchema());
    if (topic.bounded()) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "articles").uid("articles")
        .flatMap(new ReadArticle()).name("read articles").uid("read-articles");
  }

  /**
   * Reads a message's article JSON as {@code herodotus extract} reads a line of JSON Lines (the same
   * fields, a dateline found in the text, {@code html} instead of {@code text}), and hands it on as
   * the article JSON the pipeline takes ({@link DocumentJson}); a message that is no article is
   * logged and skipped.
   */
  static final class ReadArticle implements FlatMapFunction<String, String> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ReadArticle.class);

    @Override
    public void flatMap(String message, Collector<String> out) {
      ReadOptions options = ReadOptions.defaults().withStdin(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
      try (ArticleStream articles = Articles.open(List.of("-"), options)) {
        while (articles.hasNext()) {
          Outcome outcome = articles.next();
          if (outcome instanceof Outcome.Done done) {
            out.collect(DocumentJson.write(done.document(), false));
          } else if (outcome instanceof Outcome.Failed failed) {
            LOG.warn("skipped a message that is no article: {}", failed.describe());
          }
        }
      }
    }
  }

  /** Writes each processed document to the topic {@code uri} names ({@code kafka://host:port/topic}), keyed by its id. */
  static void documents(DataStream<Document> documents, URI uri) {
    Topic target = Topic.of(uri);
    String topic = target.topic();
    KafkaSink<Document> sink = KafkaSink.<Document>builder()
        .setBootstrapServers(target.bootstrapServers())
        .setRecordSerializer((KafkaRecordSerializationSchema<Document>) (doc, context, timestamp) -> new ProducerRecord<>(
            topic, doc.id().getBytes(StandardCharsets.UTF_8), DocumentJson.write(doc, false).getBytes(StandardCharsets.UTF_8)))
        .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
        .build();
    documents.sinkTo(sink).name("documents to Kafka").uid("documents-to-kafka");
  }
}
