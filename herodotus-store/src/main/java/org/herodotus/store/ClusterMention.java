package org.herodotus.store;

import java.time.LocalDate;
import java.util.Locale;
import org.herodotus.model.Event;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;

/**
 * What clustering compares of one event mention: its type, the days its date covers, its place and
 * the two sides' actor codes and countries, with the document and position it comes from.
 *
 * @param documentId the document
 * @param index the event's position among the document's events
 * @param typeKey the PLOVER category, else {@code cameo:} and the CAMEO root, else {@code action:} and the action
 * @param start the first day its date covers
 * @param end the last day its date covers
 * @param precision {@code day}, {@code month}, ... or {@code publication} (the date is the article's own)
 * @param place where, or {@code null}
 * @param source who acts: code and country, or {@code null}
 * @param target who is acted on, or {@code null}
 *
 * <p>Public so that clustering outside the embedded store (the Flink job) applies the same rules
 * through {@link ClusterRules}; its factories stay package-private.
 */
public record ClusterMention(String documentId, int index, String typeKey, LocalDate start, LocalDate end, String precision,
    Place place, Side source, Side target) {

  /** One side of an event as clustering sees it: a CAMEO actor code and an ISO alpha-3 country, either may be {@code null}. */
  public record Side(String code, String country) {

    /** The side, or {@code null} when neither code nor country is known: then there is nothing to compare. */
    static Side of(String code, String country) {
      return code == null && country == null ? null : new Side(code, country);
    }
  }

  /** Whether an event of this mode is clustered: only events presented as having happened (or claimed as done). */
  static boolean eligible(Mode mode) {
    return mode == Mode.ASSERTED || mode == Mode.REPORTED || mode == Mode.CLAIMED;
  }

  /** The type an event is clustered by: its PLOVER category, else its CAMEO root, else its action. */
  static String typeKey(String plover, String code, String action) {
    if (plover != null) {
      return plover;
    }
    if (code != null && code.length() >= 2) {
      return "cameo:" + code.substring(0, 2);
    }
    return "action:" + action.toLowerCase(Locale.ROOT);
  }

  static String typeKey(Event e) {
    return typeKey(e.plover(), e.code(), e.action());
  }
}
