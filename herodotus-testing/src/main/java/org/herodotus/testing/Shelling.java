package org.herodotus.testing;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.herodotus.model.Quote;
import org.herodotus.model.QuoteKind;
import org.herodotus.model.Source;
import org.herodotus.model.SourceRole;
import org.herodotus.model.Span;

/**
 * One shelling of Idlib reported by four outlets, and one of Aleppo the next day, as hand-built
 * documents with the event the pipeline should code in each: for tests of near-duplicates and of
 * event clustering. The articles and outlets are invented for these tests.
 *
 * <ul>
 *   <li>{@link #WIRE}: the wire story (Levant Wire, 10 March 2026);
 *   <li>{@link #SYNDICATED}: the same story re-published verbatim by the Daily Courier, with a
 *       credit line before it and a note after it;
 *   <li>{@link #TRIBUNE}: the Northern Tribune's own report, in its own words, a day later;
 *   <li>{@link #POST}: the Evening Post's report of what the Guardian reported;
 *   <li>{@link #ALEPPO}: a shelling of Aleppo, 56 km away, the next day, by the same forces: another event.
 * </ul>
 */
public final class Shelling {

  private Shelling() {}

  public static final String WIRE = "IDLIB, Syria (Levant Wire) - Syrian government forces shelled the town of Idlib on "
      + "Tuesday, killing at least seven civilians and wounding 20 others, local medics said. The bombardment began "
      + "shortly after dawn and struck a covered market and two schools near the town centre. Residents said dozens of "
      + "shells landed within an hour, and civil defence teams were still searching collapsed buildings by the afternoon. "
      + "There was no immediate comment from Damascus.";

  public static final String SYNDICATED = "Distributed by Levant Wire.\n\n" + WIRE
      + "\n\nThis article was republished under a content-sharing agreement.";

  public static final String TRIBUNE = "Artillery fire from Syrian army positions hit Idlib on Tuesday morning, killing "
      + "seven people in a crowded market, according to hospital staff. Witnesses described a sudden barrage that sent "
      + "shoppers running for shelter between the stalls. Two schools were also damaged, a teacher told reporters, though "
      + "classes had not yet begun. The northwestern town has been a frequent target in recent months.";

  public static final String POST = "Syrian troops shelled Idlib on Tuesday, killing at least seven civilians, the Guardian "
      + "reported. The newspaper said the shells fell on a market in the early morning, when traders were setting up their "
      + "stalls. Aid groups in the region have warned that hospitals in the northwest are struggling to cope with casualties.";

  public static final String ALEPPO = "ALEPPO, Syria (Levant Wire) - Syrian government forces shelled eastern districts of "
      + "Aleppo on Wednesday, wounding at least 12 people, a monitoring group said. The shelling hit residential streets "
      + "near the old citadel, and several families fled towards the western neighbourhoods.";

  public static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

  /** Idlib city (GeoNames 169389). */
  public static Place idlib(Span span, String text) {
    return new Place(span, text, 169389L, "Idlib", "PPLA", "SY", "Idlib", 35.9306, 36.6339, Precision.CITY);
  }

  /** Aleppo city (GeoNames 170063), about 56 km from Idlib. */
  public static Place aleppo(Span span, String text) {
    return new Place(span, text, 170063L, "Aleppo", "PPLA", "SY", "Aleppo", 36.2021, 37.1343, Precision.CITY);
  }

  public static Document wire(String id) {
    return report(id, "Levant Wire", TUESDAY, WIRE, "Syrian government forces", "shelled", "civilians", "Idlib", "Tuesday",
        "2026-03-10", null);
  }

  public static Document syndicated(String id) {
    return report(id, "Daily Courier", TUESDAY, SYNDICATED, "Syrian government forces", "shelled", "civilians", "Idlib",
        "Tuesday", "2026-03-10", null);
  }

  public static Document tribune(String id) {
    return report(id, "Northern Tribune", TUESDAY.plusDays(1), TRIBUNE, "Syrian army", "hit", "people", "Idlib",
        "Tuesday", "2026-03-10", null);
  }

  public static Document post(String id) {
    return report(id, "Evening Post", TUESDAY.plusDays(1), POST, "Syrian troops", "shelled", "civilians", "Idlib", "Tuesday",
        "2026-03-10", "the Guardian");
  }

  public static Document aleppo(String id) {
    return report(id, "Levant Wire", TUESDAY.plusDays(1), ALEPPO, "Syrian government forces", "shelled", null, "Aleppo",
        "Wednesday", "2026-03-11", null);
  }

  /**
   * A document with one shelling event in its first sentence: {@code source} (SYRMIL) on
   * {@code target} (SYRCVL, or none) in {@code placeWords} on {@code dateWords}; when
   * {@code reportedBy} is given, the event is the content of "..., {@code reportedBy} reported".
   */
  public static Document report(String id, String outlet, LocalDate published, String text, String source, String trigger,
      String target, String placeWords, String dateWords, String date, String reportedBy) {
    Span first = new Span(0, text.indexOf(". ") + 1);
    Span sourceSpan = Reports.find(text, source);
    Span placeSpan = Reports.find(text, placeWords + " on");
    placeSpan = new Span(placeSpan.start(), placeSpan.start() + placeWords.length());
    Place place = placeWords.equals("Aleppo") ? aleppo(placeSpan, placeWords) : idlib(placeSpan, placeWords);
    List<Actor> actors = new ArrayList<>();
    actors.add(new Actor("a1", source, "SYRMIL", ActorType.STATE_ORGAN, "SYR", List.of(sourceSpan)));
    Participant targetPart = null;
    if (target != null) {
      Span targetSpan = Reports.find(text, target);
      actors.add(new Actor("a2", target, "SYRCVL", ActorType.GROUP, "SYR", List.of(targetSpan)));
      targetPart = new Participant(targetSpan, target, "a2", "SYRCVL");
    }
    Event shelling = new Event("195", "ASSAULT", "shell", new Participant(sourceSpan, source, "a1", "SYRMIL"), targetPart,
        place, null, null, date, Reports.find(text, dateWords), List.of(), Mode.ASSERTED, Reports.find(text, trigger),
        first, 0.8, null);
    Document doc = Documents.tokenized(id, text)
        .withMeta(new Metadata(id, null, published, List.of(), outlet, "https://example.org/" + id, null, "test:" + id))
        .withPlaces(List.of(place));
    if (reportedBy == null) {
      return doc.withActors(actors).withEvents(List.of(shelling));
    }
    Span by = Reports.find(text, reportedBy);
    actors.add(new Actor("a3", reportedBy.replaceFirst("^the ", ""), "GBRMED", ActorType.ORGANIZATION, "GBR", List.of(by)));
    Span content = new Span(0, by.start() - 2);
    Quote quote = new Quote(content, text.substring(content.start(), content.end()), QuoteKind.INDIRECT,
        new Participant(by, reportedBy, "a3", "GBRMED"), Reports.find(text, "reported"),
        List.of(new Source(by, reportedBy, "a3", SourceRole.SPEAKER), new Source(null, outlet, null, SourceRole.PUBLISHER)),
        List.of());
    return doc.withActors(actors).withQuotes(List.of(quote), List.of(shelling.attributed(0, Mode.REPORTED)));
  }
}
