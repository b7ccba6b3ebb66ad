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
 * @throws IllegalArgumentException for a blank host or a port out of range
 */
public record ServerConfig(Path data, String host, int port, EventOutput output, UnaryOperator<Document> pipeline,
    PrintStream err) {

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
  }

  /** Whether {@link #host} reaches only this machine. */
  boolean loopback() {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
  }
}
