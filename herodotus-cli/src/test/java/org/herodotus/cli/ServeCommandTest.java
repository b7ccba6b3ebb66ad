package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.server.Server;
import org.herodotus.store.Store;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} with the real export writers and a pipeline without models. */
class ServeCommandTest {

  @TempDir Path dir;
  final HttpClient client = HttpClient.newHttpClient();
  final ObjectMapper mapper = new ObjectMapper();

  /** Codes whatever text comes in with the event of Reports.raqqa. */
  static final Stage RAQQA = doc -> Reports.raqqa(doc.id(), doc.text()).withMeta(doc.meta());

  private int serve(Consumer<Server> serving, String... args) {
    ServeCommand command = new ServeCommand(config -> Pipeline.of(RAQQA), serving);
    CommandLine cli = new CommandLine(command).setExecutionExceptionHandler(new Errors());
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  private HttpResponse<String> send(Server server, HttpRequest.Builder request, String path) {
    try {
      return client.send(request.uri(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void serve_answers_with_the_json_of_events_and_the_export_writers() throws IOException {
    try (Store store = Store.open(dir)) {
      store.put(Reports.raqqa("r1"));
      store.put(Reports.cairo("c1"));
    }
    List<HttpResponse<String>> responses = new ArrayList<>();
    int status = serve(server -> {
      responses.add(send(server, HttpRequest.newBuilder().GET(), "/api/events?type=ASSAULT"));
      responses.add(send(server, HttpRequest.newBuilder().GET(), "/api/export?format=geojson"));
      responses.add(send(server, HttpRequest.newBuilder().GET(), "/api/export?format=acled-csv"));
      responses.add(send(server, HttpRequest.newBuilder().GET(), "/api/clusters?country=SY"));
    }, "--data", dir.toString(), "--port", "0");
    assertThat(status).isZero();

    JsonNode event = mapper.readTree(responses.get(0).body()).get("items").get(0);
    assertThat(event.get("document").asText()).isEqualTo("r1");
    assertThat(event.get("killed").asDouble()).isEqualTo(12.0);
    assertThat(event.get("source").get("name").asText()).isEqualTo("Islamic State");
    assertThat(event.get("trigger").get("start").asInt()).isEqualTo(Reports.RAQQA.indexOf("attacked"));

    HttpResponse<String> geojson = responses.get(1);
    assertThat(geojson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
    assertThat(geojson.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"herodotus-events.geojson\"");
    JsonNode features = mapper.readTree(geojson.body());
    assertThat(features.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(features.get("features")).hasSize(2);

    HttpResponse<String> acled = responses.get(2);
    assertThat(acled.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"herodotus-events.csv\"");
    // The ACLED-like writer leaves out what did not happen (Cairo's planned protest): a header and Raqqa.
    assertThat(acled.body().lines()).hasSize(2).last().asString().startsWith("r1-0,2017-07-03,");

    JsonNode clusters = mapper.readTree(responses.get(3).body());
    assertThat(clusters.get("total").asInt()).isEqualTo(1);
    assertThat(clusters.get("items").get(0).get("reports").asInt()).isEqualTo(1);
  }

  @Test
  void serve_ingests_through_the_pipeline_it_is_given() throws IOException {
    List<HttpResponse<String>> responses = new ArrayList<>();
    int status = serve(server -> {
      String token;
      try {
        token = Files.readString(dir.resolve("server-token")).trim();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      String body = "{\"id\":\"r9\",\"text\":" + mapper.valueToTree(Reports.RAQQA) + ",\"source\":\"Kurdistan 24\"}";
      responses.add(send(server, HttpRequest.newBuilder().header("Authorization", "Bearer " + token)
          .POST(HttpRequest.BodyPublishers.ofString(body)), "/api/ingest"));
      responses.add(send(server, HttpRequest.newBuilder().GET(), "/api/events/r9/0"));
    }, "--data", dir.toString(), "--port", "0");
    assertThat(status).isZero();
    assertThat(responses.get(0).statusCode()).as(responses.get(0).body()).isEqualTo(201);
    JsonNode event = mapper.readTree(responses.get(1).body());
    assertThat(event.get("action").asText()).isEqualTo("attack");
    assertThat(event.get("outlet").asText()).isEqualTo("Kurdistan 24");
  }

  @Test
  void serve_rejects_a_port_out_of_range_with_status_2() {
    assertThat(serve(server -> {}, "--data", dir.toString(), "--port", "70000")).isEqualTo(2);
  }
}
