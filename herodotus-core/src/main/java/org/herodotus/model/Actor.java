package org.herodotus.model;

import java.util.List;

/**
 * One real-world actor of an article, with every mention of it merged: "Islamic State", "IS",
 * "ISIS" and "the terror group" are one actor.
 *
 * @param id stable within the document ({@code "a1"}, {@code "a2"}, ...), referred to by events
 * @param name the canonical name ("Islamic State", "Iraqi forces")
 * @param code the CAMEO actor code: country or group code followed by role codes ({@code "IRQMIL"},
 *     {@code "IMGMUSISI"}, {@code "SAUCVL"}); {@code null} when nothing is known to code
 * @param type what kind of actor it is
 * @param country the ISO 3166-1 alpha-3 code of the state it belongs to or acts for, or {@code null}
 * @param mentions where the article refers to it, in text order; never empty
 */
public record Actor(String id, String name, String code, ActorType type, String country, List<Span> mentions) {

  public Actor {
    if (id == null || name == null || type == null) {
      throw new IllegalArgumentException("an actor needs an id, a name and a type");
    }
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an actor is mentioned at least once: " + name);
    }
  }
}
