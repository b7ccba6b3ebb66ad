package org.herodotus.store;

import java.util.Locale;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Quote;
import org.herodotus.model.Source;
import org.herodotus.model.SourceRole;

/**
 * The original source of an event mention, so that re-reports of one original count once among a
 * cluster's independent sources. An event inside a report whose chain cites an outlet ("…, the
 * Guardian told …") comes from that outlet; else from its speaker when the article links the
 * speaker to a person, organization or outlet ("the Guardian reported", "the Syrian Observatory
 * said"; not "he", "officials", "12 people" or a state, which name no source in particular; an
 * unlinked name is not trusted either: a dateline the reader missed, "IDLIB, Syria (Levant Wire)",
 * reads as a speaker);
 * else from the document itself, that is from the outlet that first published its text (see
 * {@link ClusterReader}). Keys are names folded: lower case, letters and digits only, without a
 * leading "the", so the outlet "The Guardian" and the cited "the Guardian" are one source.
 */
final class Origins {

  private Origins() {}

  /** The key of the source {@code e} is attributed to in {@code doc}, or {@code null} when the article states it itself. */
  static String of(Document doc, Event e) {
    if (e.quote() == null || e.quote() < 0 || e.quote() >= doc.quotes().size()) {
      return null;
    }
    Quote q = doc.quotes().get(e.quote());
    for (Source s : q.chain()) {
      if (s.role() == SourceRole.CITED) {
        return outlet(s.name());
      }
    }
    for (Source s : q.chain()) {
      if (s.role() == SourceRole.SPEAKER) {
        for (Actor a : doc.actors()) {
          if (a.id().equals(s.actorId()) && named(a.type(), a.code())) {
            return outlet(a.name());
          }
        }
      }
    }
    return null;
  }

  /** Whether an actor is one particular source: a person, an organization, an outlet; not "12 people", not a state. */
  static boolean named(ActorType type, String code) {
    return type == ActorType.PERSON || type == ActorType.ORGANIZATION || type == ActorType.INTERNATIONAL_ORGANIZATION
        || code != null && code.endsWith("MED");
  }

  /** The key of an outlet or other named source, or {@code null} when it has no name. */
  static String outlet(String name) {
    String folded = name == null ? "" : fold(name);
    return folded.isEmpty() ? null : folded;
  }

  static String fold(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
