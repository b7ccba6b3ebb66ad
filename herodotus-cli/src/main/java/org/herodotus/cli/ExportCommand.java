package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.herodotus.export.EventFormat;
import org.herodotus.store.EventCluster;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus export}: every stored event, as JSON Lines, GeoJSON, ACLED-like CSV or GDELT-like TSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the stored events (all, or those the filters select): JSON Lines, GeoJSON (located events), ACLED-like CSV (events",
        "ACLED would record that the text presents as having happened) or GDELT-like TSV (the GDELT 2.0",
        "Event table's 61 columns, coded events presented as having happened); mappings in docs/export.md."},
    footer = {"", "Examples:",
        "  herodotus export --format acled-csv > events.csv",
        "  herodotus export --format geojson -o events.geojson",
        "  herodotus export --format gdelt-tsv --header -o events.tsv",
        "  herodotus export --format jsonl --place Idlib --outlet Reuters",
        "", "Exit status: 0 written, 2 bad arguments or no usable store."})
final class ExportCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Mixin EventFilters filters;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "jsonl, geojson, acled-csv or gdelt-tsv.")
  String format;

  @Option(names = "--header", description = "gdelt-tsv: write the column names first (GDELT's own files have none).")
  boolean header;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    EventFormat chosen = EventFormat.parse(format);
    if (chosen != EventFormat.JSONL && chosen != EventFormat.GEOJSON && chosen != EventFormat.ACLED_CSV
        && chosen != EventFormat.GDELT_TSV) {
      throw new IllegalArgumentException("--format " + format
          + " is for 'herodotus events'; export writes jsonl, geojson, acled-csv or gdelt-tsv");
    }
    EventQuery query = filters.query(data.data, EventQuery.MAX_LIMIT);
    if (header && chosen != EventFormat.GDELT_TSV) {
      throw new IllegalArgumentException("--header is for --format gdelt-tsv; " + chosen.label()
          + (chosen == EventFormat.ACLED_CSV ? " always has a header line" : " has no header line"));
    }
    StoreOutput.write(data.data, query, (out, store) -> chosen.writer(out, header, Clock.systemUTC(),
        chosen == EventFormat.GDELT_TSV ? clustersById(store) : id -> null), output);
    return 0;
  }

  /** Every event cluster of the store by id, for the formats that write one row per event. */
  private static Function<String, EventCluster> clustersById(Store store) {
    Map<String, EventCluster> byId = new HashMap<>();
    for (EventCluster cluster : store.clusters(EventQuery.all())) {
      byId.put(cluster.id(), cluster);
    }
    return byId::get;
  }
}
