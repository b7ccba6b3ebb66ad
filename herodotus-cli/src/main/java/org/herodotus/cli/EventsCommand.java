package org.herodotus.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.herodotus.export.EventFormat;
import org.herodotus.model.Mode;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus events}: the stored events that match the filters, as a table, CSV, JSON Lines or GeoJSON. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Lists the stored events that match every filter given, in document order.",
        "With --clusters, lists events instead of reports: one line per real-world event (reports of it",
        "from several articles merged), by date, with its reports, documents, outlets and independent sources."},
    footer = {"", "Examples:",
        "  herodotus events --actor \"Islamic State\" --plover ASSAULT --from 2017-07-01 --to 2017-09-30",
        "  herodotus events --country SY --code 19 --format geojson > fights.geojson",
        "  herodotus events --clusters --plover ASSAULT --country SY --from 2026-03-01",
        "  herodotus events --place Idlib --outlet \"Kurdistan 24\" --format csv",
        "", "Exit status: 0 listed (perhaps none), 2 bad arguments or no usable store."})
final class EventsCommand implements Callable<Integer> {

  @Mixin DataOption data;

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
      description = "Only events whose place, origin or destination contains NAME, as the article writes it or as its gazetteer name (case-insensitive): Idlib finds Idlib Province.")
  String place;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Only events from documents whose outlet (source) contains NAME (case-insensitive).")
  String outlet;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "table (default), csv, json (JSON Lines, one event a line) or geojson (located events only).")
  String format = "table";

  @Option(names = "--clusters",
      description = "One line per event cluster (a real-world event and all reports of it) whose reports match the filters.")
  boolean clusters;

  @Override
  public Integer call() throws IOException {
    EventFormat chosen = EventFormat.parse(format);
    if (chosen == EventFormat.ACLED_CSV || chosen == EventFormat.GDELT_TSV || chosen == EventFormat.JSONL) {
      throw new IllegalArgumentException("--format " + format + " is for 'herodotus export'; events writes table, csv, json or geojson");
    }
    EventQuery query = new EventQuery(actor, code, plover, country, from, to, mode, limit);
    query = query.withBbox(bbox == null ? null : EventQuery.BoundingBox.parse(bbox)).withPlace(place).withOutlet(outlet);
    query = text == null ? query : query.within(TextIndex.matches(data.data, text));
    if (clusters) {
      ClusterOutput.write(data.data, query, chosen);
      return 0;
    }
    StoreOutput.write(data.data, query, chosen);
    return 0;
  }
}
