package org.herodotus.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.herodotus.model.Place;
import org.herodotus.store.EventActor;
import org.herodotus.store.StoredEvent;

/** One CSV row per event, Herodotus's own columns (the header names them). */
final class CsvWriter implements EventWriter {

  static final List<String> HEADER = List.of("document", "index", "date", "date_precision", "code", "plover", "action",
      "mode", "confidence", "source", "source_code", "target", "target_code", "place", "country", "admin1",
      "latitude", "longitude", "place_precision", "killed", "evidence");

  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    Csv.row(out, HEADER);
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    Place p = e.place();
    Csv.row(out, Arrays.asList(e.documentId(), e.index(), e.date(), e.datePrecision(), e.code(), e.plover(), e.action(),
        e.mode(), e.confidence(), label(e.source()), e.source() == null ? null : e.source().code(), label(e.target()),
        e.target() == null ? null : e.target().code(), p == null ? null : p.name() != null ? p.name() : p.text(),
        p == null ? null : p.country(), p == null ? null : p.admin1(), p == null ? null : p.lat(), p == null ? null : p.lon(),
        p == null ? null : p.precision(), e.killed(), e.evidenceText()));
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  static String label(EventActor actor) {
    return actor == null ? null : actor.label();
  }
}
