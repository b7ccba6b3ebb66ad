package org.herodotus.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.DatePrecision;
import org.herodotus.model.Dateline;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Event;
import org.herodotus.model.Layer;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Quantity;
import org.herodotus.model.Quote;
import org.herodotus.model.Sentence;
import org.herodotus.model.Source;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.herodotus.model.Token;

/**
 * The JSON Lines output contract of {@code herodotus extract} ({@code docs/format.md}): one object
 * per document with its metadata, text, entities, times, places, events and quotes. Offsets are
 * UTF-16 indices into {@code text}.
 *
 * <p>With {@code withTokens}, the object also carries the linguistic layers ({@code sentences}
 * with tokens and dependencies, {@code entity_candidates} and {@code time_candidates}), so that annotated documents can be
 * stored and {@link #read read} back without annotating them again.
 */
public final class DocumentJson {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private DocumentJson() {}

  /** One JSON object on one line, without the line end. */
  public static String write(Document doc, boolean withTokens) {
    StringWriter out = new StringWriter(doc.text().length() * 2 + 256);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      writeMeta(json, doc.meta());
      json.writeStringField("text", doc.text());
      writeMentions(json, "entities", doc.entities());
      writeTimes(json, "times", doc.times());
      writePlaces(json, doc.places());
      writeActors(json, doc.actors());
      writeEvents(json, doc.events(), doc.quotes());
      writeQuotes(json, doc.quotes());
      if (withTokens) {
        writeSentences(json, doc);
        writeMentions(json, "entity_candidates", doc.entityCandidates());
        writeTimes(json, "time_candidates", doc.timeCandidates());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeMeta(JsonGenerator json, Metadata meta) throws IOException {
    json.writeStringField("id", meta.id());
    json.writeStringField("title", meta.title());
    json.writeStringField("published", meta.published() == null ? null : meta.published().toString());
    json.writeArrayFieldStart("authors");
    for (String author : meta.authors()) {
      json.writeString(author);
    }
    json.writeEndArray();
    json.writeStringField("source", meta.source());
    json.writeStringField("url", meta.url());
    if (meta.dateline() != null) {
      Dateline d = meta.dateline();
      json.writeObjectFieldStart("dateline");
      span(json, d.span());
      optional(json, "place", d.place());
      optional(json, "outlet", d.outlet());
      json.writeEndObject();
    }
    optional(json, "origin", meta.origin());
  }

  private static void writeMentions(JsonGenerator json, String field, List<Mention> mentions) throws IOException {
    json.writeArrayFieldStart(field);
    for (Mention m : mentions) {
      json.writeStartObject();
      span(json, m.span());
      json.writeStringField("text", m.text());
      json.writeStringField("type", m.type().name());
      optional(json, "subtype", m.subtype());
      optional(json, "normalized", m.normalized());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writePlaces(JsonGenerator json, List<Place> places) throws IOException {
    json.writeArrayFieldStart("places");
    for (Place p : places) {
      writePlace(json, p);
    }
    json.writeEndArray();
  }

  private static void writePlace(JsonGenerator json, Place p) throws IOException {
    json.writeStartObject();
    span(json, p.span());
    json.writeStringField("text", p.text());
    if (p.geonameId() == null) {
      json.writeNullField("geonameid");
    } else {
      json.writeNumberField("geonameid", p.geonameId());
    }
    json.writeStringField("name", p.name());
    json.writeStringField("featureCode", p.featureCode());
    json.writeStringField("country", p.country());
    json.writeStringField("admin1", p.admin1());
    if (p.lat() == null) {
      json.writeNullField("lat");
      json.writeNullField("lon");
    } else {
      json.writeNumberField("lat", p.lat());
      json.writeNumberField("lon", p.lon());
    }
    json.writeStringField("precision", p.precision().name());
    json.writeEndObject();
  }

  private static void writeActors(JsonGenerator json, List<Actor> actors) throws IOException {
    json.writeArrayFieldStart("actors");
    for (Actor a : actors) {
      json.writeStartObject();
      json.writeStringField("id", a.id());
      json.writeStringField("name", a.name());
      json.writeStringField("code", a.code());
      json.writeStringField("type", a.type().name());
      json.writeStringField("country", a.country());
      json.writeArrayFieldStart("mentions");
      for (Span m : a.mentions()) {
        json.writeStartObject();
        span(json, m);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeQuotes(JsonGenerator json, List<Quote> quotes) throws IOException {
    json.writeArrayFieldStart("quotes");
    for (Quote q : quotes) {
      json.writeStartObject();
      span(json, q.span());
      json.writeStringField("text", q.text());
      json.writeStringField("kind", q.kind().name());
      writeParticipant(json, "speaker", q.speaker());
      json.writeFieldName("cue");
      if (q.cue() == null) {
        json.writeNull();
      } else {
        json.writeStartObject();
        span(json, q.cue());
        json.writeEndObject();
      }
      writeChain(json, q.chain());
      json.writeArrayFieldStart("hedges");
      for (String hedge : q.hedges()) {
        json.writeString(hedge);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeChain(JsonGenerator json, List<Source> chain) throws IOException {
    json.writeArrayFieldStart("chain");
    for (Source source : chain) {
      json.writeStartObject();
      if (source.span() != null) {
        span(json, source.span());
      }
      json.writeStringField("name", source.name());
      json.writeStringField("actor", source.actorId());
      json.writeStringField("role", source.role().name());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeEvents(JsonGenerator json, List<Event> events, List<Quote> quotes) throws IOException {
    json.writeArrayFieldStart("events");
    for (Event e : events) {
      json.writeStartObject();
      json.writeStringField("code", e.code());
      json.writeStringField("plover", e.plover());
      json.writeStringField("action", e.action());
      writeParticipant(json, "source", e.source());
      writeParticipant(json, "target", e.target());
      writeOptionalPlace(json, "place", e.place());
      writeOptionalPlace(json, "origin", e.origin());
      writeOptionalPlace(json, "destination", e.destination());
      json.writeStringField("date", e.date());
      json.writeStringField("datePrecision", DatePrecision.of(e.date(), e.dateSpan() == null));
      if (e.dateSpan() != null) {
        json.writeObjectFieldStart("dateEvidence");
        span(json, e.dateSpan());
        json.writeEndObject();
      }
      json.writeArrayFieldStart("quantities");
      for (Quantity q : e.quantities()) {
        json.writeStartObject();
        span(json, q.span());
        json.writeStringField("text", q.text());
        json.writeStringField("kind", q.kind());
        if (q.value() == null) {
          json.writeNullField("value");
        } else {
          json.writeNumberField("value", q.value());
        }
        optional(json, "unit", q.unit());
        json.writeBooleanField("approximate", q.approximate());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("mode", e.mode().name());
      json.writeObjectFieldStart("trigger");
      span(json, e.trigger());
      json.writeEndObject();
      json.writeObjectFieldStart("evidence");
      span(json, e.evidence());
      json.writeEndObject();
      json.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
      json.writeFieldName("attribution");
      if (e.quote() == null) {
        json.writeNull();
      } else {
        Quote q = quotes.get(e.quote());
        json.writeStartObject();
        json.writeNumberField("quote", e.quote());
        writeParticipant(json, "speaker", q.speaker());
        writeChain(json, q.chain());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeParticipant(JsonGenerator json, String field, Participant p) throws IOException {
    if (p == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    span(json, p.span());
    json.writeStringField("text", p.text());
    json.writeStringField("actor", p.actorId());
    json.writeStringField("code", p.code());
    json.writeEndObject();
  }

  private static void writeOptionalPlace(JsonGenerator json, String field, Place p) throws IOException {
    json.writeFieldName(field);
    if (p == null) {
      json.writeNull();
    } else {
      writePlace(json, p);
    }
  }

  private static void writeTimes(JsonGenerator json, String field, List<TimeExpression> times) throws IOException {
    json.writeArrayFieldStart(field);
    for (TimeExpression t : times) {
      json.writeStartObject();
      span(json, t.span());
      json.writeStringField("text", t.text());
      json.writeStringField("type", t.type().name());
      json.writeStringField("value", t.value());
      optional(json, "mod", t.mod());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeSentences(JsonGenerator json, Document doc) throws IOException {
    json.writeArrayFieldStart("sentences");
    for (Sentence s : doc.sentences()) {
      json.writeStartObject();
      span(json, s.span());
      json.writeArrayFieldStart("tokens");
      for (Token t : doc.tokensOf(s)) {
        json.writeStartArray();
        json.writeNumber(t.span().start());
        json.writeNumber(t.span().end());
        json.writeString(t.lemma());
        json.writeString(t.tag());
        json.writeEndArray();
      }
      json.writeEndArray();
      if (doc.has(Layer.DEPENDENCIES)) {
        json.writeArrayFieldStart("dependencies");
        for (Dependency d : s.dependencies()) {
          json.writeStartArray();
          json.writeNumber(d.governor() < 0 ? -1 : d.governor() - s.firstToken());
          json.writeNumber(d.dependent() - s.firstToken());
          json.writeString(d.relation());
          json.writeEndArray();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void span(JsonGenerator json, Span span) throws IOException {
    json.writeNumberField("start", span.start());
    json.writeNumberField("end", span.end());
  }

  private static void optional(JsonGenerator json, String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  /**
   * Reads a document back from one line of {@link #write} output. Layers present in the line
   * (tokens, entities, time candidates, times) are restored.
   *
   * @throws IllegalArgumentException if the line is not a document object of this format
   */
  public static Document read(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON document: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject() || !node.path("text").isTextual()) {
      throw new IllegalArgumentException("not a Herodotus document: an object with \"id\" and \"text\" is expected");
    }
    String text = node.get("text").asText();
    Document doc = Document.of(readMeta(node), text);
    if (node.has("sentences")) {
      doc = readSentences(doc, node.get("sentences"));
    }
    if (node.has("entity_candidates")) {
      doc = doc.withEntityCandidates(readMentions(node.get("entity_candidates"), text));
    }
    if (node.has("entities")) {
      doc = doc.withEntities(readMentions(node.get("entities"), text));
    }
    if (node.has("time_candidates")) {
      doc = doc.withTimeCandidates(readTimes(node.get("time_candidates"), text));
    }
    if (node.has("times")) {
      doc = doc.withTimes(readTimes(node.get("times"), text));
    }
    if (node.has("places")) {
      doc = doc.withPlaces(readPlaces(node.get("places"), text));
    }
    return doc;
  }

  private static Metadata readMeta(JsonNode node) {
    List<String> authors = new ArrayList<>();
    node.path("authors").forEach(a -> authors.add(a.asText()));
    Dateline dateline = null;
    if (node.path("dateline").isObject()) {
      JsonNode d = node.get("dateline");
      dateline = new Dateline(readSpan(d), textOrNull(d, "place"), textOrNull(d, "outlet"));
    }
    String published = textOrNull(node, "published");
    return new Metadata(node.path("id").asText(), textOrNull(node, "title"),
        published == null ? null : LocalDate.parse(published.substring(0, Math.min(10, published.length()))),
        authors, textOrNull(node, "source"), textOrNull(node, "url"), dateline, textOrNull(node, "origin"));
  }

  private static Document readSentences(Document doc, JsonNode sentences) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> result = new ArrayList<>();
    boolean parsed = false;
    for (JsonNode s : sentences) {
      int first = tokens.size();
      for (JsonNode t : s.path("tokens")) {
        Span span = new Span(t.get(0).asInt(), t.get(1).asInt());
        tokens.add(new Token(span, span.of(doc.text()), t.get(2).asText(), t.get(3).asText()));
      }
      List<Dependency> deps = new ArrayList<>();
      if (s.has("dependencies")) {
        parsed = true;
        for (JsonNode d : s.get("dependencies")) {
          int governor = d.get(0).asInt();
          deps.add(new Dependency(governor < 0 ? -1 : first + governor, first + d.get(1).asInt(), d.get(2).asText()));
        }
      }
      result.add(new Sentence(readSpan(s), first, tokens.size(), deps));
    }
    return doc.withTokens(tokens, result, parsed);
  }

  private static List<Mention> readMentions(JsonNode array, String text) {
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode m : array) {
      Span span = readSpan(m);
      mentions.add(new Mention(span, span.of(text), EntityType.valueOf(m.path("type").asText()),
          textOrNull(m, "subtype"), textOrNull(m, "normalized")));
    }
    return mentions;
  }

  private static List<Place> readPlaces(JsonNode array, String text) {
    List<Place> places = new ArrayList<>();
    for (JsonNode p : array) {
      Span span = readSpan(p);
      places.add(new Place(span, span.of(text),
          p.path("geonameid").isNumber() ? p.get("geonameid").asLong() : null,
          textOrNull(p, "name"), textOrNull(p, "featureCode"), textOrNull(p, "country"), textOrNull(p, "admin1"),
          p.path("lat").isNumber() ? p.get("lat").asDouble() : null,
          p.path("lon").isNumber() ? p.get("lon").asDouble() : null,
          Precision.valueOf(p.path("precision").asText("UNRESOLVED"))));
    }
    return places;
  }

  private static List<TimeExpression> readTimes(JsonNode array, String text) {
    List<TimeExpression> times = new ArrayList<>();
    for (JsonNode t : array) {
      Span span = readSpan(t);
      times.add(new TimeExpression(span, span.of(text), TimexType.valueOf(t.path("type").asText()),
          textOrNull(t, "value"), textOrNull(t, "mod")));
    }
    return times;
  }

  private static Span readSpan(JsonNode node) {
    return new Span(node.path("start").asInt(), node.path("end").asInt());
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
