package org.herodotus.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.herodotus.store.EventCluster;
import org.herodotus.store.StoredEvent;

/**
 * How the server renders events: as JSON objects in its answers and in the download formats. The
 * command line supplies its own writers (the ones {@code events} and {@code export} use), so the
 * API answers with the same JSON as {@code events --format json} and the server does not depend
 * on the command line.
 */
public interface EventOutput {

  /** One event as a JSON object. */
  ObjectNode json(StoredEvent event);

  /** One event cluster as a JSON object. */
  ObjectNode json(EventCluster cluster);

  /** The download formats, by name ({@code csv}, {@code geojson}, ...). */
  List<String> formats();

  /** The media type of {@code format}'s downloads ({@code text/csv}). */
  String mediaType(String format);

  /** The file name extension of {@code format}'s downloads ({@code csv}). */
  String extension(String format);

  /** Writes {@code events} in {@code format} onto {@code out}; {@code format} is one of {@link #formats()}. */
  void write(String format, List<StoredEvent> events, Writer out) throws IOException;
}
