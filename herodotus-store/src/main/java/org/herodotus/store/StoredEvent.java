package org.herodotus.store;

import java.time.LocalDate;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * One event as the store holds it: the coded event, its participants with their actors, its
 * places, and the document and characters it was read from.
 *
 * @param documentId the document it comes from
 * @param index its position among that document's events
 * @param code the CAMEO event code, or {@code null} for a movement CAMEO does not code
 * @param plover the PLOVER category, or {@code null}
 * @param action the normalized predicate ("attack")
 * @param mode asserted, reported, negated, ...
 * @param confidence between 0 and 1
 * @param date the TIMEX3 value ({@code "2017-07"}), or {@code null}
 * @param datePrecision {@code day}, {@code month}, ..., {@code publication}, or {@code null}
 * @param dateStart the first day the date covers, or {@code null} when it covers no known period
 * @param dateEnd the last day the date covers, or {@code null}
 * @param trigger the span of the predicate
 * @param evidence the span of the sentence
 * @param evidenceText the sentence
 * @param source who acts, or {@code null}
 * @param target who is acted on, or {@code null}
 * @param place where, or {@code null}
 * @param origin where from (movements), or {@code null}
 * @param destination where to (movements), or {@code null}
 * @param killed the number killed the sentence gives, or {@code null} when it gives none
 * @param injured the number injured the sentence gives, or {@code null}
 * @param document the document's title, outlet, URL and publication date
 * @param cluster the id of the event cluster it belongs to (one real-world event), or {@code null}
 *     when it is not clustered (negated, hypothetical or planned, or without a date)
 * @param originalSource the original source it is attributed to as a folded name ({@code guardian}), or {@code null}
 *     when its article states it itself or it is not clustered
 */
public record StoredEvent(
    String documentId,
    int index,
    String code,
    String plover,
    String action,
    Mode mode,
    double confidence,
    String date,
    String datePrecision,
    LocalDate dateStart,
    LocalDate dateEnd,
    Span trigger,
    Span evidence,
    String evidenceText,
    EventActor source,
    EventActor target,
    Place place,
    Place origin,
    Place destination,
    Double killed,
    Double injured,
    DocumentInfo document,
    String cluster,
    String originalSource) {

  /** An event without a cluster. */
  public StoredEvent(String documentId, int index, String code, String plover, String action, Mode mode, double confidence,
      String date, String datePrecision, LocalDate dateStart, LocalDate dateEnd, Span trigger, Span evidence,
      String evidenceText, EventActor source, EventActor target, Place place, Place origin, Place destination,
      Double killed, Double injured, DocumentInfo document) {
    this(documentId, index, code, plover, action, mode, confidence, date, datePrecision, dateStart, dateEnd, trigger,
        evidence, evidenceText, source, target, place, origin, destination, killed, injured, document, null, null);
  }

  /** What the store knows of the document an event comes from. */
  public record DocumentInfo(String title, String source, String url, LocalDate published) {}

  /** The same event with {@code info} as its document's metadata. */
  StoredEvent withDocument(DocumentInfo info) {
    return new StoredEvent(documentId, index, code, plover, action, mode, confidence, date, datePrecision, dateStart,
        dateEnd, trigger, evidence, evidenceText, source, target, place, origin, destination, killed, injured, info, cluster,
        originalSource);
  }

  /** Whether the event has coordinates. */
  public boolean located() {
    return place != null && place.lat() != null;
  }
}
