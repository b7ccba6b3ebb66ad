package org.herodotus.model;

import java.util.List;

/**
 * Who did what to whom, where and when, coded in CAMEO and PLOVER, with the sentence it comes from.
 * All its parts come from one sentence (plus the publication date when the sentence gives no time):
 * actor, act and place are never combined across unrelated sentences.
 *
 * @param code the CAMEO event code (2–4 digits, {@code "190"}), or {@code null} for a movement event
 *     that CAMEO does not code
 * @param plover the PLOVER category ({@code "ASSAULT"}), or {@code null} when it maps to none
 * @param action the normalized predicate ("attack", "flee", "oust"); for movements one of
 *     {@code flee}, {@code cross}, {@code return}, {@code deport}, {@code displace}, {@code move}
 * @param source who acts, or {@code null}
 * @param target who is acted on, or {@code null}
 * @param place where it happened, from the same clause or sentence, or {@code null}
 * @param origin for movements: where from, or {@code null}
 * @param destination for movements: where to, or {@code null}
 * @param date a TIMEX3 value ({@code "2017-07"}) from a time expression of the clause, else the
 *     publication date; {@code null} when neither is known
 * @param dateSpan the time expression the date comes from, or {@code null} when it is the
 *     publication date
 * @param quantities amounts the clause gives (people, casualties, money)
 * @param mode whether the text asserts, reports, negates, supposes or plans it
 * @param trigger the words that express the act ("ousted", "an offensive")
 * @param evidence the sentence it was read from
 * @param confidence how sure the coder is, between 0 and 1
 * @param quote the index in {@link Document#quotes()} of the quote or report whose content holds the
 *     event ("…, the Guardian reported"), or {@code null} when the article states it itself
 */
public record Event(
    String code,
    String plover,
    String action,
    Participant source,
    Participant target,
    Place place,
    Place origin,
    Place destination,
    String date,
    Span dateSpan,
    List<Quantity> quantities,
    Mode mode,
    Span trigger,
    Span evidence,
    double confidence,
    Integer quote) {

  public Event {
    if (action == null || mode == null || trigger == null || evidence == null) {
      throw new IllegalArgumentException("an event needs an action, a mode, a trigger and evidence");
    }
    if (!evidence.contains(trigger)) {
      throw new IllegalArgumentException("the trigger " + trigger + " lies outside its evidence " + evidence);
    }
    quantities = List.copyOf(quantities);
  }

  /** The same event as the content of quote number {@code quoteIndex}, in the given mode. */
  public Event attributed(int quoteIndex, Mode newMode) {
    return new Event(code, plover, action, source, target, place, origin, destination, date, dateSpan, quantities,
        newMode, trigger, evidence, confidence, quoteIndex);
  }

  /** Whether the text presents it as having happened: asserted or reported, not negated or supposed. */
  public boolean factual() {
    return mode == Mode.ASSERTED || mode == Mode.REPORTED;
  }
}
