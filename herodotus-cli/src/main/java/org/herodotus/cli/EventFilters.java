package org.herodotus.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.herodotus.model.Mode;
import org.herodotus.store.EventQuery;
import picocli.CommandLine.Option;

/**
 * The event filters {@code events} and {@code export} share, as picocli options: who, what, where,
 * when, in which mode, reported by whom, and a full-text restriction. One definition, so the two
 * commands select events the same way.
 */
final class EventFilters {

  @Option(names = "--actor", paramLabel = "TEXT",
      description = "Source or target whose words, actor name or CAMEO actor code contain TEXT (case-insensitive).")
  String actor;

  @Option(names = "--code", paramLabel = "PREFIX", description = "CAMEO event code or its start: 19 is every fight, 1831 suicide bombings.")
  String code;

  @Option(names = {"--plover", "--type"}, paramLabel = "CAT", description = "PLOVER category (event type): ASSAULT, PROTEST, COERCE, AGREE, ...")
  String plover;

  @Option(names = "--country", paramLabel = "ISO",
      description = "ISO 3166-1 code (SY or SYR): the event's place lies there or its source or target belongs there.")
  String country;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events whose date ends on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events whose date starts on or before this day.")
  LocalDate to;

  @Option(names = "--mode", paramLabel = "MODE",
      description = "ASSERTED, REPORTED, CLAIMED, NEGATED, HYPOTHETICAL or PLANNED.")
  Mode mode;

  @Option(names = "--text", paramLabel = "QUERY",
      description = "Only events whose evidence sentence or article matches this full-text query (syntax: herodotus search --help).")
  String text;

  @Option(names = "--bbox", paramLabel = "W,S,E,N",
      description = "Only events located inside this box of longitudes and latitudes (35.5,32.3,42.4,37.3 is Syria).")
  String bbox;

  @Option(names = "--place", paramLabel = "NAME",
      description = "Only events whose place, origin or destination contains NAME, as the article writes it or as its gazetteer "
          + "name (case-insensitive): Idlib finds Idlib Province; a country's name (Syria) also finds every place in it.")
  String place;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Only events from documents whose outlet (source) contains NAME (case-insensitive).")
  String outlet;

  /**
   * The query these options select, at most {@code limit} events; {@code --text} is looked up in
   * the search index of the store in {@code data}.
   *
   * @throws IllegalArgumentException for a malformed filter
   */
  EventQuery query(Path data, int limit) {
    EventQuery query = new EventQuery(actor, code, plover, country, from, to, mode, limit)
        .withBbox(bbox == null ? null : EventQuery.BoundingBox.parse(bbox)).withPlace(place).withOutlet(outlet);
    return text == null ? query : query.within(TextIndex.matches(data, text));
  }
}
