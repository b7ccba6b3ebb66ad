package org.herodotus.flink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.herodotus.model.Document;
import org.herodotus.store.StoreRows;
import org.herodotus.testing.JsonLines;
import org.herodotus.testing.Wires;

/**
 * What the MiniCluster tests share: the articles (written for the project: {@link org.herodotus.testing.Shelling}'s
 * five reports and three of {@link Wires}), a schema of its own per run in the test database, a
 * job run, and the tables' contents. The job's clean run is made once per JVM and shared.
 */
final class JobRuns {

  private JobRuns() {}

  static final String DATABASE = System.getenv("HERODOTUS_TEST_POSTGRES");
  private static final int PARALLELISM = 2;
  private static Path articles;
  private static String cleanRun;

  /** Skips the test when no test database is configured. */
  static void assumePostgres() {
    assumeTrue(DATABASE != null, "HERODOTUS_TEST_POSTGRES is not set: the Flink job tests need a PostgreSQL database"
        + " (source .ci/services, or export jdbc:postgresql://host:port/db?user=...&password=...)");
  }

  /** The test articles as one JSON Lines file, in publication order. */
  static synchronized Path articles() throws Exception {
    if (articles == null) {
      List<String> lines = new ArrayList<>(JsonLines.shelling());
      lines.add(JsonLines.article("defectors", "Levant Wire", "2017-09-05", "Defectors slip out of Idlib", Wires.IDLIB_TEXT));
      lines.add(JsonLines.article("market", "Levant Wire", "2017-09-06", "Aircraft strike Aleppo market", Wires.ALEPPO_TEXT));
      lines.add(JsonLines.article("piraeus", "Aegean Post", "2017-09-08", "Dock workers strike at Piraeus", Wires.HARBOUR_TEXT));
      Path dir = Files.createTempDirectory("herodotus-flink-articles");
      articles = dir.resolve("articles.jsonl");
      Files.write(articles, lines, StandardCharsets.UTF_8);
    }
    return articles;
  }

  /** The URL of the test database with schema {@code name}, created empty. */
  static String freshSchema(String name) throws SQLException {
    try (Connection connection = Postgres.connect(DATABASE); Statement st = connection.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      st.execute("CREATE SCHEMA " + name);
      connection.commit();
    }
    return DATABASE + (DATABASE.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  /** The URL of the schema that holds a clean run of the job over {@link #articles}, made on first use. */
  static synchronized String cleanRun() throws Exception {
    if (cleanRun == null) {
      String url = freshSchema("flink_clean_run");
      run(url, UnaryOperator.identity());
      cleanRun = url;
    }
    return cleanRun;
  }

  /** Runs the job over {@link #articles} into {@code url}, with {@code tap} on the processed documents. */
  static void run(String url, UnaryOperator<DataStream<Document>> tap) throws Exception {
    run(options(articles().toUri(), url, null), tap);
  }

  /** The options of a test run at parallelism 2, checkpointing every 300 ms. */
  static JobOptions options(URI articles, String url, URI eventsTopic) {
    return new JobOptions(articles, url, PARALLELISM, eventsTopic, Duration.ofMillis(300));
  }

  /** Runs the job with {@code options}, with {@code tap} on the processed documents. */
  static void run(JobOptions options, UnaryOperator<DataStream<Document>> tap) throws Exception {
    Configuration restarts = new Configuration();
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(restarts);
    Postgres.createTables(options.events());
    Topology.configure(env, options);
    Topology.events(Topology.articles(env, options.articles()), options, tap);
    env.execute("herodotus test run");
  }

  /** Every row of every table the job writes, each as PostgreSQL's text of the row, sorted, by table. */
  static Map<String, List<String>> tables(String url) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    for (String table : StoreRows.TABLES) {
      tables.put(table, query(url, "SELECT t::text FROM " + table + " t ORDER BY 1"));
    }
    return tables;
  }

  /** The first column of every row {@code sql} returns, as text. */
  static List<String> query(String url, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = Postgres.connect(url); Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
