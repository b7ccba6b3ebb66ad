package org.herodotus.export;

import java.io.IOException;
import java.io.Writer;
import org.herodotus.store.StoredEvent;

/** One JSON object per event per line ({@link EventJson}). */
final class JsonLinesWriter implements EventWriter {

  private final Writer out;

  JsonLinesWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public void write(StoredEvent event) throws IOException {
    out.write(EventJson.MAPPER.writeValueAsString(EventJson.of(event)));
    out.write('\n');
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }
}
