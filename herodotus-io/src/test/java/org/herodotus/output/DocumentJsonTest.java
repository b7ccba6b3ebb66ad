package org.herodotus.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Dateline;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Event;
import org.herodotus.model.Layer;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Mode;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Quote;
import org.herodotus.model.QuoteKind;
import org.herodotus.model.Sentence;
import org.herodotus.model.Source;
import org.herodotus.model.SourceRole;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.herodotus.testing.Documents;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

  static final String TEXT = "MOSUL (Wire) - Iraqi forces took Mosul in July.";

  static Document annotated() {
    Document tokenized = Documents.tokenized("d1", TEXT);
    Metadata meta = new Metadata("d1", "Mosul retaken", LocalDate.of(2017, 9, 5), List.of("A. Writer"), "Wire",
        "https://example.org/1", new Dateline(new Span(0, 14), "MOSUL", "Wire"), "in.txt");
    Sentence parsed = new Sentence(tokenized.sentences().get(0).span(), 0, tokenized.tokens().size(),
        List.of(new Dependency(-1, 7, "root"), new Dependency(7, 6, "nsubj")));
    return tokenized.withMeta(meta)
        .withTokens(tokenized.tokens(), List.of(parsed), true)
        .withEntityCandidates(List.of(new Mention(new Span(33, 38), "Mosul", EntityType.LOCATION, null, null)))
        .withEntities(List.of(new Mention(new Span(33, 38), "Mosul", EntityType.LOCATION, "CITY", null)))
        .withTimeCandidates(List.of(new TimeExpression(new Span(42, 46), "July", TimexType.DATE, "2017-07", null)))
        .withTimes(List.of(new TimeExpression(new Span(39, 46), "in July", TimexType.DATE, "2017-07", null)))
        .withPlaces(List.of(
            new Place(new Span(33, 38), "Mosul", 99072L, "Mosul", "PPLA", "IQ", "Nineveh", 36.335, 43.11889, Precision.CITY),
            Place.unresolved(new Span(0, 5), "MOSUL")));
  }

  /** {@link #annotated()} with one actor, one event and the report that holds it. */
  static Document coded() {
    Document doc = annotated();
    Place mosul = doc.places().get(0);
    Participant forces = new Participant(new Span(15, 27), "Iraqi forces", "a1", "IRQMIL");
    Event event = new Event("190", "ASSAULT", "take", forces, null, mosul, null, null, "2017-07", new Span(39, 46), List.of(),
        Mode.ASSERTED, new Span(28, 32), doc.sentences().get(0).span(), 0.8, null);
    Quote report = new Quote(new Span(15, 46), "Iraqi forces took Mosul in July", QuoteKind.INDIRECT, null, null,
        List.of(new Source(null, "Wire", null, SourceRole.PUBLISHER)), List.of());
    return doc
        .withActors(List.of(new Actor("a1", "Iraqi forces", "IRQMIL", ActorType.STATE_ORGAN, "IRQ", List.of(new Span(15, 27)))))
        .withEvents(List.of(event))
        .withQuotes(List.of(report), List.of(event.attributed(0, Mode.REPORTED)));
  }

  @Test
  void write_actorsEventsAndQuotes_asTheContractSays() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DocumentJson.write(coded(), false));
    assertThat(json.get("actors").get(0).toString()).isEqualTo("{\"id\":\"a1\",\"name\":\"Iraqi forces\",\"code\":\"IRQMIL\","
        + "\"type\":\"STATE_ORGAN\",\"country\":\"IRQ\",\"mentions\":[{\"start\":15,\"end\":27}]}");
    JsonNode event = json.get("events").get(0);
    assertThat(event.get("code").asText()).isEqualTo("190");
    assertThat(event.get("source").get("actor").asText()).isEqualTo("a1");
    assertThat(event.get("target").isNull()).isTrue();
    assertThat(event.get("place").get("geonameid").asLong()).isEqualTo(99072L);
    assertThat(event.get("datePrecision").asText()).isEqualTo("month");
    assertThat(event.get("dateEvidence").get("start").asInt()).isEqualTo(39);
    assertThat(event.get("mode").asText()).isEqualTo("REPORTED");
    assertThat(event.get("attribution").get("quote").asInt()).isZero();
    assertThat(event.get("attribution").get("chain").get(0).get("role").asText()).isEqualTo("PUBLISHER");
    JsonNode quote = json.get("quotes").get(0);
    assertThat(quote.get("kind").asText()).isEqualTo("INDIRECT");
    assertThat(quote.get("speaker").isNull()).isTrue();
    assertThat(quote.get("chain").get(0).has("start")).as("a publisher from metadata has no span").isFalse();
  }

  @Test
  void write_hasEveryKeyOfTheContractInOrder() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DocumentJson.write(annotated(), false));
    assertThat(json.fieldNames()).toIterable().containsSubsequence(
        "id", "title", "published", "authors", "source", "url", "text", "entities", "times", "places", "actors", "events", "quotes");
    assertThat(json.get("published").asText()).isEqualTo("2017-09-05");
    assertThat(json.get("entities").get(0).toString())
        .isEqualTo("{\"start\":33,\"end\":38,\"text\":\"Mosul\",\"type\":\"LOCATION\",\"subtype\":\"CITY\"}");
    assertThat(json.get("times").get(0).get("value").asText()).isEqualTo("2017-07");
    assertThat(json.has("sentences")).isFalse();
    assertThat(json.get("places").get(0).toString()).isEqualTo("{\"start\":33,\"end\":38,\"text\":\"Mosul\",\"geonameid\":99072,"
        + "\"name\":\"Mosul\",\"featureCode\":\"PPLA\",\"country\":\"IQ\",\"admin1\":\"Nineveh\",\"lat\":36.335,\"lon\":43.11889,"
        + "\"precision\":\"CITY\"}");
    assertThat(json.get("places").get(1).get("lat").isNull()).isTrue();
  }

  @Test
  void write_unknownMetadata_writesNullsAndEmptyLists() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DocumentJson.write(Document.of(Metadata.of("x"), "Text."), false));
    assertThat(json.get("title").isNull()).isTrue();
    assertThat(json.get("authors").size()).isZero();
    assertThat(json.get("places").isArray()).isTrue();
  }

  @Test
  void read_ofWriteWithTokens_restoresTheDocument() {
    Document original = annotated();
    Document back = DocumentJson.read(DocumentJson.write(original, true));
    assertThat(back).isEqualTo(original);
    assertThat(back.has(Layer.DEPENDENCIES)).isTrue();
  }

  @Test
  void write_isOneLineEvenForMultiLineText() {
    Document doc = Document.of(Metadata.of("x"), "Line one.\n\nLine \"two\".\u2028");
    assertThat(DocumentJson.write(doc, false)).doesNotContain("\n");
  }

  @Test
  void read_notJson_failsWithClearMessage() {
    assertThatThrownBy(() -> DocumentJson.read("{not json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON document");
    assertThatThrownBy(() -> DocumentJson.read("[1,2]")).hasMessageContaining("\"id\" and \"text\"");
  }
}
