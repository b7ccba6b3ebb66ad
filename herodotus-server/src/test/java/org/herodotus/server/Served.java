package org.herodotus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.herodotus.model.Document;
import org.herodotus.store.Store;

/** A server on a free port over a store filled with hand-built documents, and a client for it. */
final class Served implements AutoCloseable {

  static final ObjectMapper MAPPER = new ObjectMapper();

  final Server server;
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final HttpClient client = HttpClient.newHttpClient();

  Served(Path data, UnaryOperator<Document> pipeline, Document... docs) {
    try (Store store = Store.open(data)) {
      for (Document doc : docs) {
        store.put(doc);
      }
    }
    server = Server.start(new ServerConfig(data, "127.0.0.1", 0, new PlainOutput(), pipeline,
        new PrintStream(err, true, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  /** The JSON body of a GET. */
  JsonNode json(String pathAndQuery) {
    return parse(get(pathAndQuery));
  }

  /** A GET to a server started otherwise. */
  static HttpResponse<String> client(int port, String pathAndQuery) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
