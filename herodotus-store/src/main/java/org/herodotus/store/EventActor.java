package org.herodotus.store;

import org.herodotus.model.ActorType;
import org.herodotus.model.Span;

/**
 * The source or target of a stored event: the words that name it in the evidence sentence and,
 * when they are linked, the article's actor they refer to.
 *
 * @param span the words in the article's text
 * @param text the covered characters ("Iraqi forces")
 * @param actorId the actor's id within its document ({@code "a2"}), or {@code null}
 * @param code the CAMEO actor code for this event ({@code "IRQMIL"}), or {@code null}
 * @param name the actor's canonical name, or {@code null} when not linked
 * @param type the actor's type, or {@code null} when not linked
 * @param country the actor's ISO 3166-1 alpha-3 country, or {@code null}
 */
public record EventActor(Span span, String text, String actorId, String code, String name, ActorType type, String country) {

  /** The name to show: the actor's canonical name, else the words of the sentence. */
  public String label() {
    return name != null ? name : text;
  }
}
