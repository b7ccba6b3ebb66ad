package org.herodotus.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.herodotus.model.Mode;
import org.herodotus.store.EventOrder;
import org.herodotus.store.EventQuery;

/**
 * The query parameters of a request, checked: each known at most once, none unknown, every value
 * well-formed. Every problem is an {@link IllegalArgumentException} whose message names the
 * parameter, the value and what is allowed; the server answers it with 400.
 */
final class Params {

  /** The filters {@code /api/events}, {@code /api/clusters} and {@code /api/export} take. */
  static final List<String> FILTERS = List.of("actor", "code", "type", "plover", "country", "from", "to", "mode", "text",
      "bbox", "place", "outlet");

  /** The PLOVER categories. */
  static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
      "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** The page size when none is asked for. */
  static final int DEFAULT_LIMIT = 100;

  /** The largest page. */
  static final int MAX_LIMIT = 1000;

  /** The largest offset: paging deeper would hold too many events in memory. */
  static final int MAX_OFFSET = 100_000;

  /** The longest parameter value, in characters. */
  static final int MAX_VALUE = 1000;

  private final Map<String, List<String>> values;

  /**
   * @throws IllegalArgumentException for a parameter not in {@code allowed}, given twice, or overlong
   */
  Params(Map<String, List<String>> values, List<String> allowed) {
    this.values = values;
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'; parameters: "
            + String.join(", ", new TreeSet<>(allowed)));
      }
      if (e.getValue().size() > 1) {
        throw new IllegalArgumentException("parameter '" + e.getKey() + "' is given " + e.getValue().size() + " times; give it once");
      }
      if (e.getValue().get(0).length() > MAX_VALUE) {
        throw new IllegalArgumentException("parameter '" + e.getKey() + "' must be at most " + MAX_VALUE + " characters");
      }
    }
  }

  /** The value of {@code name}, or {@code null}; an empty value counts as absent. */
  String get(String name) {
    List<String> given = values.get(name);
    return given == null || given.get(0).isEmpty() ? null : given.get(0);
  }

  /** The value of {@code name}. @throws IllegalArgumentException if it is missing */
  String required(String name) {
    String value = get(name);
    if (value == null) {
      throw new IllegalArgumentException("parameter '" + name + "' is required");
    }
    return value;
  }

  /** An integer between {@code min} and {@code max}, {@code otherwise} when absent. */
  int integer(String name, int otherwise, int min, int max) {
    String value = get(name);
    if (value == null) {
      return otherwise;
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number between " + min + " and " + max + ", got '" + value + "'");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + n);
    }
    return n;
  }

  /** The sort orders of events by the name a {@code sort} parameter gives them ({@code -} for descending). */
  private static final Map<String, EventOrder> ORDERS = Map.ofEntries(
      Map.entry("document", EventOrder.DOCUMENT),
      Map.entry("date", EventOrder.DATE), Map.entry("-date", EventOrder.DATE_DESCENDING),
      Map.entry("type", EventOrder.TYPE), Map.entry("-type", EventOrder.TYPE_DESCENDING),
      Map.entry("place", EventOrder.PLACE), Map.entry("-place", EventOrder.PLACE_DESCENDING),
      Map.entry("source", EventOrder.SOURCE), Map.entry("-source", EventOrder.SOURCE_DESCENDING),
      Map.entry("target", EventOrder.TARGET), Map.entry("-target", EventOrder.TARGET_DESCENDING));

  /** The sort order of events: {@code sort}, document order when absent. */
  EventOrder sort() {
    String value = get("sort");
    if (value == null) {
      return EventOrder.DOCUMENT;
    }
    EventOrder order = ORDERS.get(value);
    if (order == null) {
      throw new IllegalArgumentException("sort must be one of document, date, type, place, source or target, each but document "
          + "also with a '-' before it for the reverse order, got '" + value + "'");
    }
    return order;
  }

  /**
   * The event query the filters select, at most {@code limit} events; {@code text} is looked up
   * with {@code search}.
   */
  EventQuery query(int limit, Function<String, EventQuery.Within> search) {
    String type = get("type");
    String plover = get("plover");
    if (type != null && plover != null && !type.equalsIgnoreCase(plover)) {
      throw new IllegalArgumentException("type and plover name the same filter; give one, got '" + type + "' and '" + plover + "'");
    }
    String category = type != null ? type : plover;
    if (category != null && !PLOVER.contains(category.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("unknown type '" + category + "'; PLOVER categories: " + String.join(", ", new TreeSet<>(PLOVER)));
    }
    EventQuery query;
    try {
      query = new EventQuery(get("actor"), get("code"), category, get("country"), date("from"), date("to"), mode(), limit)
          .withBbox(get("bbox") == null ? null : EventQuery.BoundingBox.parse(get("bbox")))
          .withPlace(get("place")).withOutlet(get("outlet"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(withoutDashes(e.getMessage()), e);
    }
    String text = get("text");
    return text == null ? query : query.within(search.apply(text));
  }

  /** The store's messages name command-line options ({@code --code}); here they are parameters. */
  private static String withoutDashes(String message) {
    return message.replaceAll("--([a-z])", "$1");
  }

  private LocalDate date(String name) {
    String value = get(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, got '" + value + "'", e);
    }
  }

  private Mode mode() {
    String value = get("mode");
    if (value == null) {
      return null;
    }
    try {
      return Mode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mode must be one of " + Arrays.toString(Mode.values()) + ", got '" + value + "'", e);
    }
  }
}
