package org.herodotus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.herodotus.model.Place;
import org.herodotus.store.EventCluster;

/**
 * Writes event clusters (one real-world event each, with its counts of reports, documents,
 * outlets and independent sources) one at a time, as a table, CSV, JSON Lines or GeoJSON.
 */
public abstract class ClusterWriter {

  final Writer out;

  ClusterWriter(Writer out) {
    this.out = out;
  }

  /**
   * A writer of {@code format} onto {@code out}.
   *
   * @throws IllegalArgumentException for a format clusters are not written in (GeoJSON, ACLED CSV)
   */
  public static ClusterWriter of(EventFormat format, Writer out) {
    return switch (format) {
      case TABLE -> new Table(out);
      case CSV -> new CsvRows(out);
      case JSON, JSONL -> new JsonLines(out);
      case GEOJSON -> new GeoJson(out);
      default -> throw new IllegalArgumentException("--clusters writes table, csv, json or geojson, not " + format.label());
    };
  }

  /** Writes what comes before the first cluster. */
  public void begin() throws IOException {}

  /** Writes one cluster. */
  public abstract void write(EventCluster cluster) throws IOException;

  /** Writes what comes after the last cluster and flushes. */
  public void end() throws IOException {
    out.flush();
  }

  static String placeName(Place p) {
    return p == null ? null : p.name() != null ? p.name() : p.text();
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** A readable fixed-width table, one cluster a line. */
  private static final class Table extends ClusterWriter {
    private static final String ROW = "%-16s  %-10s  %-10s  %-5s  %-22s  %-22s  %-18s  %-2s  %7s  %4s  %7s  %5s  %-10s  %-10s%n";

    Table(Writer out) {
      super(out);
    }

    @Override
    public void begin() throws IOException {
      out.write(String.format(Locale.ROOT, ROW, "cluster", "date", "plover", "code", "source", "target", "place", "cc",
          "reports", "docs", "outlets", "indep", "first seen", "last seen"));
    }

    @Override
    public void write(EventCluster c) throws IOException {
      out.write(String.format(Locale.ROOT, ROW, c.id(), TableWriter.cut(c.date(), 10), TableWriter.cut(c.plover(), 10),
          TableWriter.cut(c.code(), 5), TableWriter.cut(CsvWriter.label(c.source()), 22), TableWriter.cut(CsvWriter.label(c.target()), 22),
          TableWriter.cut(placeName(c.place()), 18), c.place() == null || c.place().country() == null ? "" : c.place().country(),
          c.reports(), c.documents().size(), c.outlets().size(), c.independentSources().size(), TableWriter.cut(day(c.firstSeen()), 10),
          TableWriter.cut(day(c.lastSeen()), 10)));
    }
  }

  /** One CSV row per cluster; the header names the columns. */
  private static final class CsvRows extends ClusterWriter {
    static final List<String> HEADER = List.of("cluster", "date", "date_precision", "code", "plover", "action", "source",
        "source_code", "target", "target_code", "place", "country", "admin1", "latitude", "longitude", "place_precision",
        "reports", "documents", "outlets", "independent_sources", "first_seen", "last_seen");

    CsvRows(Writer out) {
      super(out);
    }

    @Override
    public void begin() throws IOException {
      Csv.row(out, HEADER);
    }

    @Override
    public void write(EventCluster c) throws IOException {
      Place p = c.place();
      Csv.row(out, Arrays.asList(c.id(), c.date(), c.datePrecision(), c.code(), c.plover(), c.action(),
          CsvWriter.label(c.source()), c.source() == null ? null : c.source().code(), CsvWriter.label(c.target()),
          c.target() == null ? null : c.target().code(), placeName(p), p == null ? null : p.country(),
          p == null ? null : p.admin1(), p == null ? null : p.lat(), p == null ? null : p.lon(),
          p == null ? null : p.precision(), c.reports(), c.documents().size(), c.outlets().size(),
          c.independentSources().size(), day(c.firstSeen()), day(c.lastSeen())));
    }
  }

  /** One JSON object per cluster and line: the representative fields, the counts, and what was counted. */
  private static final class JsonLines extends ClusterWriter {
    JsonLines(Writer out) {
      super(out);
    }

    @Override
    public void write(EventCluster c) throws IOException {
      out.write(EventJson.MAPPER.writeValueAsString(json(c)));
      out.write('\n');
    }
  }

  /**
   * A GeoJSON FeatureCollection (RFC 7946): one Point feature per cluster whose representative
   * place has coordinates, [longitude, latitude], the cluster's JSON as properties, the cluster id
   * as id. Clusters without coordinates are left out.
   */
  private static final class GeoJson extends ClusterWriter {
    private boolean first = true;

    GeoJson(Writer out) {
      super(out);
    }

    @Override
    public void begin() throws IOException {
      out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    @Override
    public void write(EventCluster c) throws IOException {
      if (c.place() == null || c.place().lat() == null) {
        return;
      }
      out.write(first ? "" : ",\n");
      out.write(EventJson.MAPPER.writeValueAsString(GeoJsonWriter.point(c.id(), c.place().lon(), c.place().lat(), json(c))));
      first = false;
    }

    @Override
    public void end() throws IOException {
      out.write("\n]}\n");
      out.flush();
    }
  }

  static ObjectNode json(EventCluster c) {
    ObjectNode o = EventJson.MAPPER.createObjectNode();
    o.put("cluster", c.id());
    o.put("code", c.code());
    o.put("plover", c.plover());
    o.put("action", c.action());
    o.put("date", c.date());
    o.put("datePrecision", c.datePrecision());
    o.put("dateStart", day(c.dateStart()));
    o.put("dateEnd", day(c.dateEnd()));
    o.set("source", EventJson.actor(c.source()));
    o.set("target", EventJson.actor(c.target()));
    o.set("place", EventJson.place(c.place()));
    o.put("reports", c.reports());
    o.put("documents", c.documents().size());
    o.put("outlets", c.outlets().size());
    o.put("independentSources", c.independentSources().size());
    o.put("firstSeen", day(c.firstSeen()));
    o.put("lastSeen", day(c.lastSeen()));
    c.documents().forEach(o.putArray("documentIds")::add);
    c.outlets().forEach(o.putArray("outletNames")::add);
    c.independentSources().forEach(o.putArray("sources")::add);
    c.members().forEach(o.putArray("members")::add);
    ObjectNode copies = o.putObject("copies");
    c.copies().forEach(copies::put);
    return o;
  }
}
