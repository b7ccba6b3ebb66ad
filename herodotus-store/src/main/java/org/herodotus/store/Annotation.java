package org.herodotus.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.Mention;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;

/**
 * One highlighted stretch of a stored article: an entity, a date or time, or a mention of an
 * actor. Kept so that an article page can show what was found where, with offsets into the text.
 *
 * @param layer {@value #ENTITY}, {@value #TIME} or {@value #ACTOR}
 * @param start the first character (UTF-16 offset into the text)
 * @param end one past the last character
 * @param label the entity type ({@code PERSON}), the TIMEX3 type ({@code DATE}) or the actor's name
 * @param value the normalized date ({@code 2017-08}) or the actor's CAMEO code; {@code null} otherwise
 */
public record Annotation(String layer, int start, int end, String label, String value) {

  public static final String ENTITY = "entity";
  public static final String TIME = "time";
  public static final String ACTOR = "actor";

  /** The annotations of a document: its entities, times and actor mentions, in text order. */
  static List<Annotation> of(Document doc) {
    List<Annotation> all = new ArrayList<>();
    for (Mention m : doc.entities()) {
      all.add(new Annotation(ENTITY, m.span().start(), m.span().end(), m.type().name(), null));
    }
    for (TimeExpression t : doc.times()) {
      all.add(new Annotation(TIME, t.span().start(), t.span().end(), t.type().name(), t.value()));
    }
    for (Actor a : doc.actors()) {
      for (Span s : a.mentions()) {
        all.add(new Annotation(ACTOR, s.start(), s.end(), a.name(), a.code()));
      }
    }
    all.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end));
    return all;
  }
}
