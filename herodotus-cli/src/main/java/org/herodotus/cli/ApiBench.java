package org.herodotus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.herodotus.export.ServedFormats;
import org.herodotus.server.Server;
import org.herodotus.server.ServerConfig;

/**
 * The API half of {@code bench store --api}: the real server, started in this process on a free
 * port over the benchmark's store, and the requests of a typical client timed through
 * {@code java.net.http}, so that the numbers include routing, the total count, reading and JSON.
 */
final class ApiBench implements AutoCloseable {

  private final Server server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Starts the server over the store in {@code data}, read-only (ingesting is refused). */
  ApiBench(Path data) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    this.server = Server.start(new ServerConfig(data, "127.0.0.1", 0, new ServedFormats(), doc -> {
      throw new IllegalArgumentException("the benchmark's server does not ingest");
    }, quiet));
  }

  /**
   * The requests, by name; each returns the size of the answer in bytes and fails on any status but
   * 200. The server keeps the total of a filter for its next pages, so all but the first of repeated
   * requests find it counted; one request has new filters every time and pays for the count.
   */
  Map<String, IntSupplier> requests() {
    Map<String, IntSupplier> r = new LinkedHashMap<>();
    r.put("/api/events (no filter)", get("/api/events"));
    r.put("events actor=Islamic State", get("/api/events?actor=" + encode("Islamic State")));
    r.put("events type=PROTEST", get("/api/events?type=PROTEST"));
    r.put("events code=19", get("/api/events?code=19"));
    r.put("events country=YE", get("/api/events?country=YE"));
    r.put("events bbox (Syria)", get("/api/events?bbox=35.5,32.3,42.4,37.3"));
    r.put("events from/to (one month)", get("/api/events?from=2017-07-01&to=2017-07-31"));
    r.put("events actor+type+country+dates", get("/api/events?actor=government&type=ASSAULT&country=SY"
        + "&from=2016-01-01&to=2017-12-31"));
    r.put("events rare combination (none)", get("/api/events?actor=" + encode("Boko Haram")
        + "&type=RETREAT&country=GR&from=2019-06-01&to=2019-06-30"));
    r.put("events actor=Islamic State&to=<new>", everyTimeAnother("/api/events?actor=" + encode("Islamic State") + "&to="));
    r.put("events outlet=ledger", get("/api/events?outlet=ledger"));
    r.put("events place=aden", get("/api/events?place=aden"));
    r.put("events mode=CLAIMED", get("/api/events?mode=CLAIMED"));
    r.put("events text=sanctions&type=ASSAULT", get("/api/events?text=sanctions&type=ASSAULT"));
    r.put("events type=PROTEST&sort=-date", get("/api/events?type=PROTEST&sort=-date"));
    r.put("events country=SY&sort=date", get("/api/events?country=SY&sort=date"));
    r.put("events offset=10000", get("/api/events?offset=10000"));
    r.put("events type=ASSAULT&offset=100000", get("/api/events?type=ASSAULT&offset=100000"));
    r.put("clusters type=ASSAULT&country=SY", get("/api/clusters?type=ASSAULT&country=SY"));
    r.put("search q=defectors smugglers border", get("/api/search?q=" + encode("defectors smugglers border")));
    r.put("export jsonl limit=1000", get("/api/export?format=jsonl&limit=1000"));
    r.put("points type=ASSAULT&country=SY (map)", get("/api/points?type=ASSAULT&country=SY"));
    r.put("points type=PROTEST (map, ~50,000)", get("/api/points?type=PROTEST"));
    r.put("actors q=islamic", get("/api/actors?q=islamic"));
    r.put("places q=aden", get("/api/places?q=aden"));
    return r;
  }

  /** A request whose last parameter is a new day each time, so that the server has not counted its filters before. */
  private IntSupplier everyTimeAnother(String pathAndQueryUpToADay) {
    LocalDate[] day = {LocalDate.of(2019, 12, 31)};
    return () -> {
      day[0] = day[0].minusDays(1);
      return get(pathAndQueryUpToADay + day[0]).getAsInt();
    };
  }

  private IntSupplier get(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
        .timeout(Duration.ofMinutes(5)).GET().build();
    return () -> {
      try {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
      } catch (IOException e) {
        throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      }
    };
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
