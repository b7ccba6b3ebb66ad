package org.herodotus.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.herodotus.model.Document;

/**
 * What a {@link Server} serves and where.
 *
 * @param data the data directory whose store (and search index) it serves
 * @param host the address to bind ({@code 127.0.0.1}: this machine only)
 * @param port the port, or 0 for any free one
 * @param output how events are rendered
 * @param pipeline what {@code POST /api/ingest} runs on a document before storing it (the standard
 *     pipeline, passed in so that this module loads no models); it throws
 *     {@link IllegalArgumentException} for a document it cannot read
 * @param err where the token of a first start and warnings go
 * @param tiles an online tile server the map may draw under the events, as a URL template
 *     ({@code https://tile.example.org/{z}/{x}/{y}.png}), or {@code null} for the offline base map
 *     only: nothing is fetched from another host unless the user asks
 * @throws IllegalArgumentException for a blank host, a port out of range or a tile template that
 *     is not an https (or http) address with {z}, {x} and {y}
 */
public record ServerConfig(Path data, String host, int port, EventOutput output, UnaryOperator<Document> pipeline,
    PrintStream err, String tiles) {

  /** Serves with the offline base map only. */
  public ServerConfig(Path data, String host, int port, EventOutput output, UnaryOperator<Document> pipeline, PrintStream err) {
    this(data, host, port, output, pipeline, err, null);
  }

  public ServerConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(err, "err");
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("--host must be an address such as 127.0.0.1, got '" + host + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    if (tiles != null && (!tiles.matches("https?://[A-Za-z0-9.-]+(:\\d+)?/[^\\s'\"<>]*")
        || !tiles.contains("{z}") || !tiles.contains("{x}") || !tiles.contains("{y}"))) {
      throw new IllegalArgumentException("--tiles must be a tile address such as https://tile.example.org/{z}/{x}/{y}.png, got '"
          + tiles + "'");
    }
  }

  /** The scheme, host and port of {@link #tiles}, for the content security policy; {@code null} without tiles. */
  String tileOrigin() {
    if (tiles == null) {
      return null;
    }
    int slash = tiles.indexOf('/', tiles.indexOf("//") + 2);
    return tiles.substring(0, slash);
  }

  /** Whether {@link #host} reaches only this machine. */
  boolean loopback() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
