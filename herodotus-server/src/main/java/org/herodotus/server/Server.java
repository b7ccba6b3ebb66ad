package org.herodotus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herodotus.store.Store;

/**
 * The HTTP server: the JSON API of {@link Api} over the store of one data directory, read-only
 * except for {@code POST /api/ingest}, which needs the bearer token of {@code <data>/server-token}.
 * Every answer is JSON (or a download) and carries security headers; errors are
 * {@code {"error": "..."}} without stack traces; no CORS headers are sent.
 *
 * <pre>{@code
 * try (Server server = Server.start(new ServerConfig(data, "127.0.0.1", 8080, output, pipeline, System.err))) {
 *   server.awaitClose();
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {

  /** The largest request body, in bytes. */
  public static final int MAX_BODY = 2 * 1024 * 1024;

  private final Javalin app;
  private final Catalog catalog;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  private Server(Javalin app, Catalog catalog) {
    this.app = app;
    this.catalog = catalog;
  }

  /**
   * Opens the store of {@code config.data()} (creating it when there is none), makes or reads the
   * token, and starts listening; warns on {@code config.err()} when bound to other than this machine.
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static Server start(ServerConfig config) {
    ServerToken token = ServerToken.of(config.data(), config.err());
    boolean created = !Files.exists(config.data().resolve(Store.FILE));
    Catalog catalog = new Catalog(Store.open(config.data()));
    if (created) {
      config.err().println("herodotus: created an empty store in " + config.data());
    }
    Api api = new Api(catalog, config.output(), config.pipeline(), token, config.tiles());
    WebAssets web = new WebAssets();
    String policy = policy(config.tileOrigin());
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = MAX_BODY;
      c.http.disableCompression();
    });
    app.before(ctx -> {
      ctx.attribute(POLICY, policy);
      secure(ctx);
    });
    api.routes(app);
    web.routes(app);
    app.exception(IllegalArgumentException.class, (e, ctx) -> Api.fail(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404) {
        noRoute(ctx);
      } else {
        Api.fail(ctx, e.getStatus(), e.getMessage());
      }
    });
    app.exception(Exception.class, (e, ctx) -> Api.fail(ctx, 500,
        "internal error (" + e.getClass().getSimpleName() + "); the server's standard error has no more: please report it"));
    app.error(404, ctx -> {
      if (ctx.attribute(Api.ANSWERED) == null) {
        noRoute(ctx);
      }
    });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      catalog.close();
      String message = "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()
          + " (is another server running there? try another --port)";
      throw new UncheckedIOException(message, e.getCause() instanceof IOException io ? io : new IOException(message, e));
    }
    if (!config.loopback()) {
      config.err().println("herodotus: warning: listening on " + config.host() + ":" + app.port()
          + ", reachable from other machines; the API has no TLS. Use --host 127.0.0.1 unless you mean it.");
    }
    return new Server(app, catalog);
  }

  private static void noRoute(Context ctx) {
    Api.fail(ctx, 404, "no route " + ctx.method() + " " + ctx.path() + "; the API is described at /openapi.json");
  }

  /** The request attribute that holds this server's content security policy. */
  private static final String POLICY = "herodotus.policy";

  /**
   * The content security policy: scripts, styles, data and images from this server only (and
   * images from the tile server, when one is configured); no inline script, no framing, no plugins.
   */
  static String policy(String tileOrigin) {
    return "default-src 'self'; img-src 'self' data:" + (tileOrigin == null ? "" : " " + tileOrigin)
        + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }

  /** Sets the headers every answer carries. */
  static void secure(Context ctx) {
    String policy = ctx.attribute(POLICY);
    ctx.header("Content-Security-Policy", policy != null ? policy : policy(null));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
  }

  /** The port it listens on (the one chosen when started with port 0). */
  public int port() {
    return app.port();
  }

  /** Waits until {@link #close()} is called, by another thread or a shutdown hook. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Stops listening and closes the store once a request that writes it is done; later calls do
   * nothing.
   */
  @Override
  public void close() {
    if (closing.getAndSet(true)) {
      return;
    }
    try {
      app.stop();
    } finally {
      try {
        catalog.close();
      } finally {
        closed.countDown();
      }
    }
  }
}
