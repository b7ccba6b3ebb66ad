package org.herodotus.export;

import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/** The formats events are written in, by the name the command line uses. */
public enum EventFormat {
  TABLE("table"),
  CSV("csv"),
  JSON("json"),
  JSONL("jsonl"),
  GEOJSON("geojson"),
  ACLED_CSV("acled-csv");

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
    return switch (this) {
      case TABLE -> new TableWriter(out);
      case CSV -> new CsvWriter(out);
      case JSON, JSONL -> new JsonLinesWriter(out);
      case GEOJSON -> new GeoJsonWriter(out);
      case ACLED_CSV -> new AcledCsvWriter(out);
    };
  }
}
