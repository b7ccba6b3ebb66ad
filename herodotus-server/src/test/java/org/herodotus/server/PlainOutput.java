package org.herodotus.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.herodotus.store.EventCluster;
import org.herodotus.store.StoredEvent;

/** A small {@link EventOutput} for tests (the command line supplies the real one): a few fields, CSV and JSON Lines. */
final class PlainOutput implements EventOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public ObjectNode json(StoredEvent e) {
    ObjectNode o = MAPPER.createObjectNode().put("document", e.documentId()).put("index", e.index()).put("plover", e.plover())
        .put("date", e.date()).put("title", e.document().title()).put("outlet", e.document().source())
        .put("url", e.document().url());
    o.putObject("evidence").put("text", e.evidenceText());
    if (e.place() != null) {
      o.putObject("place").put("start", e.place().span().start()).put("end", e.place().span().end()).put("text", e.place().text());
    }
    return o;
  }

  @Override
  public ObjectNode json(EventCluster c) {
    ObjectNode o = MAPPER.createObjectNode().put("id", c.id()).put("reports", c.reports());
    o.putPOJO("documents", c.documents());
    return o;
  }

  @Override
  public List<String> formats() {
    return List.of("csv", "jsonl");
  }

  @Override
  public String mediaType(String format) {
    return format.equals("csv") ? "text/csv" : "application/x-ndjson";
  }

  @Override
  public String extension(String format) {
    return format;
  }

  @Override
  public void write(String format, List<StoredEvent> events, Writer out) throws IOException {
    if (format.equals("csv")) {
      out.write("document,index\n");
    }
    for (StoredEvent e : events) {
      out.write(format.equals("csv") ? e.documentId() + "," + e.index() + "\n" : MAPPER.writeValueAsString(json(e)) + "\n");
    }
  }
}
