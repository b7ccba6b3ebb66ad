package org.herodotus.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.herodotus.store.StoredEvent;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of the events that have coordinates: one Point feature
 * per event at its place, [longitude, latitude], with the event's JSON ({@link EventJson}) as
 * properties. Events without coordinates are left out. One feature per line.
 */
final class GeoJsonWriter implements EventWriter {

  private final Writer out;
  private boolean first = true;

  GeoJsonWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
  }

  @Override
  public void write(StoredEvent event) throws IOException {
    if (!event.located()) {
      return;
    }
    out.write(first ? "" : ",\n");
    out.write(EventJson.MAPPER.writeValueAsString(
        point(event.documentId() + "#" + event.index(), event.place().lon(), event.place().lat(), EventJson.of(event))));
    first = false;
  }

  /** One Point feature: {@code id}, [longitude, latitude] as RFC 7946 orders them, and {@code properties}. */
  static ObjectNode point(String id, double lon, double lat, ObjectNode properties) {
    ObjectNode feature = EventJson.MAPPER.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", id);
    ObjectNode geometry = feature.putObject("geometry");
    geometry.put("type", "Point");
    ArrayNode coordinates = geometry.putArray("coordinates");
    coordinates.add(lon);
    coordinates.add(lat);
    feature.set("properties", properties);
    return feature;
  }

  @Override
  public void end() throws IOException {
    out.write("\n]}\n");
    out.flush();
  }
}
