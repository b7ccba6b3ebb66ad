package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
 * Appends documents with DuckDB's appender: the same rows as {@link DocumentWriter}, column for
 * column, written in large chunks instead of one transaction per document. Each table's row width
 * is checked against the schema first, so a new column fails loudly instead of shifting values.
 */
final class BulkLoader {

  private final Connection connection;

  BulkLoader(Connection connection) {
    this.connection = connection;
  }

  long load(Iterator<Document> docs) throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    long count = 0;
    try (DuckDBAppender documents = duck.createAppender("main", "documents");
        DuckDBAppender actors = duck.createAppender("main", "actors");
        DuckDBAppender places = duck.createAppender("main", "places");
        DuckDBAppender events = duck.createAppender("main", "events");
        DuckDBAppender quotes = duck.createAppender("main", "quotes");
        DuckDBAppender annotations = duck.createAppender("main", "annotations")) {
      Map<String, Integer> widths = Map.of("documents", columns("documents"), "actors", columns("actors"),
          "places", columns("places"), "events", columns("events"), "quotes", columns("quotes"), "annotations", columns("annotations"));
      while (docs.hasNext()) {
        Document doc = docs.next();
        var m = doc.meta();
        row(documents, widths.get("documents"), Arrays.asList(m.id(), ContentHash.of(doc), m.title(), m.published(),
            m.authors(), m.source(), m.url(), m.origin(), doc.text()));
        for (Actor a : doc.actors()) {
          row(actors, widths.get("actors"), Arrays.asList(doc.id(), a.id(), a.name(), a.code(), a.type().name(), a.country(),
              a.mentions().size(), a.mentions().get(0).start(), a.mentions().get(0).end()));
        }
        int index = 0;
        for (Place p : doc.places()) {
          List<Object> values = new ArrayList<>(Arrays.asList(doc.id(), index++));
          place(values, p);
          row(places, widths.get("places"), values);
        }
        Map<String, Actor> byId = doc.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        index = 0;
        for (Event e : doc.events()) {
          row(events, widths.get("events"), event(doc, index++, e, byId));
        }
        index = 0;
        for (Quote q : doc.quotes()) {
          boolean speaker = q.speaker() != null;
          row(quotes, widths.get("quotes"), Arrays.asList(doc.id(), index++, q.kind().name(), q.span().start(), q.span().end(),
              q.text(), speaker ? q.speaker().text() : null, speaker ? q.speaker().actorId() : null,
              speaker ? q.speaker().code() : null, q.hedges(), q.cue() == null ? null : q.cue().start(),
              q.cue() == null ? null : q.cue().end(), q.chain().stream().map(Source::name).toList(),
              q.chain().stream().map(c -> c.role().name()).toList()));
        }
        for (Annotation a : Annotation.of(doc)) {
          row(annotations, widths.get("annotations"), Arrays.asList(doc.id(), a.layer(), a.start(), a.end(), a.label(), a.value()));
        }
        count++;
      }
    }
    return count;
  }

  private static List<Object> event(Document doc, int index, Event e, Map<String, Actor> actors) {
    DateRange range = DateRange.of(e.date());
    List<Object> v = new ArrayList<>(Arrays.asList(doc.id(), index, e.code(), e.plover(), e.action(), e.mode().name(),
        e.confidence(), e.date(), DatePrecision.of(e.date(), e.dateSpan() == null),
        range == null ? null : range.start(), range == null ? null : range.end(),
        e.trigger().start(), e.trigger().end(), e.evidence().start(), e.evidence().end(), doc.textOf(e.evidence())));
    participant(v, e.source(), actors);
    participant(v, e.target(), actors);
    place(v, e.place());
    place(v, e.origin());
    place(v, e.destination());
    v.add(total(e.quantities(), "KILLED"));
    v.add(total(e.quantities(), "INJURED"));
    v.add(e.quote());
    return v;
  }

  private static void participant(List<Object> v, Participant p, Map<String, Actor> actors) {
    if (p == null) {
      v.addAll(java.util.Collections.nCopies(Columns.participantNames("x").size(), null));
      return;
    }
    Actor a = p.actorId() == null ? null : actors.get(p.actorId());
    v.addAll(Arrays.asList(p.span().start(), p.span().end(), p.text(), p.actorId(), p.code(),
        a == null ? null : a.name(), a == null ? null : a.type().name(), a == null ? null : a.country()));
  }

  private static void place(List<Object> v, Place p) {
    if (p == null) {
      v.addAll(java.util.Collections.nCopies(Columns.placeNames("x").size(), null));
      return;
    }
    v.addAll(Arrays.asList(p.span().start(), p.span().end(), p.text(), p.geonameId(), p.name(), p.featureCode(),
        p.country(), p.admin1(), p.lat(), p.lon(), p.precision().name()));
  }

  private static Double total(List<Quantity> quantities, String kind) {
    double sum = 0;
    boolean any = false;
    for (Quantity q : quantities) {
      if (kind.equals(q.kind()) && q.value() != null) {
        sum += q.value();
        any = true;
      }
    }
    return any ? sum : null;
  }

  private int columns(String table) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void row(DuckDBAppender appender, int width, List<Object> values) throws SQLException {
    if (values.size() != width) {
      throw new IllegalStateException("the bulk loader writes " + values.size() + " columns but the table has " + width
          + ": update BulkLoader with the schema");
    }
    appender.beginRow();
    for (Object value : values) {
      if (value == null) {
        appender.appendNull();
      } else if (value instanceof String s) {
        appender.append(s);
      } else if (value instanceof Integer i) {
        appender.append(i.intValue());
      } else if (value instanceof Long l) {
        appender.append(l.longValue());
      } else if (value instanceof Double d) {
        appender.append(d.doubleValue());
      } else if (value instanceof LocalDate date) {
        appender.append(date);
      } else if (value instanceof Collection<?> list) {
        appender.append(list);
      } else {
        throw new IllegalStateException("no appender for " + value.getClass());
      }
    }
    appender.endRow();
  }
}
