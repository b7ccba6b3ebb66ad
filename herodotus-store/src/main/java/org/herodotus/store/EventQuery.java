package org.herodotus.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Mode;

/**
 * Which events to return; every filter is optional ({@code null}) and all given ones must hold.
 * Values are checked here and bound as parameters, never put into SQL text.
 *
 * @param actor words that the source or target names, its actor's canonical name, or its CAMEO
 *     actor code contain, case-insensitively ("Islamic State", "IRQMIL")
 * @param codePrefix the start of the CAMEO event code: {@code "19"} is every 19x fight
 * @param plover a PLOVER category ({@code "ASSAULT"})
 * @param country an ISO 3166-1 alpha-2 or alpha-3 code: the event's place lies in it, or its source
 *     or target actor belongs to it
 * @param from events whose date ends on or after this day
 * @param to events whose date starts on or before this day
 * @param mode only events in this mode
 * @param limit at most this many events, in document and event order
 * @param bbox only events whose place has coordinates inside this box
 * @param within only events of these documents or these events: what a full-text search matched
 * @param place words that the event's place, origin or destination contains, as written in the
 *     article or as its gazetteer name, case-insensitively ("Idlib" finds "Idlib Province")
 * @param outlet words that the source (outlet) of the event's document contains, case-insensitively
 * @throws IllegalArgumentException for a malformed code, PLOVER category, country, range or limit,
 *     or a blank or overlong actor, place or outlet
 */
public record EventQuery(String actor, String codePrefix, String plover, String country, LocalDate from,
    LocalDate to, Mode mode, int limit, BoundingBox bbox, Within within, String place, String outlet) {

  /**
   * A box of longitudes and latitudes in degrees, west to east and south to north; a box across
   * the antimeridian is not supported (query its two halves).
   *
   * @throws IllegalArgumentException for values out of range or a box with no area
   */
  public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
      if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90 && west <= east && south <= north)) {
        throw new IllegalArgumentException("--bbox must be WEST,SOUTH,EAST,NORTH in degrees with west <= east and south <= north, got "
            + west + "," + south + "," + east + "," + north);
      }
    }

    /** Parses {@code "35.5,32.3,42.4,37.3"}. */
    public static BoundingBox parse(String text) {
      String[] parts = text.split(",");
      if (parts.length != 4) {
        throw new IllegalArgumentException("--bbox must be four numbers WEST,SOUTH,EAST,NORTH, got '" + text + "'");
      }
      try {
        return new BoundingBox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
            Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--bbox must be four numbers WEST,SOUTH,EAST,NORTH, got '" + text + "'", e);
      }
    }
  }

  /**
   * A restriction to events found elsewhere (by the full-text index): every event of
   * {@code documentIds}, and the events named {@code "documentId#index"} in {@code eventIds}.
   */
  public record Within(Set<String> documentIds, Set<String> eventIds) {
    public Within {
      documentIds = Set.copyOf(documentIds);
      eventIds = Set.copyOf(eventIds);
    }

    /** The name of an event in {@link #eventIds}. */
    public static String eventId(String documentId, int index) {
      return documentId + "#" + index;
    }
  }

  /** A query without a bounding box, a text restriction, a place or an outlet. */
  public EventQuery(String actor, String codePrefix, String plover, String country, LocalDate from,
      LocalDate to, Mode mode, int limit) {
    this(actor, codePrefix, plover, country, from, to, mode, limit, null, null);
  }

  /** A query without a place or an outlet. */
  public EventQuery(String actor, String codePrefix, String plover, String country, LocalDate from,
      LocalDate to, Mode mode, int limit, BoundingBox bbox, Within within) {
    this(actor, codePrefix, plover, country, from, to, mode, limit, bbox, within, null, null);
  }

  /** The most events one query returns. */
  public static final int MAX_LIMIT = 10_000_000;

  /** The longest text of {@code --actor}, {@code --place} or {@code --outlet}, in characters. */
  public static final int MAX_TEXT = 200;

  public EventQuery {
    words("--actor", actor);
    words("--place", place);
    words("--outlet", outlet);
    if (codePrefix != null && !codePrefix.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("--code must be 1 to 4 digits of a CAMEO event code (19, 190, 1831), got '" + codePrefix + "'");
    }
    if (plover != null) {
      plover = plover.toUpperCase(Locale.ROOT);
      if (!plover.matches("[A-Z_]{2,30}")) {
        throw new IllegalArgumentException("--plover must be a PLOVER category such as ASSAULT or PROTEST, got '" + plover + "'");
      }
    }
    if (country != null) {
      country = country.toUpperCase(Locale.ROOT);
      if (Countries.alpha2(country) == null) {
        throw new IllegalArgumentException("--country must be an ISO 3166-1 alpha-2 or alpha-3 code (SY, SYR), got '" + country + "'");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("--limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }

  private static void words(String option, String value) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + " must not be blank");
    }
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(option + " must be at most " + MAX_TEXT + " characters, got " + value.length());
    }
  }

  /** This query with only events inside {@code box} (or no box, for {@code null}). */
  public EventQuery withBbox(BoundingBox box) {
    return new EventQuery(actor, codePrefix, plover, country, from, to, mode, limit, box, within, place, outlet);
  }

  /** This query restricted to {@code matches} (or unrestricted, for {@code null}). */
  public EventQuery within(Within matches) {
    return new EventQuery(actor, codePrefix, plover, country, from, to, mode, limit, bbox, matches, place, outlet);
  }

  /** This query with only events whose place, origin or destination names {@code words} (or any place, for {@code null}). */
  public EventQuery withPlace(String words) {
    return new EventQuery(actor, codePrefix, plover, country, from, to, mode, limit, bbox, within, words, outlet);
  }

  /** This query with only events of documents whose outlet names {@code words} (or any outlet, for {@code null}). */
  public EventQuery withOutlet(String words) {
    return new EventQuery(actor, codePrefix, plover, country, from, to, mode, limit, bbox, within, place, words);
  }

  /** This query returning at most {@code max} events. */
  public EventQuery withLimit(int max) {
    return new EventQuery(actor, codePrefix, plover, country, from, to, mode, max, bbox, within, place, outlet);
  }

  /** Every event, up to {@link #MAX_LIMIT}. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, MAX_LIMIT);
  }
}
