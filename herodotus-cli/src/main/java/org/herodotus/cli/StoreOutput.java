package org.herodotus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.herodotus.export.EventFormat;
import org.herodotus.export.EventWriter;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;

/** Streams the events of a query from the store in a data directory to standard output or a file. */
final class StoreOutput {

  private StoreOutput() {}

  static void write(Path data, EventQuery query, EventFormat format) throws IOException {
    write(data, query, format, null);
  }

  /**
   * @throws IllegalArgumentException if {@code data} holds no store: querying never creates one
   */
  static void write(Path data, EventQuery query, EventFormat format, Path output) throws IOException {
    write(data, query, format::writer, output);
  }

  /**
   * Like {@link #write(Path, EventQuery, EventFormat, Path)}, with the writer {@code writers} makes.
   *
   * @throws IllegalArgumentException if {@code data} holds no store
   */
  static void write(Path data, EventQuery query, Function<Writer, EventWriter> writers, Path output) throws IOException {
    write(data, query, (out, store) -> writers.apply(out), output);
  }

  /**
   * Like {@link #write(Path, EventQuery, Function, Path)}, with a writer that may read more from
   * the store (the event clusters) before the events stream.
   *
   * @throws IllegalArgumentException if {@code data} holds no store
   */
  static void write(Path data, EventQuery query, BiFunction<Writer, Store, EventWriter> writers, Path output) throws IOException {
    if (!Files.isRegularFile(data.resolve(Store.FILE))) {
      throw new IllegalArgumentException("no store in " + data + ": run 'herodotus ingest --data " + data + " INPUT...' first");
    }
    try (Store store = Store.open(data); Writer out = Outputs.open(output)) {
      EventWriter writer = writers.apply(out, store);
      writer.begin();
      store.forEachEvent(query, event -> {
        try {
          writer.write(event);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
        }
      });
      writer.end();
    }
  }
}
