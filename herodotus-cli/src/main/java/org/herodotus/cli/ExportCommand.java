package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.herodotus.export.EventFormat;
import org.herodotus.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus export}: every stored event, as JSON Lines, GeoJSON or ACLED-like CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes every stored event: JSON Lines, GeoJSON (located events), or ACLED-like CSV",
        "(events ACLED would record that the text presents as having happened; mapping in docs/export.md)."},
    footer = {"", "Examples:",
        "  herodotus export --format acled-csv > events.csv",
        "  herodotus export --format geojson -o events.geojson",
        "  herodotus export --format jsonl --place Idlib --outlet Reuters",
        "", "Exit status: 0 written, 2 bad arguments or no usable store."})
final class ExportCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "jsonl, geojson or acled-csv.")
  String format;

  @Option(names = "--text", paramLabel = "QUERY",
      description = "Only events whose evidence sentence or article matches this full-text query (syntax: herodotus search --help).")
  String text;

  @Option(names = "--place", paramLabel = "NAME",
      description = "Only events whose place, origin or destination contains NAME, as the article writes it or as its gazetteer name (case-insensitive): Idlib finds Idlib Province.")
  String place;

  @Option(names = "--outlet", paramLabel = "NAME",
      description = "Only events from documents whose outlet (source) contains NAME (case-insensitive).")
  String outlet;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    EventFormat chosen = EventFormat.parse(format);
    if (chosen != EventFormat.JSONL && chosen != EventFormat.GEOJSON && chosen != EventFormat.ACLED_CSV) {
      throw new IllegalArgumentException("--format " + format + " is for 'herodotus events'; export writes jsonl, geojson or acled-csv");
    }
    EventQuery query = text == null ? EventQuery.all() : EventQuery.all().within(TextIndex.matches(data.data, text));
    query = query.withPlace(place).withOutlet(outlet);
    StoreOutput.write(data.data, query, chosen, output);
    return 0;
  }
}
