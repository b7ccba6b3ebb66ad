package org.herodotus.testing;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Metadata;
import org.herodotus.model.Mode;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Quantity;
import org.herodotus.model.Quote;
import org.herodotus.model.QuoteKind;
import org.herodotus.model.Span;

/**
 * Hand-built documents with places, actors, events and a quote, as the full pipeline would make
 * them, for tests of what comes after extraction (the store, queries, exports): no models.
 */
public final class Reports {

  private Reports() {}

  public static final String RAQQA = "Islamic State fighters attacked Kurdish forces in Raqqa on Monday, killing 12. "
      + "Officials said the town was calm.";

  /** An article with one attack by Islamic State on Kurdish forces in Raqqa, and one quote. */
  public static Document raqqa(String id) {
    return raqqa(id, RAQQA);
  }

  /** As {@link #raqqa(String)} with other text after the first sentence: a revised version. */
  public static Document raqqa(String id, String text) {
    Document doc = Documents.tokenized(id, text);
    doc = doc.withMeta(new Metadata(id, "Attack in Raqqa", LocalDate.of(2017, 7, 4), List.of("A. Writer"),
        "Kurdistan 24", "https://example.org/" + id, null, "test:" + id));
    Span is = find(text, "Islamic State fighters");
    Span kurds = find(text, "Kurdish forces");
    Span raqqa = find(text, "Raqqa");
    Span sentence = new Span(0, text.indexOf('.') + 1);
    Place place = new Place(raqqa, "Raqqa", 163843L, "Ar Raqqah", "PPLA", "SY", "Ar-Raqqah", 35.95, 39.01, Precision.CITY);
    List<Actor> actors = List.of(
        new Actor("a1", "Islamic State", "IMGMUSISI", ActorType.ARMED_GROUP, null, List.of(is)),
        new Actor("a2", "Kurdish forces", "KURMIL", ActorType.ARMED_GROUP, "SYR", List.of(kurds)));
    Event attack = new Event("190", "ASSAULT", "attack",
        new Participant(is, "Islamic State fighters", "a1", "IMGMUSISI"),
        new Participant(kurds, "Kurdish forces", "a2", "KURMIL"),
        place, null, null, "2017-07-03", find(text, "Monday"),
        List.of(new Quantity(find(text, "12"), "12", "KILLED", 12.0, null, false)),
        Mode.ASSERTED, find(text, "attacked"), sentence, 0.9, null);
    Span quote = find(text, "the town was calm");
    return doc.withPlaces(List.of(place)).withActors(actors).withEvents(List.of(attack))
        .withQuotes(List.of(new Quote(quote, "the town was calm", QuoteKind.INDIRECT,
            new Participant(find(text, "Officials"), "Officials", null, null), find(text, "said"), List.of(), List.of())),
            List.of(attack));
  }

  /** An article with a planned protest in Cairo in August 2017 and a month-precision date. */
  public static Document cairo(String id) {
    String text = "Egyptian students will protest in Cairo in August.";
    Span students = find(text, "Egyptian students");
    Place cairo = new Place(find(text, "Cairo"), "Cairo", 360630L, "Cairo", "PPLC", "EG", "Cairo", 30.06, 31.25, Precision.CITY);
    Event protest = new Event("141", "PROTEST", "protest",
        new Participant(students, "Egyptian students", "a1", "EGYEDU"), null, cairo, null, null, "2017-08",
        find(text, "August"), List.of(), Mode.PLANNED, find(text, "protest"), new Span(0, text.length()), 0.7, null);
    return Documents.tokenized(id, text).withMeta(new Metadata(id, null, LocalDate.of(2017, 7, 20), List.of(), null, null, null, null))
        .withPlaces(List.of(cairo))
        .withActors(List.of(new Actor("a1", "Egyptian students", "EGYEDU", ActorType.GROUP, "EGY", List.of(students))))
        .withEvents(List.of(protest));
  }

  public static Span find(String text, String words) {
    int start = text.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in: " + text);
    }
    return new Span(start, start + words.length());
  }
}
