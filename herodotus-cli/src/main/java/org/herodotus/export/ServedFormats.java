package org.herodotus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.herodotus.server.EventOutput;
import org.herodotus.store.EventCluster;
import org.herodotus.store.StoredEvent;

/**
 * The export writers as the server uses them: events and clusters as {@code events --format json}
 * writes them, and downloads in {@code csv}, {@code acled-csv}, {@code jsonl} and {@code geojson}.
 * It lives here, beside the writers, so that the server module needs nothing of the command line.
 */
public final class ServedFormats implements EventOutput {

  private static final List<String> FORMATS = List.of("csv", "acled-csv", "jsonl", "geojson");

  @Override
  public ObjectNode json(StoredEvent event) {
    return EventJson.of(event);
  }

  @Override
  public ObjectNode json(EventCluster cluster) {
    return ClusterWriter.json(cluster);
  }

  @Override
  public List<String> formats() {
    return FORMATS;
  }

  @Override
  public String mediaType(String format) {
    return switch (known(format)) {
      case CSV, ACLED_CSV -> "text/csv";
      case GEOJSON -> "application/geo+json";
      default -> "application/x-ndjson";
    };
  }

  @Override
  public String extension(String format) {
    return switch (known(format)) {
      case CSV, ACLED_CSV -> "csv";
      case GEOJSON -> "geojson";
      default -> "jsonl";
    };
  }

  @Override
  public void write(String format, List<StoredEvent> events, Writer out) throws IOException {
    EventWriter writer = known(format).writer(out);
    writer.begin();
    for (StoredEvent event : events) {
      writer.write(event);
    }
    writer.end();
  }

  private static EventFormat known(String format) {
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException("no download format '" + format + "'; formats: " + String.join(", ", FORMATS));
    }
    return EventFormat.parse(format);
  }
}
