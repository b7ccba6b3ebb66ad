package org.herodotus.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A web site on 127.0.0.1 for tests that fetch without the internet: paths answer with pages,
 * feeds, robots.txt, redirects, 304s, slow or huge bodies, and every request is recorded (path and
 * headers), so a test can check what a fetcher sent. Close it after the test.
 *
 * <pre>{@code
 * try (LocalWeb web = LocalWeb.start()) {
 *   web.page("/news/1", "text/html; charset=utf-8", "<html>...</html>");
 *   fetcher.get(web.url("/news/1"));
 * }
 * }</pre>
 */
public final class LocalWeb implements AutoCloseable {

  /** What one path answers: given the request, writes the response. */
  @FunctionalInterface
  public interface Answer {
    void respond(HttpExchange exchange) throws IOException;
  }

  /** One request the site received. */
  public record Request(String path, Map<String, List<String>> headers) {
    /** The first value of {@code name}, or {@code null}. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private LocalWeb(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts a site on a free port of 127.0.0.1 that answers 404 to every path not set. */
  public static LocalWeb start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-web");
        thread.setDaemon(true);
        return thread;
      });
      LocalWeb web = new LocalWeb(server, threads);
      server.createContext("/", web::handle);
      server.setExecutor(threads);
      server.start();
      return web;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a local web server on 127.0.0.1", e);
    }
  }

  /** The absolute URL of {@code path} on this site. */
  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Makes {@code path} (with its query, if any) answer with {@code answer}. */
  public LocalWeb on(String path, Answer answer) {
    answers.put(path, answer);
    return this;
  }

  /** Makes {@code path} answer 200 with {@code body} of {@code contentType}. */
  public LocalWeb page(String path, String contentType, String body) {
    byte[] bytes = body.getBytes(contentType.toLowerCase().contains("iso-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    return on(path, exchange -> send(exchange, 200, contentType, bytes));
  }

  /** Every request so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** How many requests asked for {@code path}. */
  public long requestsFor(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  /** Writes a whole response. */
  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String full = query == null ? path : path + "?" + query;
    requests.add(new Request(full, Map.copyOf(exchange.getRequestHeaders())));
    Answer answer = answers.getOrDefault(full, answers.get(path));
    try {
      if (answer == null) {
        send(exchange, 404, "text/plain", ("no page at " + full).getBytes(StandardCharsets.UTF_8));
      } else {
        answer.respond(exchange);
      }
    } catch (IOException e) {
      // The client went away (a timeout or a refused body): nothing to answer.
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
