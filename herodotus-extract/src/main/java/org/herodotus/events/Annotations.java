package org.herodotus.events;

import java.util.HashMap;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;

/**
 * The document's entities, places, times and actors by token, so that the coder asks "is this
 * token a place?" in constant time.
 */
final class Annotations {

  private final Map<Integer, Place> places = new HashMap<>();
  private final Map<Integer, Mention> mentions = new HashMap<>();
  private final Map<Integer, TimeExpression> times = new HashMap<>();
  private final Map<Integer, Actor> actors = new HashMap<>();

  Annotations(Document doc) {
    doc.places().forEach(p -> index(doc, p.span(), p, places));
    doc.entities().forEach(m -> index(doc, m.span(), m, mentions));
    doc.times().forEach(t -> index(doc, t.span(), t, times));
    for (Actor a : doc.actors()) {
      a.mentions().forEach(span -> index(doc, span, a, actors));
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

  TimeExpression time(int token) {
    return times.get(token);
  }

  /** The actor one of whose mentions contains the token, or null (always null before the Actors stage). */
  Actor actor(int token) {
    return actors.get(token);
  }
}
