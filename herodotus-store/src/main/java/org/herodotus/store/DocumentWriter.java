package org.herodotus.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herodotus.model.Actor;
import org.herodotus.model.DatePrecision;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Quantity;
import org.herodotus.model.Quote;
import org.herodotus.model.Source;

/**
 * Writes one document's rows (document, actors, places, events, quotes, annotations) with prepared statements,
 * and deletes them. The caller runs it inside a transaction.
 */
final class DocumentWriter {

  static final List<String> TABLES = List.of("documents", "actors", "places", "events", "quotes", "annotations");

  /**
   * Called before each table is written, and with {@code "commit"} before {@link Store#put}
   * commits: a seam for tests that make a write fail midway, as a full disk would.
   */
  interface BeforeTable {
    BeforeTable NONE = table -> {};

    void before(String table) throws SQLException;
  }

  private final Connection connection;
  private final BeforeTable hook;

  DocumentWriter(Connection connection, BeforeTable hook) {
    this.connection = connection;
    this.hook = hook;
  }

  void delete(String documentId) throws SQLException {
    for (String table : TABLES) {
      try (PreparedStatement st = connection.prepareStatement(
          "DELETE FROM " + table + (table.equals("documents") ? " WHERE id = ?" : " WHERE document_id = ?"))) {
        st.setString(1, documentId);
        st.executeUpdate();
      }
    }
  }

  void write(Document doc, String hash) throws SQLException {
    hook.before("documents");
    try (PreparedStatement st = connection.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      var m = doc.meta();
      st.setString(1, m.id());
      st.setString(2, hash);
      st.setString(3, m.title());
      st.setDate(4, m.published() == null ? null : Date.valueOf(m.published()));
      st.setArray(5, connection.createArrayOf("VARCHAR", m.authors().toArray()));
      st.setString(6, m.source());
      st.setString(7, m.url());
      st.setString(8, m.origin());
      st.setString(9, doc.text());
      st.executeUpdate();
    }
    hook.before("actors");
    try (PreparedStatement st = connection.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Actor a : doc.actors()) {
        st.setString(1, doc.id());
        st.setString(2, a.id());
        st.setString(3, a.name());
        st.setString(4, a.code());
        st.setString(5, a.type().name());
        st.setString(6, a.country());
        st.setInt(7, a.mentions().size());
        st.setInt(8, a.mentions().get(0).start());
        st.setInt(9, a.mentions().get(0).end());
        st.addBatch();
      }
      st.executeBatch();
    }
    hook.before("places");
    try (PreparedStatement st = connection.prepareStatement(insert("places", 2 + Columns.placeNames("p").size()))) {
      int index = 0;
      for (Place p : doc.places()) {
        st.setString(1, doc.id());
        st.setInt(2, index++);
        Columns.bindPlace(st, 3, p);
        st.addBatch();
      }
      st.executeBatch();
    }
    hook.before("events");
    writeEvents(doc);
    hook.before("quotes");
    try (PreparedStatement st = connection.prepareStatement(insert("quotes", 14))) {
      int index = 0;
      for (Quote q : doc.quotes()) {
        st.setString(1, doc.id());
        st.setInt(2, index++);
        st.setString(3, q.kind().name());
        st.setInt(4, q.span().start());
        st.setInt(5, q.span().end());
        st.setString(6, q.text());
        st.setString(7, q.speaker() == null ? null : q.speaker().text());
        st.setString(8, q.speaker() == null ? null : q.speaker().actorId());
        st.setString(9, q.speaker() == null ? null : q.speaker().code());
        st.setArray(10, connection.createArrayOf("VARCHAR", q.hedges().toArray()));
        st.setObject(11, q.cue() == null ? null : q.cue().start());
        st.setObject(12, q.cue() == null ? null : q.cue().end());
        st.setArray(13, connection.createArrayOf("VARCHAR", q.chain().stream().map(Source::name).toArray()));
        st.setArray(14, connection.createArrayOf("VARCHAR", q.chain().stream().map(c -> c.role().name()).toArray()));
        st.addBatch();
      }
      st.executeBatch();
    }
    hook.before("annotations");
    writeAnnotations(doc);
  }

  private void writeAnnotations(Document doc) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(insert("annotations", 6))) {
      for (Annotation a : Annotation.of(doc)) {
        st.setString(1, doc.id());
        st.setString(2, a.layer());
        st.setInt(3, a.start());
        st.setInt(4, a.end());
        st.setString(5, a.label());
        st.setString(6, a.value());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void writeEvents(Document doc) throws SQLException {
    Map<String, Actor> actors = doc.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
    int fixed = 16;
    int columns = fixed + 2 * Columns.participantNames("source").size() + 3 * Columns.placeNames("place").size() + 3;
    try (PreparedStatement st = connection.prepareStatement(insert("events", columns))) {
      int index = 0;
      for (Event e : doc.events()) {
        DateRange range = DateRange.of(e.date());
        st.setString(1, doc.id());
        st.setInt(2, index++);
        st.setString(3, e.code());
        st.setString(4, e.plover());
        st.setString(5, e.action());
        st.setString(6, e.mode().name());
        st.setDouble(7, e.confidence());
        st.setString(8, e.date());
        st.setString(9, DatePrecision.of(e.date(), e.dateSpan() == null));
        st.setDate(10, range == null ? null : Date.valueOf(range.start()));
        st.setDate(11, range == null ? null : Date.valueOf(range.end()));
        st.setInt(12, e.trigger().start());
        st.setInt(13, e.trigger().end());
        st.setInt(14, e.evidence().start());
        st.setInt(15, e.evidence().end());
        st.setString(16, doc.textOf(e.evidence()));
        int i = fixed + 1;
        i = Columns.bindParticipant(st, i, participant(e.source(), actors));
        i = Columns.bindParticipant(st, i, participant(e.target(), actors));
        i = Columns.bindPlace(st, i, e.place());
        i = Columns.bindPlace(st, i, e.origin());
        i = Columns.bindPlace(st, i, e.destination());
        Columns.setDouble(st, i++, total(e.quantities(), "KILLED"));
        Columns.setDouble(st, i++, total(e.quantities(), "INJURED"));
        Columns.setInt(st, i, e.quote());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static EventActor participant(Participant p, Map<String, Actor> actors) {
    if (p == null) {
      return null;
    }
    Actor actor = p.actorId() == null ? null : actors.get(p.actorId());
    return new EventActor(p.span(), p.text(), p.actorId(), p.code(), actor == null ? null : actor.name(),
        actor == null ? null : actor.type(), actor == null ? null : actor.country());
  }

  /** The sum of the quantities of one kind that have a value, or {@code null} when there are none. */
  private static Double total(List<Quantity> quantities, String kind) {
    List<Double> values = new ArrayList<>();
    for (Quantity q : quantities) {
      if (kind.equals(q.kind()) && q.value() != null) {
        values.add(q.value());
      }
    }
    return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum();
  }

  private static String insert(String table, int columns) {
    return "INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)";
  }
}
