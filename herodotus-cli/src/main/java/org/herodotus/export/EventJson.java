package org.herodotus.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.model.Place;
import org.herodotus.store.EventActor;
import org.herodotus.store.StoredEvent;

/** One stored event as a JSON object, the record of {@code json}, {@code jsonl} and the GeoJSON properties. */
final class EventJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  static ObjectNode of(StoredEvent e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("document", e.documentId());
    o.put("index", e.index());
    o.put("cluster", e.cluster());
    o.put("code", e.code());
    o.put("plover", e.plover());
    o.put("action", e.action());
    o.put("mode", e.mode().name());
    o.put("confidence", e.confidence());
    o.put("date", e.date());
    o.put("datePrecision", e.datePrecision());
    o.put("dateStart", e.dateStart() == null ? null : e.dateStart().toString());
    o.put("dateEnd", e.dateEnd() == null ? null : e.dateEnd().toString());
    o.set("source", actor(e.source()));
    o.set("target", actor(e.target()));
    o.set("place", place(e.place()));
    o.set("origin", place(e.origin()));
    o.set("destination", place(e.destination()));
    if (e.killed() == null) {
      o.putNull("killed");
    } else {
      o.put("killed", e.killed());
    }
    if (e.injured() == null) {
      o.putNull("injured");
    } else {
      o.put("injured", e.injured());
    }
    ObjectNode evidence = o.putObject("evidence");
    evidence.put("start", e.evidence().start());
    evidence.put("end", e.evidence().end());
    evidence.put("text", e.evidenceText());
    ObjectNode trigger = o.putObject("trigger");
    trigger.put("start", e.trigger().start());
    trigger.put("end", e.trigger().end());
    o.put("title", e.document().title());
    o.put("outlet", e.document().source());
    o.put("url", e.document().url());
    o.put("published", e.document().published() == null ? null : e.document().published().toString());
    return o;
  }

  static ObjectNode actor(EventActor a) {
    if (a == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("start", a.span().start());
    o.put("end", a.span().end());
    o.put("text", a.text());
    o.put("actor", a.actorId());
    o.put("code", a.code());
    o.put("name", a.name());
    o.put("type", a.type() == null ? null : a.type().name());
    o.put("country", a.country());
    return o;
  }

  static ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("start", p.span().start());
    o.put("end", p.span().end());
    o.put("text", p.text());
    o.put("geonameid", p.geonameId());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("admin1", p.admin1());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("precision", p.precision().name());
    return o;
  }
}
