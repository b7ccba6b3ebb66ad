package org.herodotus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.herodotus.model.Document;
import org.herodotus.search.SearchHit;
import org.herodotus.store.EventClusterPage;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Ingested;
import org.herodotus.store.StoredDocument;
import org.herodotus.store.StoredEvent;

/** The routes of the JSON API, described in {@code openapi.json} beside this class. */
final class Api {

  /** Set on a request this API answered itself, so a 404 it sends is not taken for a missing route. */
  static final String ANSWERED = "herodotus.answered";

  /** The most events one download holds. */
  static final int MAX_EXPORT = 100_000;

  /** The most hits one search returns. */
  static final int MAX_HITS = 100;

  private static final List<String> PAGED = with(Params.FILTERS, "limit", "offset", "sort");
  private static final List<String> CLUSTERED = with(Params.FILTERS, "limit", "offset");
  private static final List<String> EXPORTED = with(Params.FILTERS, "format", "limit", "sort");

  private final Catalog catalog;
  private final EventOutput output;
  private final UnaryOperator<Document> pipeline;
  private final ServerToken token;
  private final String openApi;

  Api(Catalog catalog, EventOutput output, UnaryOperator<Document> pipeline, ServerToken token) {
    this.catalog = catalog;
    this.output = output;
    this.pipeline = pipeline;
    this.token = token;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing beside " + Api.class.getName() + ": rebuild the server module");
      }
      this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json", e);
    }
  }

  void routes(Javalin app) {
    app.get("/api/health", this::health);
    app.get("/api/events", this::events);
    app.get("/api/events/{document}/{index}", this::event);
    app.get("/api/clusters", this::clusters);
    app.get("/api/documents/{id}", this::document);
    app.get("/api/search", this::search);
    app.get("/api/export", this::export);
    app.post("/api/ingest", this::ingest);
    app.get("/openapi.json", ctx -> {
      params(ctx, List.of());
      ctx.contentType("application/json").result(openApi);
    });
  }

  private void health(Context ctx) {
    params(ctx, List.of());
    ok(ctx, 200, Json.object().put("status", "ok").put("documents", catalog.documentCount()));
  }

  private void events(Context ctx) {
    Params p = params(ctx, PAGED);
    int limit = p.integer("limit", Params.DEFAULT_LIMIT, 1, Params.MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Params.MAX_OFFSET);
    Catalog.Page page = catalog.events(p.query(EventQuery.MAX_LIMIT, catalog::matches), p.sort(), offset, limit);
    ObjectNode body = Json.object().put("total", page.total()).put("offset", offset).put("limit", limit);
    ArrayNode items = body.putArray("items");
    page.items().forEach(e -> items.add(output.json(e)));
    ok(ctx, 200, body);
  }

  private void event(Context ctx) {
    params(ctx, List.of());
    String document = ctx.pathParam("document");
    String index = ctx.pathParam("index");
    if (!index.matches("\\d{1,6}")) {
      throw new IllegalArgumentException("the event index must be a whole number (0 for a document's first event), got '" + index + "'");
    }
    String id = EventQuery.Within.eventId(document, Integer.parseInt(index));
    EventQuery query = EventQuery.all().within(new EventQuery.Within(Set.of(), Set.of(id)));
    List<StoredEvent> found = catalog.events(query, Catalog.Sort.DOCUMENT, 0, 1).items();
    if (found.isEmpty()) {
      notFound(ctx, "no event " + index + " in document '" + document + "'");
      return;
    }
    ok(ctx, 200, output.json(found.get(0)));
  }

  private void clusters(Context ctx) {
    Params p = params(ctx, CLUSTERED);
    int limit = p.integer("limit", Params.DEFAULT_LIMIT, 1, Params.MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Params.MAX_OFFSET);
    EventClusterPage page = catalog.clusters(p.query(limit, catalog::matches), offset);
    ObjectNode body = Json.object().put("total", page.total()).put("offset", offset).put("limit", limit);
    ArrayNode items = body.putArray("items");
    page.items().forEach(c -> items.add(output.json(c)));
    ok(ctx, 200, body);
  }

  private void document(Context ctx) {
    params(ctx, List.of());
    String id = ctx.pathParam("id");
    StoredDocument doc = catalog.document(id).orElse(null);
    if (doc == null) {
      notFound(ctx, "no document '" + id + "'");
      return;
    }
    ObjectNode body = Json.object().put("id", doc.id()).put("title", doc.title())
        .put("published", doc.published() == null ? null : doc.published().toString())
        .put("source", doc.source()).put("url", doc.url()).put("text", doc.text());
    ArrayNode events = body.putArray("events");
    Map<String, JsonNode> places = new LinkedHashMap<>();
    for (StoredEvent e : catalog.eventsOf(id)) {
      ObjectNode json = output.json(e);
      events.add(json);
      for (String role : List.of("place", "origin", "destination")) {
        JsonNode place = json.get(role);
        if (place != null && place.isObject()) {
          places.putIfAbsent(place.path("start").asInt() + ":" + place.path("end").asInt(), place);
        }
      }
    }
    body.putArray("places").addAll(places.values());
    ok(ctx, 200, body);
  }

  private void search(Context ctx) {
    Params p = params(ctx, List.of("q", "limit"));
    String q = p.required("q");
    int limit = p.integer("limit", 20, 1, MAX_HITS);
    ArrayNode items = Json.MAPPER.createArrayNode();
    for (SearchHit hit : catalog.search(q, limit)) {
      items.add(Json.MAPPER.<JsonNode>valueToTree(hit));
    }
    ObjectNode body = Json.object().put("query", q);
    body.set("items", items);
    ok(ctx, 200, body);
  }

  private void export(Context ctx) throws IOException {
    Params p = params(ctx, EXPORTED);
    String format = p.required("format");
    if (!output.formats().contains(format)) {
      throw new IllegalArgumentException("unknown format '" + format + "'; formats: " + String.join(", ", output.formats()));
    }
    int limit = p.integer("limit", MAX_EXPORT, 1, MAX_EXPORT);
    Catalog.Page page = catalog.events(p.query(EventQuery.MAX_LIMIT, catalog::matches), p.sort(), 0, limit);
    ctx.status(200).contentType(output.mediaType(format) + "; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"herodotus-events." + output.extension(format) + "\"")
        .header("X-Total-Count", Long.toString(page.total()));
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    output.write(format, page.items(), out);
    out.flush();
  }

  private void ingest(Context ctx) throws IOException {
    params(ctx, List.of());
    if (!token.admits(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      fail(ctx, 401, "POST /api/ingest needs the header 'Authorization: Bearer TOKEN' with the token in "
          + "<data>/" + ServerToken.FILE);
      return;
    }
    if (ctx.contentLength() > Server.MAX_BODY) {
      tooLarge(ctx);
      return;
    }
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes(Server.MAX_BODY + 1);
    }
    if (body.length > Server.MAX_BODY) {
      tooLarge(ctx);
      return;
    }
    Document doc = IngestRequest.read(body);
    Ingested result = catalog.ingest(doc, pipeline);
    int events = catalog.eventsOf(doc.id()).size();
    ok(ctx, result == Ingested.NEW ? 201 : 200, Json.object().put("id", doc.id())
        .put("result", result.name().toLowerCase(java.util.Locale.ROOT)).put("events", events));
  }

  private static void tooLarge(Context ctx) {
    fail(ctx, 413, "the body must be at most " + Server.MAX_BODY + " bytes");
  }

  private static Params params(Context ctx, List<String> allowed) {
    return new Params(ctx.queryParamMap(), allowed);
  }

  private static void notFound(Context ctx, String message) {
    fail(ctx, 404, message);
  }

  /** Answers {@code {"error": message}} with {@code status}. */
  static void fail(Context ctx, int status, String message) {
    ok(ctx, status, Json.error(message == null || message.isBlank() ? "error " + status : message));
  }

  private static void ok(Context ctx, int status, JsonNode body) {
    Server.secure(ctx);
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
  }

  private static List<String> with(List<String> list, String... more) {
    List<String> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
