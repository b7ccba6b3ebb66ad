package org.herodotus.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Metadata;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;

/**
 * Short wire stories written for the project's tests, with hand-coded events (one per marked
 * trigger word, its sentence as evidence): articles to store and search without models.
 */
public final class Wires {

  private Wires() {}

  public static final String IDLIB_TEXT = "BEIRUT — Dozens of defectors from a jihadist faction crossed into Turkey "
      + "from Idlib province last week with the help of smugglers, two of the men said. "
      + "Turkish border guards detained 14 people near the village of Atmeh on Sunday. "
      + "The smugglers charged each man about 1,500 dollars for the night crossing.";

  public static final String ALEPPO_TEXT = "ALEPPO — Government aircraft struck a market in the eastern districts of "
      + "the city on Tuesday, residents said. Rescue workers pulled survivors from the rubble for hours.";

  public static final String HARBOUR_TEXT = "ATHENS — Dock workers walked off the job at the port of Piraeus on "
      + "Friday to protest against new shift rules. The union said the strike would last two days.";

  /** Defectors leaving Idlib with smugglers; the border guards' detention is an event. */
  public static Document idlib(String id) {
    return article(id, "Defectors slip out of Idlib", "Levant Wire", LocalDate.of(2017, 9, 5), IDLIB_TEXT,
        event(IDLIB_TEXT, "detained", "Atmeh", "173", "COERCE", "SY", "2017-09-03"),
        event(IDLIB_TEXT, "crossed", "Idlib", null, null, "SY", "2017-08"));
  }

  /** An air strike on a market in Aleppo. */
  public static Document aleppo(String id) {
    return article(id, "Air strike hits Aleppo market", "Levant Wire", LocalDate.of(2016, 11, 2), ALEPPO_TEXT,
        event(ALEPPO_TEXT, "struck", "ALEPPO", "195", "ASSAULT", "SY", "2016-11-01"));
  }

  /** A dock workers' strike in Piraeus. */
  public static Document harbour(String id) {
    return article(id, "Piraeus dock workers strike", "Aegean Daily", LocalDate.of(2018, 3, 10), HARBOUR_TEXT,
        event(HARBOUR_TEXT, "protest", "Piraeus", "141", "PROTEST", "GR", "2018-03-09"));
  }

  /** An event: its trigger and place are the first occurrences of those words, its sentence the evidence. */
  record Coded(Span trigger, Span sentence, Span place, String code, String plover, String country, String date) {}

  static Coded event(String text, String trigger, String place, String code, String plover, String country, String date) {
    Span t = Reports.find(text, trigger);
    int start = Math.max(text.lastIndexOf(". ", t.start()) + 2, 0);
    if (start == 1) {
      start = 0;
    }
    int end = text.indexOf('.', t.end());
    return new Coded(t, new Span(start, end < 0 ? text.length() : end + 1), Reports.find(text, place), code, plover, country, date);
  }

  private static Document article(String id, String title, String outlet, LocalDate published, String text, Coded... coded) {
    List<Event> events = new ArrayList<>();
    for (Coded c : coded) {
      String name = text.substring(c.place().start(), c.place().end());
      Place place = new Place(c.place(), name, null, name, null, c.country(), null, null, null, Precision.CITY);
      events.add(new Event(c.code(), c.plover(), text.substring(c.trigger().start(), c.trigger().end()), null, null,
          place, null, null, c.date(), null, List.of(), Mode.ASSERTED, c.trigger(), c.sentence(), 0.8, null));
    }
    return Documents.tokenized(id, text)
        .withMeta(new Metadata(id, title, published, List.of(), outlet, "https://news.example/" + id, null, "test:" + id))
        .withEvents(events);
  }
}
