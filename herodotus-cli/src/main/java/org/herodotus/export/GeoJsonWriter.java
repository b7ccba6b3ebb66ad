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
    ObjectNode feature = EventJson.MAPPER.createObjectNode();
    feature.put("type", "Feature");
    feature.put("id", event.documentId() + "#" + event.index());
    ObjectNode geometry = feature.putObject("geometry");
    geometry.put("type", "Point");
    ArrayNode coordinates = geometry.putArray("coordinates");
    coordinates.add(event.place().lon());
    coordinates.add(event.place().lat());
    feature.set("properties", EventJson.of(event));
    out.write(first ? "" : ",\n");
    out.write(EventJson.MAPPER.writeValueAsString(feature));
    first = false;
  }

  @Override
  public void end() throws IOException {
    out.write("\n]}\n");
    out.flush();
  }
}
