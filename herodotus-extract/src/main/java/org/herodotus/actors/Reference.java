package org.herodotus.actors;

import org.herodotus.model.ActorType;
import org.herodotus.model.Span;

/**
 * One way a sentence refers to an actor, before references to the same actor are merged: "Iraqi
 * forces", "the terror group", "he", "ISIS".
 *
 * @param sentence the sentence index
 * @param head the head token, document-wide: the noun or the name's last word
 * @param span the words, from the first modifier to the head (never past the head)
 * @param name the words as a name, with any "in Europe" after the head
 * @param prefix the code of its state, region or organisation ({@code IRQ}, {@code IGOUNO}), or null
 * @param country the ISO3 code of its state, or null
 * @param sector its CAMEO role code ({@code MIL}), or null
 * @param type what kind of actor the words alone say it is; null for "it" and "they"
 * @param named the named actor, for names from {@code names.tsv}; else null
 * @param agent the agent noun at its head, or null
 * @param form how it refers
 * @param key what identifies the actor in this article; references with one key are one actor
 */
record Reference(
    int sentence,
    int head,
    Span span,
    String name,
    String prefix,
    String country,
    String sector,
    ActorType type,
    Named named,
    Agent agent,
    Form form,
    String key) {

  /** How a reference refers. */
  enum Form {
    /** A name: "Islamic State", "Turkey", "Turgut Ozal". */
    NAME,
    /** A description that identifies by itself: "Iraqi forces", "a 26-year-old Saudi national". */
    DESCRIPTION,
    /** A definite description that points back: "the group", "the militants", "the man". */
    DEFINITE,
    /** A personal pronoun: "he", "she", "it", "they", "its". */
    PRONOUN
  }
}
