package org.herodotus.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;
import org.herodotus.store.EventActor;
import org.herodotus.store.EventCluster;
import org.herodotus.store.StoredEvent;

/**
 * GDELT-like TSV: the 61 columns of the GDELT 2.0 Event table, in its order, one row per event
 * with a CAMEO code that the text presents as having happened (asserted or reported), so that
 * tools written for GDELT's files read ours. As in GDELT, a row is an event, not a report: the
 * mentions the store clustered into one event ({@link EventCluster}) give one row, written where
 * its first mention comes, with the cluster's representative code, actors, place and date and its
 * counts as NumMentions (reports), NumSources (independent sources) and NumArticles (documents). Without a header line unless asked, as GDELT's
 * files are. Tabs and line breaks inside a field become spaces: the format has no quoting.
 * Mapping and the columns left empty: {@code docs/export.md}.
 */
final class GdeltTsvWriter implements EventWriter {

  static final List<String> HEADER = header();
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  /** An evidence sentence that starts this early is taken to be in the lead, GDELT's IsRootEvent. */
  static final int LEAD_CHARS = 600;

  private final Writer out;
  private final boolean header;
  private final Clock clock;
  private final Function<String, EventCluster> clusters;
  private final Set<String> written = new HashSet<>();
  private String added;

  /**
   * @param header whether to write the column names first
   * @param clock the time written as DATEADDED (the store does not record when a document came in)
   * @param clusters the event cluster of a cluster id, or {@code null} when it is not known
   */
  GdeltTsvWriter(Writer out, boolean header, Clock clock, Function<String, EventCluster> clusters) {
    this.out = out;
    this.header = header;
    this.clock = clock;
    this.clusters = clusters;
  }

  @Override
  public void begin() throws IOException {
    added = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(SECOND);
    if (header) {
      out.write(String.join("\t", HEADER) + "\n");
    }
  }

  @Override
  public void write(StoredEvent e) throws IOException {
    if (e.code() == null || !(e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED)) {
      return;
    }
    EventCluster cluster = e.cluster() == null ? null : clusters.apply(e.cluster());
    if (cluster != null && !written.add(cluster.id())) {
      return; // the event's row is written
    }
    String first = cluster == null || cluster.members().isEmpty() ? null : cluster.members().get(0);
    long id = first == null ? Gdelt.eventId(e.documentId(), e.index())
        : Gdelt.eventId(first.substring(0, first.lastIndexOf('#')), Integer.parseInt(first.substring(first.lastIndexOf('#') + 1)));
    LocalDate start = cluster != null && cluster.dateStart() != null ? cluster.dateStart() : e.dateStart();
    LocalDate day = start != null ? start : e.document().published();
    List<Object> row = new ArrayList<>(HEADER.size());
    row.add(id);
    row.addAll(day == null ? Arrays.asList(null, null, null, null) : List.of(day.format(DAY),
        day.format(DateTimeFormatter.ofPattern("yyyyMM")), day.getYear(), Gdelt.fractionDate(day)));
    actor(row, cluster != null && cluster.source() != null ? cluster.source() : e.source());
    actor(row, cluster != null && cluster.target() != null ? cluster.target() : e.target());
    String chosen = cluster != null && cluster.code() != null ? cluster.code() : e.code();
    String code = chosen.length() == 2 ? chosen + "0" : chosen; // a bare root "19" is CAMEO's "190"
    row.add(e.evidence().start() < LEAD_CHARS ? 1 : 0);
    row.addAll(Arrays.asList(code, code.substring(0, Math.min(3, code.length())), code.substring(0, 2),
        Gdelt.quadClass(code), Gdelt.goldstein(code)));
    row.addAll(cluster == null ? List.of(1, 1, 1)
        : List.of(cluster.reports(), cluster.independentSources().size(), cluster.documents().size()));
    row.add(null); // AvgTone: Herodotus measures no tone
    geo(row, null);
    geo(row, null);
    geo(row, cluster != null && cluster.place() != null ? cluster.place() : e.place());
    row.add(added);
    row.add(e.document().url() != null ? e.document().url() : e.document().source());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      line.append(i == 0 ? "" : "\t").append(field(row.get(i)));
    }
    out.write(line.append('\n').toString());
  }

  @Override
  public void end() throws IOException {
    out.flush();
  }

  /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3Code. */
  private static void actor(List<Object> row, EventActor actor) {
    List<String> types = Gdelt.actorTypes(actor);
    row.add(actor == null ? null : actor.code());
    row.add(actor == null ? null : actor.label());
    row.add(actor == null ? null : actor.country());
    row.addAll(Arrays.asList(null, null, null, null));
    for (int i = 0; i < 3; i++) {
      row.add(i < types.size() ? types.get(i) : null);
    }
  }

  /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
  private static void geo(List<Object> row, Place place) {
    int type = Gdelt.geoType(place);
    row.add(type);
    if (type == 0) {
      row.addAll(Arrays.asList(null, null, null, null, null, null, null));
      return;
    }
    row.add(Gdelt.fullName(place));
    row.add(place.country());
    row.add(type == 1 ? place.country() : null);
    row.add(null);
    row.add(place.lat());
    row.add(place.lon());
    row.add(place.geonameId());
  }

  /** The field as text: empty for none, numbers without exponent, tabs and line breaks as spaces. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return java.math.BigDecimal.valueOf(d).toPlainString();
    }
    return value.toString().replaceAll("[\\t\\r\\n]+", " ");
  }

  private static List<String> header() {
    List<String> columns = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String column : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        columns.add(actor + column);
      }
    }
    columns.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String column : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        columns.add(geo + "_" + column);
      }
    }
    columns.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(columns);
  }
}
