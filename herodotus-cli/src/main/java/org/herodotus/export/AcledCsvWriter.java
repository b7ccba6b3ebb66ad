package org.herodotus.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;
import org.herodotus.store.StoredEvent;

/**
 * ACLED-like CSV: ACLED's column names for the events ACLED would record ({@link Acled#of}) that the
 * text presents as having happened (asserted or reported), then Herodotus's own columns that trace
 * each row to its document and characters. Mapping: {@code docs/export.md}.
 */
final class AcledCsvWriter implements EventWriter {

  static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1", "location",
      "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
      "herodotus_cameo", "herodotus_plover", "herodotus_mode", "herodotus_document", "herodotus_evidence_start",
      "herodotus_evidence_end", "herodotus_url");

  private final Writer out;

  AcledCsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    Csv.row(out, HEADER);
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    Acled.Type type = Acled.of(e);
    if (type == null || !(e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED)) {
      return;
    }
    Place p = e.place();
    String iso = p == null ? null : p.country();
    Csv.row(out, Arrays.asList(
        e.documentId() + "-" + e.index(),
        e.dateStart(),
        e.dateStart() == null ? null : e.dateStart().getYear(),
        Acled.timePrecision(e),
        type.eventType(),
        type.subEventType(),
        CsvWriter.label(e.source()),
        null,
        CsvWriter.label(e.target()),
        null,
        iso,
        iso == null ? null : new Locale("", iso).getDisplayCountry(Locale.ENGLISH),
        p == null ? null : p.admin1(),
        p == null ? null : p.name() != null ? p.name() : p.text(),
        p == null ? null : p.lat(),
        p == null ? null : p.lon(),
        Acled.geoPrecision(e),
        e.document().source(),
        e.evidenceText(),
        e.killed(),
        e.code(), e.plover(), e.mode(), e.documentId(), e.evidence().start(), e.evidence().end(), e.document().url()));
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }
}
