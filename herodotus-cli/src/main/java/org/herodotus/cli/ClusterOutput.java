package org.herodotus.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.export.ClusterWriter;
import org.herodotus.export.EventFormat;
import org.herodotus.store.EventCluster;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;

/** Writes the event clusters of a query from the store in a data directory to standard output. */
final class ClusterOutput {

  private ClusterOutput() {}

  /**
   * @throws IllegalArgumentException if {@code data} holds no store (querying never creates one) or
   *     {@code format} is not one clusters are written in
   */
  static void write(Path data, EventQuery query, EventFormat format) throws IOException {
    if (!Files.isRegularFile(data.resolve(Store.FILE))) {
      throw new IllegalArgumentException("no store in " + data + ": run 'herodotus ingest --data " + data + " INPUT...' first");
    }
    try (Store store = Store.open(data); Writer out = Outputs.open(null)) {
      ClusterWriter writer = ClusterWriter.of(format, out);
      writer.begin();
      for (EventCluster cluster : store.clusters(query)) {
        writer.write(cluster);
      }
      writer.end();
    }
  }
}
