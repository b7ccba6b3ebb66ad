package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.Participant;
import org.herodotus.model.Source;
import org.herodotus.model.SourceRole;
import org.herodotus.model.Span;

/**
 * Speakers linked to the article's actors, and the chain of sources from each speaker to the
 * publisher: the speaker; the outlet the speaker told ("told British-based publication the
 * Guardian"), which stays cited for that speaker's later quotes; the publisher, from the
 * dateline's outlet ("(Kurdistan 24)") or else the metadata's source. Outlets are the actors the
 * Actors stage codes as media ({@code ...MED}).
 */
final class Chains {

  private final Document doc;
  private final Source publisher;
  /** Speaker actor id → the outlet that speaker told, for the speaker's later quotes. */
  private final Map<String, Source> toldOutlet = new HashMap<>();

  Chains(Document doc) {
    this.doc = doc;
    this.publisher = publisher(doc);
  }

  /** The speaker as a participant, linked to its actor; null when there is none. */
  Participant speaker(Found found) {
    if (found.speaker() == null) {
      return null;
    }
    Actor actor = actorAt(found.speakerHead(), found.speaker());
    return new Participant(found.speaker(), doc.textOf(found.speaker()), actor == null ? null : actor.id(),
        actor == null ? null : actor.code());
  }

  /** The chain of {@code found}, whose speaker is {@code speaker}; call in text order. */
  List<Source> chain(Found found, Participant speaker) {
    List<Source> chain = new ArrayList<>();
    if (speaker != null) {
      chain.add(new Source(speaker.span(), speaker.text(), speaker.actorId(), SourceRole.SPEAKER));
    }
    if (found.via() != null) {
      Actor via = actorIn(found.via());
      chain.add(new Source(found.via(), doc.textOf(found.via()), via == null ? null : via.id(), SourceRole.CITED));
    }
    Source cited = null;
    Actor outlet = found.recipient() == null ? null : mediaIn(found.recipient());
    if (outlet != null) {
      Span mention = outlet.mentions().stream().filter(found.recipient()::contains).findFirst().orElseThrow();
      cited = new Source(mention, doc.textOf(mention), outlet.id(), SourceRole.CITED);
      if (speaker != null && speaker.actorId() != null) {
        toldOutlet.put(speaker.actorId(), cited);
      }
    }
    if (cited == null && speaker != null && speaker.actorId() != null) {
      cited = toldOutlet.get(speaker.actorId());
    }
    if (cited != null) {
      chain.add(cited);
    }
    if (publisher != null && chain.stream().noneMatch(s -> same(s, publisher))) {
      chain.add(publisher);
    }
    return chain;
  }

  private static boolean same(Source a, Source b) {
    return a.actorId() != null && a.actorId().equals(b.actorId()) || a.name().equalsIgnoreCase(b.name());
  }

  static boolean media(Actor actor) {
    return actor != null && actor.code() != null && actor.code().endsWith("MED");
  }

  /** The actor with a mention ending where token {@code head} ends, else one overlapping {@code span}. */
  private Actor actorAt(int head, Span span) {
    if (head >= 0) {
      int end = doc.tokens().get(head).span().end();
      for (Actor a : doc.actors()) {
        for (Span m : a.mentions()) {
          if (m.end() == end) {
            return a;
          }
        }
      }
    }
    for (Actor a : doc.actors()) {
      for (Span m : a.mentions()) {
        if (m.overlaps(span)) {
          return a;
        }
      }
    }
    return null;
  }

  /** A media actor mentioned inside {@code span}, or null. */
  private Actor mediaIn(Span span) {
    for (Actor a : doc.actors()) {
      if (media(a) && a.mentions().stream().anyMatch(span::contains)) {
        return a;
      }
    }
    return null;
  }

  /** The actor whose mention ends last inside {@code span} (the head of "two diplomats"), or null. */
  private Actor actorIn(Span span) {
    Actor best = null;
    int end = -1;
    for (Actor a : doc.actors()) {
      for (Span m : a.mentions()) {
        if (span.contains(m) && m.end() > end) {
          best = a;
          end = m.end();
        }
      }
    }
    return best;
  }

  private static Source publisher(Document doc) {
    Dateline dateline = doc.meta().dateline();
    if (dateline != null && dateline.outlet() != null) {
      String lineText = doc.textOf(dateline.span());
      int at = lineText.indexOf(dateline.outlet());
      Span span = at < 0 ? null : new Span(dateline.span().start() + at, dateline.span().start() + at + dateline.outlet().length());
      String actorId = null;
      for (Actor a : doc.actors()) {
        for (Span m : a.mentions()) {
          if (span != null && m.overlaps(span) || span == null && dateline.span().contains(m) && media(a)) {
            actorId = a.id();
          }
        }
      }
      return new Source(span, dateline.outlet(), actorId, SourceRole.PUBLISHER);
    }
    String source = doc.meta().source();
    return source == null || source.isBlank() ? null : new Source(null, source, null, SourceRole.PUBLISHER);
  }
}
