package org.herodotus.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;

/**
 * The document's entities, places, times and actors by token, so that the coder asks "is this
 * token a place?" in constant time. Actors are indexed as the Actors stage writes its mentions:
 * from the phrase's first modifier up to its head, so the actors of a head token are those with a
 * mention ending where the token ends (several when coordinated nationalities share the head:
 * "Hungarian and Romanian officials").
 */
final class Annotations {

  private final Map<Integer, Place> places = new HashMap<>();
  private final Map<Integer, Mention> mentions = new HashMap<>();
  private final Map<Integer, TimeExpression> times = new HashMap<>();
  private final Map<Integer, List<Actor>> ending = new HashMap<>();
  private final Map<Integer, List<Actor>> containing = new HashMap<>();

  Annotations(Document doc) {
    doc.places().forEach(p -> index(doc, p.span(), p, places));
    doc.entities().forEach(m -> index(doc, m.span(), m, mentions));
    doc.times().forEach(t -> index(doc, t.span(), t, times));
    for (Actor a : doc.actors()) {
      for (Span span : a.mentions()) {
        int first = doc.tokenAt(span.start());
        for (int t = first; t < doc.tokens().size() && doc.tokens().get(t).span().start() < span.end(); t++) {
          add(containing, t, a);
          if (doc.tokens().get(t).span().end() == span.end()) {
            add(ending, t, a);
          }
        }
      }
    }
  }

  private static void add(Map<Integer, List<Actor>> map, int token, Actor actor) {
    List<Actor> list = map.computeIfAbsent(token, k -> new ArrayList<>(1));
    if (!list.contains(actor)) {
      list.add(actor);
    }
  }

  private static <T> void index(Document doc, Span span, T value, Map<Integer, T> map) {
    for (int t = doc.tokenAt(span.start()); t < doc.tokens().size() && doc.tokens().get(t).span().start() < span.end(); t++) {
      map.putIfAbsent(t, value);
    }
  }

  Place place(int token) {
    return places.get(token);
  }

  Mention mention(int token) {
    return mentions.get(token);
  }

  /** The ISO 3166-1 alpha-3 code of the country of the place or nationality at the token, or null. */
  String country(int token) {
    Mention m = mentions.get(token);
    if (m != null && m.type() == EntityType.NATIONALITY && m.normalized() != null && m.normalized().length() == 3) {
      return m.normalized();
    }
    Place p = places.get(token);
    if (p == null || p.country() == null || p.country().length() != 2) {
      return null;
    }
    try {
      String iso3 = new Locale("", p.country()).getISO3Country();
      return iso3.isEmpty() ? null : iso3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  TimeExpression time(int token) {
    return times.get(token);
  }

  /**
   * The actors the phrase headed by {@code token} refers to: those with a mention ending at the
   * token, else those with a mention containing it; empty when none.
   */
  List<Actor> actors(int token) {
    List<Actor> out = ending.get(token);
    if (out == null) {
      out = containing.get(token);
    }
    return out == null ? List.of() : out;
  }
}
