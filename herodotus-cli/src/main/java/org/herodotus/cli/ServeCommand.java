package org.herodotus.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.export.ServedFormats;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipelines.Pipelines;
import org.herodotus.server.Server;
import org.herodotus.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herodotus serve}: the JSON API over the store of a data directory until interrupted.
 * The server gets the export writers and the standard pipeline from here, so it needs nothing of
 * the command line; the models load at the first {@code POST /api/ingest}, not at start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the stored events as a web UI (map, timeline, filters, event, article and actor pages)",
        "and a JSON API (described at /openapi.json) until interrupted.",
        "Read-only, except POST /api/ingest, which needs 'Authorization: Bearer TOKEN' with the",
        "token kept in DIR/server-token (made and printed at the first start)."},
    footer = {"", "Examples:",
        "  herodotus serve --data ~/.herodotus/data        then open http://127.0.0.1:8080/",
        "  curl 'http://127.0.0.1:8080/api/events?type=ASSAULT&country=SY&limit=10'",
        "", "Exit status: 0 stopped, 2 bad options, a store that cannot be opened or a port that is taken."})
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; others get a warning).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8080;

  @Option(names = "--tiles", paramLabel = "URL",
      description = {"Online map tiles to draw under the events, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png",
          "(mind the tile server's usage policy). Default: none; the offline base map of country borders only."})
  String tiles;

  @Mixin GazetteerOption places;

  /** Builds the ingest pipeline; a seam for tests that run without the models. */
  private final Function<CoreNlpConfig, Pipeline> pipelines;
  /** Runs while the server is up; waits for an interrupt, or makes requests in tests. */
  private final Consumer<Server> serving;

  ServeCommand() {
    this.pipelines = config -> Pipelines.standard(config, places.gazetteer());
    this.serving = ServeCommand::untilInterrupted;
  }

  ServeCommand(Function<CoreNlpConfig, Pipeline> pipelines, Consumer<Server> serving) {
    this.pipelines = pipelines;
    this.serving = serving;
  }

  @Override
  public Integer call() {
    if (places.path != null) {
      places.gazetteer(); // a wrong --gazetteer fails now, not at the first POST /api/ingest
    }
    ServerConfig config = new ServerConfig(data.data, host, port, new ServedFormats(), ingest(), System.err, tiles);
    try (Server server = Server.start(config)) {
      System.err.println("herodotus: serving " + data.data + " at http://" + host + ":" + server.port()
          + "/ (the map, timeline and tables; the JSON API under /api/, described at /openapi.json)");
      serving.accept(server);
    }
    return 0;
  }

  /** The standard pipeline, built at its first use; a document it fails is a bad request. */
  private UnaryOperator<Document> ingest() {
    CoreNlpConfig config = new CoreNlpConfig(true, false);
    return doc -> {
      Outcome outcome = pipelines.apply(config).process(doc);
      if (outcome instanceof Outcome.Failed failed) {
        throw new IllegalArgumentException("cannot read the article: " + failed.describe(), failed.cause());
      }
      return ((Outcome.Done) outcome).document();
    };
  }

  /** Waits for Ctrl-C (or another signal that ends the process), then closes the store cleanly. */
  private static void untilInterrupted(Server server) {
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "herodotus-serve-shutdown"));
    try {
      server.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
