package org.herodotus.flink;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the job reads and where it writes, from its command line.
 *
 * <pre>{@code
 * --articles file:///data/cc-news/ | kafka://broker:9092/articles
 * --events jdbc:postgresql://db:5432/herodotus?user=...&password=...
 * [--parallelism 32] [--events-topic kafka://broker:9092/events] [--checkpoint-interval 60s]
 * [--gazetteer /shared/geonames.idx]
 * }</pre>
 *
 * @param articles where articles come from: a {@code file:} URI of a file or folder (WARC, JSON
 *     Lines, HTML, text: what {@code herodotus extract} reads), or {@code kafka://host:port/topic}
 *     of article JSON, one object per message
 * @param events the JDBC URL of the PostgreSQL database the records are upserted into
 * @param parallelism the job's parallelism, or 0 for the cluster's default
 * @param eventsTopic {@code kafka://host:port/topic}, a topic to write each processed document to
 *     as well (its JSON Lines output, events included, keyed by document id), or {@code null}
 * @param checkpointInterval how often the job checkpoints
 * @param gazetteer the path of a gazetteer index that {@code herodotus gazetteer build} wrote, the
 *     same on every task manager (a shared file system), or {@code null} for the default gazetteer
 */
public record JobOptions(URI articles, String events, int parallelism, URI eventsTopic, Duration checkpointInterval,
    String gazetteer) {

  static final String USAGE = "usage: herodotus-flink --articles file:///path/ | kafka://host:port/topic"
      + " --events jdbc:postgresql://host:port/db [--parallelism N] [--events-topic kafka://host:port/topic]"
      + " [--checkpoint-interval 60s] [--gazetteer /path/on/every/task/manager.idx]";

  public JobOptions {
    if (articles == null || !List.of("file", "kafka").contains(articles.getScheme())) {
      throw new IllegalArgumentException("--articles must be a file: or kafka: URI, not " + articles + "\n" + USAGE);
    }
    if (events == null || !events.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--events must be a jdbc:postgresql: URL, not " + events + "\n" + USAGE);
    }
    if (eventsTopic != null && !"kafka".equals(eventsTopic.getScheme())) {
      throw new IllegalArgumentException("--events-topic must be a kafka://host:port/topic URI, not " + eventsTopic + "\n" + USAGE);
    }
    if (parallelism < 0) {
      throw new IllegalArgumentException("--parallelism must not be negative: " + parallelism);
    }
    if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
      throw new IllegalArgumentException("--checkpoint-interval must be positive: " + checkpointInterval);
    }
    if (gazetteer != null && gazetteer.isBlank()) {
      throw new IllegalArgumentException("--gazetteer must be the path of an index file\n" + USAGE);
    }
  }

  /** The options without a gazetteer of their own: the default gazetteer resolves places. */
  public JobOptions(URI articles, String events, int parallelism, URI eventsTopic, Duration checkpointInterval) {
    this(articles, events, parallelism, eventsTopic, checkpointInterval, null);
  }

  /**
   * The options of {@code args}.
   *
   * @throws IllegalArgumentException for an unknown option, a missing value or a required option
   *     left out, with the usage
   */
  public static JobOptions parse(String... args) {
    URI articles = null;
    String events = null;
    int parallelism = 0;
    URI topic = null;
    Duration interval = Duration.ofSeconds(60);
    String gazetteer = null;
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!List.of("--articles", "--events", "--parallelism", "--events-topic", "--checkpoint-interval", "--gazetteer")
          .contains(name)) {
        unknown.add(name);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--articles" -> articles = URI.create(value);
        case "--events" -> events = value;
        case "--parallelism" -> parallelism = integer(name, value);
        case "--events-topic" -> topic = URI.create(value);
        case "--gazetteer" -> gazetteer = value;
        default -> interval = duration(value);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown options: " + unknown + "\n" + USAGE);
    }
    return new JobOptions(articles, events, parallelism, topic, interval, gazetteer);
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
    }
  }

  /** {@code 500ms}, {@code 30s}, {@code 5m}. */
  private static Duration duration(String value) {
    try {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      long amount = Long.parseLong(value.substring(0, value.length() - 1));
      return switch (value.charAt(value.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("--checkpoint-interval must be like 500ms, 30s or 5m, not " + value, e);
    }
  }
}
