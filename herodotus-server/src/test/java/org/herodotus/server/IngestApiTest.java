package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.UnaryOperator;
import org.herodotus.model.Document;
import org.herodotus.testing.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestApiTest {

  /** A pipeline without models: the events of Reports.raqqa, on whatever text the request brings. */
  static final UnaryOperator<Document> RAQQA_EVENTS = doc -> {
    Document coded = Reports.raqqa(doc.id(), doc.text());
    return coded.withMeta(doc.meta());
  };

  @TempDir Path data;
  Served served;
  String token;

  @BeforeEach
  void start() throws IOException {
    served = new Served(data, RAQQA_EVENTS, Reports.cairo("cairo"));
    token = Files.readString(data.resolve(ServerToken.FILE)).trim();
  }

  @AfterEach
  void stop() {
    served.close();
  }

  private HttpResponse<String> post(String body, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(served.uri("/api/ingest"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return served.send(request);
  }

  private static String article(String id, String text) {
    return Served.MAPPER.createObjectNode().put("id", id).put("title", "Attack in Raqqa").put("text", text)
        .put("published", "2017-07-04").put("source", "Kurdistan 24").put("url", "https://example.org/" + id).toString();
  }

  @Test
  void first_start_makes_an_owner_only_token_and_prints_it_once() throws IOException {
    assertThat(token).matches("[0-9a-f]{64}");
    assertThat(served.err.toString()).contains(token);
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(ServerToken.FILE)))).isEqualTo("rw-------");
    }
    served.close();
    served = new Served(data, RAQQA_EVENTS);
    assertThat(served.err.toString()).doesNotContain(token);
    assertThat(Files.readString(data.resolve(ServerToken.FILE)).trim()).isEqualTo(token);
  }

  @Test
  void total_kept_for_a_filter_is_counted_again_after_an_ingest() {
    assertThat(served.json("/api/events?type=ASSAULT").get("total").asLong()).isZero();
    assertThat(served.json("/api/events").get("total").asLong()).isEqualTo(1);
    assertThat(served.json("/api/events?text=Kurdish").get("total").asLong()).isZero();
    assertThat(post(article("r1", Reports.RAQQA), "Bearer " + token).statusCode()).isEqualTo(201);
    assertThat(served.json("/api/events?text=Kurdish").get("total").asLong()).isEqualTo(1);
    JsonNode assaults = served.json("/api/events?type=ASSAULT&limit=1");
    assertThat(assaults.get("total").asLong()).isEqualTo(1);
    assertThat(assaults.get("items")).hasSize(1);
    assertThat(served.json("/api/events").get("total").asLong()).isEqualTo(2);
  }

  @Test
  void ingest_without_or_with_a_wrong_token_is_401_and_stores_nothing() {
    for (String authorization : new String[] {null, "Bearer " + "0".repeat(64), token, "Basic " + token}) {
      HttpResponse<String> response = post(article("r1", Reports.RAQQA), authorization);
      assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(Served.parse(response).get("error").asText()).contains("Authorization: Bearer");
    }
    assertThat(served.json("/api/health").get("documents").asInt()).isEqualTo(1);
  }

  @Test
  void ingest_with_the_token_stores_the_document_and_lists_its_events() {
    HttpResponse<String> created = post(article("r1", Reports.RAQQA), "Bearer " + token);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = Served.parse(created);
    assertThat(body.get("id").asText()).isEqualTo("r1");
    assertThat(body.get("result").asText()).isEqualTo("new");
    assertThat(body.get("events").asInt()).isEqualTo(1);
    JsonNode page = served.json("/api/events?outlet=Kurdistan");
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("document").asText()).isEqualTo("r1");
    assertThat(served.json("/api/search?q=Kurdish").get("items").get(0).get("documentId").asText()).isEqualTo("r1");

    HttpResponse<String> again = post(article("r1", Reports.RAQQA), "Bearer " + token);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Served.parse(again).get("result").asText()).isEqualTo("unchanged");
  }

  @Test
  void script_in_an_article_comes_back_json_escaped() {
    String text = Reports.RAQQA + " <script>alert('x')</script>";
    assertThat(post(article("r2", text), "Bearer " + token).statusCode()).isEqualTo(201);
    HttpResponse<String> response = served.get("/api/documents/r2");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(response.body()).doesNotContain("<script>").doesNotContain("</script>").contains("\\u003Cscript\\u003E");
    assertThat(Served.parse(response).get("text").asText()).isEqualTo(text);
  }

  @Test
  void bad_bodies_are_400_and_a_body_over_2_mb_is_413() {
    String auth = "Bearer " + token;
    assertThat(post("not json", auth).statusCode()).isEqualTo(400);
    assertThat(Served.parse(post("{\"title\":\"no text\"}", auth)).get("error").asText())
        .isEqualTo("field 'text' is required and must not be blank");
    assertThat(Served.parse(post("{\"text\":\"x\",\"author\":\"me\"}", auth)).get("error").asText()).startsWith("unknown field 'author'");
    assertThat(Served.parse(post("{\"text\":\"x\",\"published\":\"yesterday\"}", auth)).get("error").asText())
        .isEqualTo("field 'published' must be a date YYYY-MM-DD, got 'yesterday'");
    assertThat(Served.parse(post("{\"text\":\"x\",\"url\":\"javascript:alert(1)\"}", auth)).get("error").asText())
        .startsWith("field 'url' must be an http or https address");
    String huge = "{\"text\":\"" + "a".repeat(Server.MAX_BODY) + "\"}";
    HttpResponse<String> tooLarge = post(huge, auth);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(Served.parse(tooLarge).get("error").asText()).isEqualTo("the body must be at most 2097152 bytes");
  }

  @Test
  void ingest_without_an_id_gets_one_from_its_text() {
    HttpResponse<String> created = post("{\"text\":" + Served.MAPPER.valueToTree(Reports.RAQQA) + "}", "Bearer " + token);
    assertThat(created.statusCode()).isEqualTo(201);
    // The first 16 hex digits of the SHA-256 of the text in UTF-8, as the readers make it.
    assertThat(Served.parse(created).get("id").asText()).isEqualTo("155b5b1d7748bf1f");
  }

  @Test
  void close_is_idempotent_and_ends_awaitClose() throws InterruptedException {
    Thread waiter = new Thread(() -> {
      try {
        served.server.awaitClose();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    served.server.close();
    served.server.close();
    waiter.join(5000);
    assertThat(waiter.isAlive()).isFalse();
  }

  @Test
  void get_on_ingest_is_not_a_route() {
    assertThat(served.get("/api/ingest").statusCode()).isEqualTo(404);
  }

  @Test
  void config_rejects_a_port_out_of_range() {
    assertThatThrownBy(() -> new ServerConfig(data, "127.0.0.1", 70000, new PlainOutput(), UnaryOperator.identity(), System.err))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--port must be between 0 and 65535, got 70000");
    assertThat(List.of(served.server.port())).allMatch(p -> p > 0);
  }
}
