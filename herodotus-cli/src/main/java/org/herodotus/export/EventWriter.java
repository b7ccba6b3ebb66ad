package org.herodotus.export;

import java.io.IOException;
import org.herodotus.store.StoredEvent;

/** Writes events one at a time, so that a whole store is exported without holding it in memory. */
public interface EventWriter {

  /** Writes what comes before the first event (a header, an opening bracket). */
  void begin() throws IOException;

  /** Writes one event. */
  void write(StoredEvent event) throws IOException;

  /** Writes what comes after the last event and flushes. */
  void end() throws IOException;
}
