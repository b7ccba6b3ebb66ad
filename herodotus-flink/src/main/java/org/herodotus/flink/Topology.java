package org.herodotus.flink;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.herodotus.model.Document;

/**
 * The job's topology, a few calls over streams:
 *
 * <pre>
 * articles ─rebalance→ pipeline ─┬→ documents (upsert into PostgreSQL)
 *                                └→ mentions ─keyBy(type, country, week)→ clustering → clusters (upsert)
 * </pre>
 *
 * <p>The pipeline, the document sink and the mention extraction run chained in one task, with
 * object reuse on: processed documents are handed on by reference and never serialized (they are
 * immutable records); only article JSON and mentions cross the network.
 */
public final class Topology {

  private Topology() {}

  /** How far publication dates may run out of order before a mention counts as late. */
  static final Duration OUT_OF_ORDER = Duration.ofDays(2);
  /** How long a mention stream may be silent before its subtask stops holding the watermark back. */
  static final Duration IDLE = Duration.ofMinutes(5);

  /**
   * Sets up checkpointing, object reuse and the parallelism of {@code options}. Checkpoints are
   * unaligned: an article takes the pipeline about a second, so a barrier queued behind the
   * articles in the network buffers would wait minutes; unaligned, it overtakes them and they are
   * stored in the checkpoint, to be processed again after a restore.
   */
  public static void configure(StreamExecutionEnvironment env, JobOptions options) {
    env.enableCheckpointing(options.checkpointInterval().toMillis());
    env.getCheckpointConfig().enableUnalignedCheckpoints();
    env.getConfig().enableObjectReuse();
    if (options.parallelism() > 0) {
      env.setParallelism(options.parallelism());
    }
  }

  /**
   * The articles at {@code uri}, one article JSON string each: the files of a {@code file:} URI, or
   * the messages of a {@code kafka:} topic ({@link KafkaTopics}).
   *
   * @throws IllegalArgumentException if the URI is neither
   */
  public static DataStream<String> articles(StreamExecutionEnvironment env, URI uri) {
    if ("kafka".equals(uri.getScheme())) {
      return KafkaTopics.articles(env, uri);
    }
    if (!"file".equals(uri.getScheme())) {
      throw new IllegalArgumentException("articles are read from file: or kafka: URIs; not " + uri);
    }
    FileSource<String> files = FileSource.forBulkFileFormat(new ArticleFiles(), new Path(uri)).build();
    return env.fromSource(files, WatermarkStrategy.noWatermarks(), "articles").uid("articles");
  }

  /**
   * Runs the pipeline over {@code articles} and upserts documents and event clusters into the
   * database of {@code options}, and writes the documents to its events topic when it names one.
   */
  public static void events(DataStream<String> articles, JobOptions options) {
    events(articles, options, UnaryOperator.identity());
  }

  /** As {@link #events(DataStream, JobOptions)}, with {@code tap} applied to the processed documents (tests inject failures there). */
  static void events(DataStream<String> articles, JobOptions options, UnaryOperator<DataStream<Document>> tap) {
    String jdbcUrl = options.events();
    DataStream<Document> documents = tap.apply(articles.rebalance()
        .process(new Extraction(options.gazetteer())).name("pipeline").uid("pipeline"));
    documents.sinkTo(PostgresSink.documents(jdbcUrl)).name("documents").uid("documents");
    if (options.eventsTopic() != null) {
      KafkaTopics.documents(documents, options.eventsTopic());
    }
    documents.flatMap(new Mentions()).name("mentions").uid("mentions")
        .assignTimestampsAndWatermarks(WatermarkStrategy.<KeyedMention>forBoundedOutOfOrderness(OUT_OF_ORDER)
            .withTimestampAssigner((mention, previous) -> mention.timestamp())
            .withIdleness(IDLE))
        .keyBy(KeyedMention::key)
        .process(new EventClustering()).name("clustering").uid("clustering")
        .sinkTo(PostgresSink.clusters(jdbcUrl)).name("clusters").uid("clusters");
  }
}
