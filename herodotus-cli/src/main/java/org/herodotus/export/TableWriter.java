package org.herodotus.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.herodotus.store.StoredEvent;

/** A readable fixed-width table, one event per line; long names are cut with an ellipsis. */
final class TableWriter implements EventWriter {

  private static final String ROW = "%-10s  %-5s  %-10s  %-8s  %-24s  %-24s  %-20s  %-2s  %s%n";
  private final Writer out;

  TableWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    out.write(String.format(Locale.ROOT, ROW, "date", "code", "plover", "mode", "source", "target", "place", "cc", "document"));
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    String place = e.place() == null ? null : e.place().name() != null ? e.place().name() : e.place().text();
    out.write(String.format(Locale.ROOT, ROW, cut(e.date(), 10), cut(e.code(), 5), cut(e.plover(), 10),
        cut(e.mode().name(), 8), cut(CsvWriter.label(e.source()), 24), cut(CsvWriter.label(e.target()), 24), cut(place, 20),
        e.place() == null || e.place().country() == null ? "" : e.place().country(), e.documentId() + "#" + e.index()));
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  static String cut(String s, int width) {
    if (s == null) {
      return "-";
    }
    String oneLine = s.replaceAll("\\s+", " ");
    return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
  }
}
