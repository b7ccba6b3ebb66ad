package org.herodotus.output;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Event;
import org.herodotus.model.Layer;
import org.herodotus.model.Mention;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Quote;
import org.herodotus.model.Source;
import org.herodotus.model.TimeExpression;

/**
 * A short readable account of one processed document, for people at a terminal: its metadata,
 * its entities grouped by type with counts, its places with where they resolved, its dates with their
 * normalized values, and its actors, events and quotes when the pipeline found them.
 */
public final class SummaryText {

  private SummaryText() {}

  public static String render(Document doc) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(doc.meta().title() != null ? doc.meta().title() : "(untitled)").append('\n');
    List<String> facts = new ArrayList<>();
    facts.add("id " + doc.id());
    if (doc.meta().published() != null) {
      facts.add("published " + doc.meta().published());
    }
    if (doc.meta().source() != null) {
      facts.add("source " + doc.meta().source());
    }
    if (!doc.meta().authors().isEmpty()) {
      facts.add("by " + String.join(", ", doc.meta().authors()));
    }
    if (doc.meta().dateline() != null && doc.meta().dateline().place() != null) {
      facts.add("dateline " + doc.meta().dateline().place());
    }
    facts.add(doc.tokens().size() + " tokens, " + doc.sentences().size() + " sentences");
    out.append("   ").append(String.join(" | ", facts)).append('\n');
    Map<EntityType, Map<String, Integer>> byType = new EnumMap<>(EntityType.class);
    for (Mention m : doc.entities()) {
      byType.computeIfAbsent(m.type(), t -> new LinkedHashMap<>()).merge(m.text(), 1, Integer::sum);
    }
    out.append("   entities: ").append(doc.entities().size()).append('\n');
    byType.forEach((type, names) -> {
      List<String> shown = new ArrayList<>();
      names.forEach((name, count) -> shown.add(count > 1 ? name + " x" + count : name));
      out.append("     ").append(type).append(": ").append(String.join(", ", shown)).append('\n');
    });
    if (doc.has(Layer.PLACES)) {
      out.append("   places: ").append(doc.places().size()).append('\n');
      for (Place p : doc.places()) {
        out.append("     ").append(p.text()).append(" -> ");
        if (p.resolved()) {
          out.append(p.name()).append(" (").append(p.precision());
          if (p.country() != null) {
            out.append(", ").append(p.country());
          }
          out.append(String.format(Locale.ROOT, ") %.3f, %.3f", p.lat(), p.lon()));
        } else {
          out.append("unresolved");
        }
        out.append('\n');
      }
    }
    out.append("   dates: ").append(doc.times().size()).append('\n');
    for (TimeExpression t : doc.times()) {
      out.append("     ").append(t.text()).append(" -> ").append(t.type()).append(' ')
          .append(t.value() == null ? "(no value)" : t.value())
          .append(t.mod() == null ? "" : " (" + t.mod() + ")").append('\n');
    }
    if (doc.has(Layer.ACTORS)) {
      out.append("   actors: ").append(doc.actors().size()).append('\n');
      for (Actor a : doc.actors()) {
        out.append("     ").append(a.name()).append(" [").append(a.code() == null ? "no code" : a.code())
            .append(", ").append(a.type()).append(']');
        if (a.mentions().size() > 1) {
          out.append(" x").append(a.mentions().size());
        }
        out.append('\n');
      }
    }
    if (doc.has(Layer.EVENTS)) {
      out.append("   events: ").append(doc.events().size()).append('\n');
      for (Event e : doc.events()) {
        out.append("     ").append(participant(e.source())).append(" -> ")
            .append(e.code() == null ? e.action() : e.code() + " " + (e.plover() == null ? "" : e.plover() + " ") + e.action())
            .append(" -> ").append(participant(e.target()));
        if (e.origin() != null || e.destination() != null) {
          out.append(" | from ").append(placeName(e.origin())).append(" to ").append(placeName(e.destination()));
        }
        if (e.place() != null) {
          out.append(" | in ").append(placeName(e.place()));
        }
        out.append(" | ").append(e.date() == null ? "no date" : e.date());
        if (e.dateSpan() == null && e.date() != null) {
          out.append(" (published)");
        }
        out.append(" | ").append(e.mode()).append('\n');
      }
    }
    if (doc.has(Layer.QUOTES)) {
      out.append("   quotes: ").append(doc.quotes().size()).append('\n');
      for (Quote q : doc.quotes()) {
        String content = q.text().length() > 60 ? q.text().substring(0, 57) + "..." : q.text();
        out.append("     ").append(q.kind()).append(' ').append(q.speaker() == null ? "-" : q.speaker().text())
            .append(": \"").append(content.replace('\n', ' ')).append('"');
        if (!q.chain().isEmpty()) {
          out.append(" | via ").append(String.join(" > ", q.chain().stream().map(Source::name).toList()));
        }
        if (!q.hedges().isEmpty()) {
          out.append(" | hedged ").append(String.join(", ", q.hedges()));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String participant(Participant p) {
    if (p == null) {
      return "-";
    }
    return p.code() == null ? p.text() : p.text() + " [" + p.code() + "]";
  }

  private static String placeName(Place p) {
    return p == null ? "?" : p.resolved() ? p.name() : p.text();
  }
}
