package org.herodotus.export;

import java.io.Writer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.herodotus.store.EventCluster;

/** The formats events are written in, by the name the command line uses. */
public enum EventFormat {
  TABLE("table"),
  CSV("csv"),
  JSON("json"),
  JSONL("jsonl"),
  GEOJSON("geojson"),
  ACLED_CSV("acled-csv"),
  GDELT_TSV("gdelt-tsv");

  private final String label;

  EventFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The format named {@code name} ({@code "acled-csv"}), case-insensitively.
   *
   * @throws IllegalArgumentException if there is none, naming the ones there are
   */
  public static EventFormat parse(String name) {
    for (EventFormat format : values()) {
      if (format.label.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException("no format '" + name + "'; formats: "
        + String.join(", ", Arrays.stream(values()).map(EventFormat::label).toList()));
  }

  /** A writer of this format onto {@code out}. {@code json} and {@code jsonl} both write JSON Lines. */
  public EventWriter writer(Writer out) {
    return writer(out, false, Clock.systemUTC());
  }

  /**
   * A writer of this format onto {@code out}; {@code gdelt-tsv} writes its column names first when
   * {@code header} is set (the other formats always or never have one) and {@code clock}'s time
   * as each row's DATEADDED.
   */
  public EventWriter writer(Writer out, boolean header, Clock clock) {
    return writer(out, header, clock, id -> null);
  }

  /**
   * Like {@link #writer(Writer, boolean, Clock)}; {@code gdelt-tsv} writes one row per event
   * cluster, looked up by id with {@code clusters} ({@code null} for an unknown id).
   */
  public EventWriter writer(Writer out, boolean header, Clock clock, Function<String, EventCluster> clusters) {
    return switch (this) {
      case TABLE -> new TableWriter(out);
      case CSV -> new CsvWriter(out);
      case JSON, JSONL -> new JsonLinesWriter(out);
      case GEOJSON -> new GeoJsonWriter(out);
      case ACLED_CSV -> new AcledCsvWriter(out);
      case GDELT_TSV -> new GdeltTsvWriter(out, header, clock, clusters);
    };
  }
}
