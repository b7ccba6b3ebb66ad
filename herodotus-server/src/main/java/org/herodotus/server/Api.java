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
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.herodotus.model.Document;
import org.herodotus.model.Place;
import org.herodotus.search.SearchHit;
import org.herodotus.store.ActorSummary;
import org.herodotus.store.ArticleAnnotations;
import org.herodotus.store.EventCluster;
import org.herodotus.store.EventClusterPage;
import org.herodotus.store.EventOrder;
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

  /** The most events one answer of {@code /api/points} holds. */
  static final int MAX_POINTS = 200_000;

  /** The most actors or places one list holds. */
  static final int MAX_SUMMARIES = 500;

  private static final List<String> PAGED = with(Params.FILTERS, "limit", "offset", "sort");
  private static final List<String> CLUSTERED = with(Params.FILTERS, "limit", "offset");
  private static final List<String> EXPORTED = with(Params.FILTERS, "format", "limit", "sort");
  private static final List<String> POINTED = with(Params.FILTERS, "limit");

  private final Catalog catalog;
  private final EventOutput output;
  private final UnaryOperator<Document> pipeline;
  private final ServerToken token;
  private final String openApi;
  private final String tiles;

  Api(Catalog catalog, EventOutput output, UnaryOperator<Document> pipeline, ServerToken token, String tiles) {
    this.catalog = catalog;
    this.tiles = tiles;
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
    app.get("/api/points", this::points);
    app.get("/api/clusters", this::clusters);
    app.get("/api/documents/{id}", this::document);
    // the same two by query parameters, for ids with a '/' in them (feed items are often named by their address)
    app.get("/api/document", this::documentByQuery);
    app.get("/api/event", this::eventByQuery);
    app.get("/api/actors", this::actors);
    app.get("/api/actors/{key}", this::actor);
    app.get("/api/places", this::places);
    app.get("/api/config", this::config);
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
    event(ctx, ctx.pathParam("document"), ctx.pathParam("index"));
  }

  private void eventByQuery(Context ctx) {
    Params p = params(ctx, List.of("document", "index"));
    event(ctx, p.required("document"), p.required("index"));
  }

  private void event(Context ctx, String document, String index) {
    if (!index.matches("\\d{1,6}")) {
      throw new IllegalArgumentException("the event index must be a whole number (0 for a document's first event), got '" + index + "'");
    }
    String id = EventQuery.Within.eventId(document, Integer.parseInt(index));
    EventQuery query = EventQuery.all().within(new EventQuery.Within(Set.of(), Set.of(id)));
    List<StoredEvent> found = catalog.events(query, EventOrder.DOCUMENT, 0, 1).items();
    if (found.isEmpty()) {
      notFound(ctx, "no event " + index + " in document '" + document + "'");
      return;
    }
    ObjectNode body = output.json(found.get(0));
    List<EventCluster> clusters = catalog.clusters(query.withLimit(1), 0).items();
    if (!clusters.isEmpty()) {
      EventCluster cluster = clusters.get(0);
      body.set("clusterSummary", output.json(cluster));
      EventQuery members = EventQuery.all().within(new EventQuery.Within(Set.of(), Set.copyOf(cluster.members())));
      ArrayNode reports = body.putArray("reports");
      catalog.events(members, EventOrder.DATE, 0, Params.MAX_LIMIT).items().forEach(e -> reports.add(output.json(e)));
    }
    ok(ctx, 200, body);
  }

  /**
   * Every event the filters select, as compact columns for a map and a timeline: where (or null),
   * of which type, on which day, and the origin and destination of movements.
   */
  private void points(Context ctx) {
    Params p = params(ctx, POINTED);
    int limit = p.integer("limit", MAX_POINTS, 1, MAX_POINTS);
    ObjectNode body = Json.object();
    ArrayNode documents = body.putArray("document");
    ArrayNode indexes = body.putArray("index");
    ArrayNode lats = body.putArray("lat");
    ArrayNode lons = body.putArray("lon");
    ArrayNode types = body.putArray("type");
    ArrayNode days = body.putArray("day");
    ArrayNode flows = body.putArray("flows");
    EventQuery query = p.query(EventQuery.MAX_LIMIT, catalog::matches);
    long total = catalog.forEachPoint(query.withLimit(limit), e -> {
      documents.add(e.documentId());
      indexes.add(e.index());
      lats.add(e.lat());
      lons.add(e.lon());
      types.add(e.type());
      days.add(e.day() == null ? null : e.day().toString());
      if (e.moves()) {
        flows.add(Json.MAPPER.createArrayNode().add(documents.size() - 1).add(e.originLat()).add(e.originLon())
            .add(e.destinationLat()).add(e.destinationLon()));
      }
    });
    body.put("total", total).put("truncated", total > limit);
    ok(ctx, 200, body);
  }

  private static boolean located(Place place) {
    return place != null && place.lat() != null && place.lon() != null;
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
    document(ctx, ctx.pathParam("id"));
  }

  private void documentByQuery(Context ctx) {
    document(ctx, params(ctx, List.of("id")).required("id"));
  }

  private void document(Context ctx, String id) {
    StoredDocument doc = catalog.document(id).orElse(null);
    if (doc == null) {
      notFound(ctx, "no document '" + id + "'");
      return;
    }
    ObjectNode body = Json.object().put("id", doc.id()).put("title", doc.title())
        .put("published", doc.published() == null ? null : doc.published().toString())
        .put("source", doc.source()).put("url", doc.url()).put("text", doc.text());
    ArrayNode events = body.putArray("events");
    catalog.eventsOf(id).forEach(e -> events.add(output.json(e)));
    ArticleAnnotations found = catalog.annotations(id);
    body.set("places", Json.MAPPER.valueToTree(found.places()));
    body.set("annotations", Json.MAPPER.valueToTree(found.annotations()));
    body.set("quotes", Json.MAPPER.valueToTree(found.quotes()));
    ok(ctx, 200, body);
  }

  private void actors(Context ctx) {
    summaries(ctx, catalog::actors);
  }

  private void actor(Context ctx) {
    params(ctx, List.of());
    String key = ctx.pathParam("key");
    ActorSummary actor = catalog.actor(key).orElse(null);
    if (actor == null) {
      notFound(ctx, "no actor '" + key + "'; /api/actors?q=WORDS lists the actors");
      return;
    }
    ok(ctx, 200, Json.MAPPER.valueToTree(actor));
  }

  private void places(Context ctx) {
    summaries(ctx, catalog::places);
  }

  /** Answers {@code {"items": [...]}}: what {@code find} lists for the words of {@code q}, at most {@code limit}. */
  private static void summaries(Context ctx, BiFunction<String, Integer, List<?>> find) {
    Params p = params(ctx, List.of("q", "limit"));
    int limit = p.integer("limit", Params.DEFAULT_LIMIT, 1, MAX_SUMMARIES);
    ObjectNode body = Json.object();
    body.set("items", Json.MAPPER.valueToTree(find.apply(words(p.get("q")), limit)));
    ok(ctx, 200, body);
  }

  /** What the web UI needs to know of this server: the online tiles, if asked for, and the download formats. */
  private void config(Context ctx) {
    params(ctx, List.of());
    ObjectNode body = Json.object().put("tiles", tiles);
    ArrayNode formats = body.putArray("formats");
    output.formats().forEach(formats::add);
    ok(ctx, 200, body);
  }

  /** Words to look for: trimmed, blank as none, at most 200 characters. */
  private static String words(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    if (q.length() > 200) {
      throw new IllegalArgumentException("q must be at most 200 characters");
    }
    return q.strip();
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
