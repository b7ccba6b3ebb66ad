package org.herodotus.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import org.herodotus.export.EventFormat;
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

  @Mixin EventFilters filters;

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
    EventQuery query = filters.query(data.data, limit);
    if (clusters) {
      ClusterOutput.write(data.data, query, chosen);
      return 0;
    }
    StoreOutput.write(data.data, query, chosen);
    return 0;
  }
}
