package org.herodotus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.herodotus.model.ActorType;
import org.herodotus.model.Mode;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;
import org.herodotus.store.EventActor;
import org.herodotus.store.EventCluster;
import org.herodotus.store.StoredEvent;
import org.junit.jupiter.api.Test;

class GdeltTsvWriterTest {

  private static final Clock EXPORT_TIME = Clock.fixed(Instant.parse("2026-11-26T01:30:05Z"), ZoneOffset.UTC);
  private static final Place RAQQA = new Place(new Span(40, 45), "Raqqa", 163843L, "Ar Raqqah", "PPLA", "SY", "Ar-Raqqah",
      35.95, 39.01, Precision.CITY);

  private static StoredEvent event(String code, Mode mode, EventActor source, Place place, int evidenceStart) {
    EventActor target = new EventActor(new Span(20, 34), "Kurdish forces", "a2", "SYRMIL", "Kurdish forces",
        ActorType.ARMED_GROUP, "SYR");
    return new StoredEvent("doc-1", 3, code, "ASSAULT", "attack", mode, 0.9, "2017-07-03", "day", LocalDate.of(2017, 7, 3),
        LocalDate.of(2017, 7, 3), new Span(12, 20), new Span(evidenceStart, evidenceStart + 60), "IS attacked Kurdish forces.",
        source, target, place, null, null, 12.0, null,
        new StoredEvent.DocumentInfo("Raqqa battle", "Kurdistan 24", "https://example.org/raqqa", LocalDate.of(2017, 7, 4)));
  }

  private static EventActor islamicState(String name) {
    return new EventActor(new Span(0, 2), "IS", "a1", "IMGMUSISI", name, ActorType.ARMED_GROUP, null);
  }

  private static String write(boolean header, StoredEvent... events) throws IOException {
    StringWriter out = new StringWriter();
    EventWriter writer = EventFormat.GDELT_TSV.writer(out, header, EXPORT_TIME);
    writer.begin();
    for (StoredEvent e : events) {
      writer.write(e);
    }
    writer.end();
    return out.toString();
  }

  private static String column(List<String> row, String name) {
    return row.get(GdeltTsvWriter.HEADER.indexOf(name));
  }

  @Test
  void header_hasGdelts61ColumnsInOrder_andOnlyWhenAsked() throws IOException {
    assertThat(GdeltTsvWriter.HEADER).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name").endsWith("ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    assertThat(GdeltTsvWriter.HEADER.subList(25, 35)).containsExactly("IsRootEvent", "EventCode", "EventBaseCode",
        "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");
    assertThat(write(true)).isEqualTo(String.join("\t", GdeltTsvWriter.HEADER) + "\n");
    assertThat(write(false)).isEmpty();
  }

  @Test
  void row_columnsOfAnAssertedAttack() throws IOException {
    String text = write(false, event("1951", Mode.ASSERTED, islamicState("Islamic State"), RAQQA, 0));
    assertThat(text).endsWith("\n").doesNotContain("\r");
    List<String> row = List.of(text.substring(0, text.length() - 1).split("\t", -1));
    assertThat(row).hasSize(61);
    assertThat(column(row, "GLOBALEVENTID")).isEqualTo(String.valueOf(Gdelt.eventId("doc-1", 3)));
    assertThat(row.subList(1, 5)).containsExactly("20170703", "201707", "2017", "2017.5836");
    assertThat(row.subList(5, 15)).containsExactly("IMGMUSISI", "Islamic State", "", "", "", "", "", "IMG", "MUS", "ISI");
    assertThat(row.subList(15, 25)).containsExactly("SYRMIL", "Kurdish forces", "SYR", "", "", "", "", "MIL", "", "");
    assertThat(row.subList(25, 35)).containsExactly("1", "1951", "195", "19", "4", "-10.0", "1", "1", "1", "");
    assertThat(column(row, "Actor1Geo_Type")).isEqualTo("0");
    assertThat(column(row, "Actor1Geo_FullName")).isEmpty();
    assertThat(row.subList(51, 59)).containsExactly("4", "Ar Raqqah, Ar-Raqqah, Syria", "SY", "", "", "35.95", "39.01", "163843");
    assertThat(row.subList(59, 61)).containsExactly("20261126013005", "https://example.org/raqqa");
  }

  @Test
  void reportsOfOneClusteredEvent_areOneRow_withTheClustersCountsAndRepresentativePlace() throws IOException {
    StoredEvent first = event("190", Mode.ASSERTED, islamicState("Islamic State"), null, 0);
    StoredEvent[] reports = {
        withCluster(first, "doc-1", 3, "c1"), withCluster(first, "doc-2", 0, "c1"), withCluster(first, "doc-3", 5, "c1"),
        withCluster(first, "doc-4", 1, null)};
    EventCluster cluster = new EventCluster("c1", "193", "ASSAULT", "attack", null, null, RAQQA, "2017-07-03", "day",
        LocalDate.of(2017, 7, 3), LocalDate.of(2017, 7, 3), 3, List.of("doc-1", "doc-2", "doc-3"),
        List.of("Kurdistan 24", "The Guardian", "Courier"), List.of("kurdistan 24", "guardian"), LocalDate.of(2017, 7, 4),
        LocalDate.of(2017, 7, 5), List.of("doc-1#3", "doc-2#0", "doc-3#5"), java.util.Map.of("doc-3", "doc-2"));
    StringWriter out = new StringWriter();
    EventWriter writer = EventFormat.GDELT_TSV.writer(out, false, EXPORT_TIME, id -> id.equals("c1") ? cluster : null);
    writer.begin();
    for (StoredEvent e : reports) {
      writer.write(e);
    }
    writer.end();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    List<String> row = List.of(lines.get(0).split("\t", -1));
    assertThat(column(row, "GLOBALEVENTID")).isEqualTo(String.valueOf(Gdelt.eventId("doc-1", 3)));
    assertThat(column(row, "EventCode")).isEqualTo("193");
    assertThat(row.subList(31, 34)).as("NumMentions, NumSources, NumArticles").containsExactly("3", "2", "3");
    assertThat(column(row, "ActionGeo_FeatureID")).isEqualTo("163843");
    List<String> unclustered = List.of(lines.get(1).split("\t", -1));
    assertThat(column(unclustered, "GLOBALEVENTID")).isEqualTo(String.valueOf(Gdelt.eventId("doc-4", 1)));
    assertThat(unclustered.subList(31, 34)).containsExactly("1", "1", "1");
  }

  @Test
  void actorOfUnknownCountry_hasItsRoleAsType_notTheDashes() throws IOException {
    EventActor fighters = new EventActor(new Span(0, 8), "fighters", "a1", "---UAF", null, ActorType.GROUP, null);
    String text = write(false, event("190", Mode.ASSERTED, fighters, RAQQA, 0));
    List<String> row = List.of(text.strip().split("\t", -1));
    assertThat(row.subList(5, 15)).containsExactly("---UAF", "fighters", "", "", "", "", "", "UAF", "", "");
  }

  private static StoredEvent withCluster(StoredEvent e, String documentId, int index, String cluster) {
    return new StoredEvent(documentId, index, e.code(), e.plover(), e.action(), e.mode(), e.confidence(), e.date(),
        e.datePrecision(), e.dateStart(), e.dateEnd(), e.trigger(), e.evidence(), e.evidenceText(), e.source(), e.target(),
        e.place(), e.origin(), e.destination(), e.killed(), e.injured(), e.document(), cluster, null);
  }

  @Test
  void rows_onlyCodedEventsPresentedAsHappened() throws IOException {
    assertThat(write(false, event("141", Mode.PLANNED, null, RAQQA, 0))).isEmpty();
    assertThat(write(false, event("190", Mode.NEGATED, null, RAQQA, 0))).isEmpty();
    assertThat(write(false, event(null, Mode.ASSERTED, null, RAQQA, 0))).isEmpty();
    assertThat(write(false, event("190", Mode.REPORTED, null, RAQQA, 0)).lines()).hasSize(1);
  }

  @Test
  void tabsAndLineBreaksInNames_becomeSpaces() throws IOException {
    String text = write(false, event("190", Mode.ASSERTED, islamicState("Islamic\tState\r\nfighters"), RAQQA, 0));
    assertThat(text.lines()).hasSize(1);
    List<String> row = List.of(text.strip().split("\t", -1));
    assertThat(row).hasSize(61);
    assertThat(column(row, "Actor1Name")).isEqualTo("Islamic State fighters");
  }

  @Test
  void bareRootCode_isWrittenAsItsThreeDigitGenericCode() throws IOException {
    List<String> row = List.of(write(false, event("19", Mode.ASSERTED, null, RAQQA, 0)).strip().split("\t", -1));
    assertThat(row.subList(26, 29)).containsExactly("190", "190", "19");
  }

  @Test
  void isRootEvent_onlyForASentenceInTheLead() throws IOException {
    String late = write(false, event("190", Mode.ASSERTED, null, RAQQA, GdeltTsvWriter.LEAD_CHARS + 1));
    assertThat(column(List.of(late.strip().split("\t", -1)), "IsRootEvent")).isEqualTo("0");
  }

  @Test
  void quadClassAndGoldstein_fromTheCameoCode() {
    assertThat(Gdelt.quadClass("010")).isEqualTo(1);
    assertThat(Gdelt.quadClass("057")).isEqualTo(1);
    assertThat(Gdelt.quadClass("0871")).isEqualTo(2);
    assertThat(Gdelt.quadClass("112")).isEqualTo(3);
    assertThat(Gdelt.quadClass("145")).isEqualTo(4);
    assertThat(Gdelt.quadClass("20")).isEqualTo(4);
    assertThat(Gdelt.goldstein("057")).isEqualTo(8.0);
    assertThat(Gdelt.goldstein("130")).isEqualTo(-4.4);
    assertThat(Gdelt.goldstein("1214")).isEqualTo(-4.0); // not in the table: its parent 121
    assertThat(Gdelt.goldstein("0874")).isEqualTo(10.0);
    assertThat(Gdelt.goldstein(null)).isNull();
  }

  @Test
  void geoType_fromPrecisionAndCountry() {
    assertThat(Gdelt.geoType(place(Precision.COUNTRY, "SY"))).isEqualTo(1);
    assertThat(Gdelt.geoType(place(Precision.ADMIN1, "US"))).isEqualTo(2);
    assertThat(Gdelt.geoType(place(Precision.CITY, "US"))).isEqualTo(3);
    assertThat(Gdelt.geoType(place(Precision.CITY, "SY"))).isEqualTo(4);
    assertThat(Gdelt.geoType(place(Precision.ADMIN1, "SY"))).isEqualTo(5);
    assertThat(Gdelt.geoType(place(Precision.REGION, null))).isZero();
    assertThat(Gdelt.geoType(Place.unresolved(new Span(0, 3), "Xyz"))).isZero();
    assertThat(Gdelt.fullName(place(Precision.COUNTRY, "SY"))).isEqualTo("Syria");
  }

  private static Place place(Precision precision, String country) {
    return new Place(new Span(0, 5), "Where", 1L, "Where", "X", country, "Region", 1.0, 2.0, precision);
  }
}
