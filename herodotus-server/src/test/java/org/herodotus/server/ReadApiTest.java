package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.herodotus.testing.Reports;
import org.herodotus.testing.Shelling;
import org.herodotus.testing.Wires;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadApiTest {

  @TempDir static Path data;
  static Served served;

  @BeforeAll
  static void start() {
    // 6 events: raqqa ASSAULT 2017-07-03, cairo PROTEST 2017-08 (planned), idlib COERCE 2017-09-03 and a crossing
    // 2017-08, two reports of one shelling of Idlib on 2026-03-10.
    served = new Served(data, UnaryOperator.identity(), Reports.raqqa("raqqa"), Reports.cairo("cairo"),
        Wires.idlib("idlib"), Shelling.wire("wire"), Shelling.post("post"));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(e -> ids.add(e.get("document").asText() + "#" + e.get("index").asInt()));
    return ids;
  }

  @Test
  void events_lists_every_event_with_total_in_document_order() {
    JsonNode page = served.json("/api/events");
    assertThat(page.get("total").asLong()).isEqualTo(6);
    assertThat(ids(page)).containsExactly("cairo#0", "idlib#0", "idlib#1", "post#0", "raqqa#0", "wire#0");
    assertThat(page.get("items").get(4).get("evidence").get("text").asText()).startsWith("Islamic State fighters attacked");
  }

  @Test
  void events_filters_by_type_country_dates_bbox_place_outlet_and_mode() {
    assertThat(ids(served.json("/api/events?type=assault"))).containsExactly("post#0", "raqqa#0", "wire#0");
    assertThat(ids(served.json("/api/events?plover=PROTEST&country=EG"))).containsExactly("cairo#0");
    assertThat(ids(served.json("/api/events?from=2026-01-01"))).containsExactly("post#0", "wire#0");
    assertThat(ids(served.json("/api/events?from=2017-07-01&to=2017-07-31"))).containsExactly("raqqa#0");
    assertThat(ids(served.json("/api/events?bbox=30,29,32,31"))).containsExactly("cairo#0");
    assertThat(ids(served.json("/api/events?place=Raqqa"))).containsExactly("raqqa#0");
    assertThat(ids(served.json("/api/events?outlet=Kurdistan"))).containsExactly("raqqa#0");
    assertThat(ids(served.json("/api/events?mode=planned"))).containsExactly("cairo#0");
    assertThat(ids(served.json("/api/events?code=19&actor=Islamic"))).containsExactly("raqqa#0");
  }

  @Test
  void events_sort_by_type_place_source_and_target_both_ways() {
    assertThat(ids(served.json("/api/events?sort=type"))).containsExactly("raqqa#0", "post#0", "wire#0", "idlib#0", "cairo#0", "idlib#1");
    assertThat(ids(served.json("/api/events?sort=-type")).get(0)).isIn("cairo#0", "idlib#1");
    assertThat(ids(served.json("/api/events?sort=place&limit=1"))).containsExactly("raqqa#0");
    assertThat(ids(served.json("/api/events?sort=-place")).get(0)).isNotEqualTo("raqqa#0");
    List<String> bySource = ids(served.json("/api/events?sort=source"));
    assertThat(bySource).hasSize(6).isNotEqualTo(ids(served.json("/api/events?sort=-source")));
    assertThat(bySource.get(0)).isEqualTo("cairo#0"); // "Egyptian students" before "Islamic State" and the others
    assertThat(served.get("/api/events?sort=target").statusCode()).isEqualTo(200);
    assertThat(served.get("/api/events?sort=-document").statusCode()).isEqualTo(400);
  }

  @Test
  void events_text_filter_uses_the_search_index() {
    assertThat(ids(served.json("/api/events?text=Kurdish"))).containsExactly("raqqa#0");
  }

  @Test
  void events_pages_with_limit_and_offset_and_sorts_by_date() {
    JsonNode page = served.json("/api/events?sort=date&limit=2&offset=1");
    assertThat(page.get("total").asLong()).isEqualTo(6);
    assertThat(ids(page)).containsExactly("cairo#0", "idlib#1");
    assertThat(ids(served.json("/api/events?sort=-date&limit=1"))).hasSize(1).first().isIn("post#0", "wire#0");
    assertThat(ids(served.json("/api/events?offset=6"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "from=2017-13-01|from must be a date YYYY-MM-DD, got '2017-13-01'",
      "type=PARTY|unknown type 'PARTY'",
      "limit=1001|limit must be between 1 and 1000, got 1001",
      "limit=0|limit must be between 1 and 1000, got 0",
      "limit=ten|limit must be a whole number",
      "bbox=1,2,3|bbox must be four numbers WEST,SOUTH,EAST,NORTH",
      "bbox=10,50,5,60|bbox must be WEST,SOUTH,EAST,NORTH in degrees with west <= east",
      "mode=LOUD|mode must be one of",
      "country=XX|country must be an ISO 3166-1",
      "code=abc|code must be 1 to 4 digits",
      "sort=size|sort must be one of document, date, type, place, source or target",
      "from=2018-01-01&to=2017-01-01|from 2018-01-01 is after to 2017-01-01",
      "colour=red|unknown parameter 'colour'",
      "limit=1&limit=2|parameter 'limit' is given 2 times",
      "text=AND|"})
  void events_answers_400_with_a_message_for_a_bad_parameter(String query, String message) {
    HttpResponse<String> response = served.get("/api/events?" + query);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    String error = Served.parse(response).get("error").asText();
    assertThat(error).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    if (message != null) {
      assertThat(error).contains(message);
    }
  }

  @Test
  void one_event_comes_with_its_evidence_and_document() {
    JsonNode event = served.json("/api/events/raqqa/0");
    assertThat(event.get("plover").asText()).isEqualTo("ASSAULT");
    assertThat(event.get("title").asText()).isEqualTo("Attack in Raqqa");
    assertThat(event.get("outlet").asText()).isEqualTo("Kurdistan 24");
    assertThat(event.get("url").asText()).isEqualTo("https://example.org/raqqa");
    assertThat(event.get("evidence").get("text").asText()).isEqualTo("Islamic State fighters attacked Kurdish forces in Raqqa on Monday, killing 12.");
    assertThat(served.get("/api/events/raqqa/1").statusCode()).isEqualTo(404);
    assertThat(served.get("/api/events/raqqa/first").statusCode()).isEqualTo(400);
  }

  @Test
  void document_has_text_events_and_places() {
    JsonNode doc = served.json("/api/documents/idlib");
    assertThat(doc.get("text").asText()).isEqualTo(Wires.IDLIB_TEXT);
    assertThat(doc.get("source").asText()).isEqualTo("Levant Wire");
    assertThat(doc.get("events")).hasSize(2);
    List<String> places = new ArrayList<>();
    doc.get("events").forEach(e -> places.add(e.get("place").get("text").asText()));
    assertThat(places).containsExactly("Atmeh", "Idlib");
    assertThat(served.json("/api/documents/raqqa").get("places").get(0).get("geonameId").asLong()).isEqualTo(163843L);
    HttpResponse<String> missing = served.get("/api/documents/nowhere");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Served.parse(missing).get("error").asText()).isEqualTo("no document 'nowhere'");
  }

  @Test
  void a_document_and_an_event_whose_id_holds_a_slash_are_found_by_query_parameters() {
    try (Served slashed = new Served(data.resolve("slashed"), UnaryOperator.identity(), Reports.raqqa("https://example.org/news/1"))) {
      assertThat(slashed.json("/api/document?id=https%3A%2F%2Fexample.org%2Fnews%2F1").get("title").asText()).isEqualTo("Attack in Raqqa");
      assertThat(slashed.json("/api/event?document=https%3A%2F%2Fexample.org%2Fnews%2F1&index=0").get("plover").asText()).isEqualTo("ASSAULT");
      assertThat(slashed.get("/api/event?document=x&index=one").statusCode()).isEqualTo(400);
      assertThat(slashed.get("/api/document").statusCode()).isEqualTo(400);
      assertThat(slashed.get("/api/document?id=nothing").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void document_has_annotations_and_quotes_with_their_speaker() {
    JsonNode doc = served.json("/api/documents/raqqa");
    List<String> layers = new ArrayList<>();
    doc.get("annotations").forEach(a -> layers.add(a.get("layer").asText() + ":" + a.get("label").asText()));
    assertThat(layers).containsExactly("actor:Islamic State", "actor:Kurdish forces");
    JsonNode quote = doc.get("quotes").get(0);
    assertThat(quote.get("text").asText()).isEqualTo("the town was calm");
    assertThat(quote.get("speaker").asText()).isEqualTo("Officials");
    assertThat(quote.get("span").get("start").asInt()).isEqualTo(Reports.RAQQA.indexOf("the town was calm"));
    assertThat(quote.get("cue").get("start").asInt()).isEqualTo(Reports.RAQQA.indexOf("said"));
  }

  @Test
  void one_event_brings_its_cluster_and_every_report_of_it() {
    JsonNode event = served.json("/api/events/wire/0");
    assertThat(event.get("clusterSummary").get("reports").asInt()).isEqualTo(2);
    List<String> reports = new ArrayList<>();
    event.get("reports").forEach(r -> reports.add(r.get("document").asText() + "#" + r.get("index").asInt()));
    assertThat(reports).containsExactlyInAnyOrder("wire#0", "post#0");
  }

  @Test
  void points_are_compact_columns_for_every_selected_event() {
    JsonNode all = served.json("/api/points");
    assertThat(all.get("total").asInt()).isEqualTo(6);
    assertThat(all.get("truncated").asBoolean()).isFalse();
    assertThat(all.get("document")).hasSize(6);
    int raqqa = List.of("cairo", "idlib", "idlib", "post", "raqqa", "wire").indexOf("raqqa");
    assertThat(all.get("document").get(raqqa).asText()).isEqualTo("raqqa");
    assertThat(all.get("lat").get(raqqa).asDouble()).isEqualTo(35.95);
    assertThat(all.get("lon").get(raqqa).asDouble()).isEqualTo(39.01);
    assertThat(all.get("type").get(raqqa).asText()).isEqualTo("ASSAULT");
    assertThat(all.get("day").get(raqqa).asText()).isEqualTo("2017-07-03");
    JsonNode some = served.json("/api/points?type=ASSAULT&limit=2");
    assertThat(some.get("total").asInt()).isEqualTo(3);
    assertThat(some.get("truncated").asBoolean()).isTrue();
    assertThat(some.get("document")).hasSize(2);
    assertThat(served.get("/api/points?limit=200001").statusCode()).isEqualTo(400);
    assertThat(served.get("/api/points?sort=date").statusCode()).isEqualTo(400);
  }

  @Test
  void actors_are_listed_found_by_words_and_shown_by_key() {
    List<String> keys = new ArrayList<>();
    served.json("/api/actors").get("items").forEach(a -> keys.add(a.get("key").asText()));
    assertThat(keys).contains("IMGMUSISI", "KURMIL");
    JsonNode found = served.json("/api/actors?q=kurdish");
    assertThat(found.get("items")).hasSize(1);
    JsonNode is = served.json("/api/actors/IMGMUSISI");
    assertThat(is.get("name").asText()).isEqualTo("Islamic State");
    assertThat(is.get("aliases").get(0).asText()).isEqualTo("Islamic State");
    assertThat(is.get("documents").asInt()).isEqualTo(1);
    HttpResponse<String> missing = served.get("/api/actors/NOBODY");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Served.parse(missing).get("error").asText()).startsWith("no actor 'NOBODY'");
    assertThat(served.get("/api/actors?limit=501").statusCode()).isEqualTo(400);
    assertThat(served.get("/api/actors?q=" + "x".repeat(201)).statusCode()).isEqualTo(400);
  }

  @Test
  void places_count_the_events_at_each_resolved_place() {
    JsonNode places = served.json("/api/places?q=raqq");
    assertThat(places.get("items")).hasSize(1);
    assertThat(places.get("items").get(0).get("geonameId").asLong()).isEqualTo(163843L);
    assertThat(places.get("items").get(0).get("events").asInt()).isEqualTo(1);
    assertThat(served.json("/api/places").get("items").size()).isGreaterThan(1);
  }

  @Test
  void config_says_there_are_no_online_tiles_and_lists_the_download_formats() {
    JsonNode config = served.json("/api/config");
    assertThat(config.get("tiles").isNull()).isTrue();
    assertThat(config.get("formats").toString()).isEqualTo("[\"csv\",\"jsonl\"]");
  }

  @ParameterizedTest
  @CsvSource({"/,text/html", "/app.js,text/javascript", "/app.css,text/css", "/vendor/leaflet.js,text/javascript",
      "/vendor/leaflet.css,text/css", "/vendor/uPlot.js,text/javascript", "/vendor/uPlot.css,text/css", "/basemap.json,application/json"})
  void the_web_ui_is_served_from_the_jar_with_the_security_headers(String path, String type) {
    HttpResponse<String> response = served.get(path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(Server.policy(null));
    assertThat(response.body()).isNotBlank();
    assertThat(served.get(path + "?x=1").statusCode()).isEqualTo(path.equals("/") ? 200 : 400);
  }

  @Test
  void the_page_loads_no_script_from_another_host_and_has_no_inline_script() {
    String page = served.get("/").body();
    assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script>").doesNotContain("style=");
    assertThat(served.get("/app.js").body()).doesNotContain("innerHTML").doesNotContain("eval(");
    assertThat(served.get("/../pom.xml").statusCode()).isIn(400, 404);
    assertThat(served.get("/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(404);
  }

  @Test
  void clusters_group_the_two_reports_of_one_shelling() {
    JsonNode page = served.json("/api/clusters?place=Idlib&from=2026-01-01");
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode cluster = page.get("items").get(0);
    assertThat(cluster.get("reports").asInt()).isEqualTo(2);
    assertThat(cluster.get("documents").toString()).contains("wire", "post");
    assertThat(served.get("/api/clusters?sort=date").statusCode()).isEqualTo(400);
  }

  @Test
  void clusters_page_with_limit_and_offset_and_keep_the_total() {
    JsonNode all = served.json("/api/clusters");
    int total = all.get("total").asInt();
    assertThat(total).isEqualTo(all.get("items").size()).isGreaterThanOrEqualTo(3);
    JsonNode page = served.json("/api/clusters?limit=2&offset=1");
    assertThat(page.get("total").asInt()).isEqualTo(total);
    assertThat(page.get("items")).containsExactly(all.get("items").get(1), all.get("items").get(2));
    assertThat(served.json("/api/clusters?offset=" + total).get("items")).isEmpty();
  }

  @Test
  void search_finds_documents_and_requires_q() {
    JsonNode result = served.json("/api/search?q=Kurdish");
    assertThat(result.get("items")).hasSize(1);
    assertThat(result.get("items").get(0).get("documentId").asText()).isEqualTo("raqqa");
    HttpResponse<String> none = served.get("/api/search");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(Served.parse(none).get("error").asText()).isEqualTo("parameter 'q' is required");
    assertThat(served.get("/api/search?q=x&limit=101").statusCode()).isEqualTo(400);
  }

  @Test
  void export_downloads_the_selection_as_an_attachment() {
    HttpResponse<String> csv = served.get("/api/export?format=csv&type=ASSAULT");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"herodotus-events.csv\"");
    assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("3");
    assertThat(csv.body()).isEqualTo("document,index\npost,0\nraqqa,0\nwire,0\n");
    HttpResponse<String> bad = served.get("/api/export?format=xlsx");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Served.parse(bad).get("error").asText()).isEqualTo("unknown format 'xlsx'; formats: csv, jsonl");
  }

  @Test
  void health_counts_documents() {
    JsonNode health = served.json("/api/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("documents").asInt()).isEqualTo(5);
  }

  @Test
  void openapi_parses_and_lists_every_path() {
    HttpResponse<String> response = served.get("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode spec = Served.parse(response);
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/api/health", "/api/events", "/api/events/{document}/{index}", "/api/event", "/api/points",
        "/api/clusters", "/api/documents/{id}", "/api/document", "/api/actors", "/api/actors/{key}", "/api/places", "/api/config", "/api/search",
        "/api/export", "/api/ingest", "/openapi.json");
  }

  @Test
  void unknown_route_is_404_json() {
    HttpResponse<String> response = served.get("/api/nothing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Served.parse(response).get("error").asText()).isEqualTo("no route GET /api/nothing; the API is described at /openapi.json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @ParameterizedTest
  @CsvSource({"/api/events", "/api/nothing", "/api/events?limit=0", "/openapi.json", "/api/export?format=csv"})
  void every_answer_has_security_headers_and_no_cors(String path) {
    HttpResponse<String> response = served.get(path);
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(Server.policy(null));
    assertThat(Server.policy(null)).startsWith("default-src 'self';").doesNotContain("unsafe");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
  }

  @Test
  void cross_origin_request_gets_no_cors_headers() {
    HttpResponse<String> response = served.send(java.net.http.HttpRequest.newBuilder(served.uri("/api/events"))
        .header("Origin", "https://evil.example").GET());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
  }
}
