package org.herodotus.events;

import java.util.List;

/**
 * One entry of the predicate lexicon: a verb, noun or adjective lemma, with the particles,
 * prepositions or objects that must come with it, and what it codes.
 *
 * @param code the CAMEO code ({@code "190"}); {@code null} for a movement CAMEO does not code, or
 *     for a frame
 * @param frame for a frame predicate ("threaten to", "agree to"), its frame ({@code THREATEN},
 *     {@code INTENT}, {@code DEMAND}, {@code APPEAL}, {@code REJECT}), else {@code null}
 * @param pos {@code 'v'} verb, {@code 'n'} noun, {@code 'a'} adjective
 * @param lemma the head lemma ("crack")
 * @param words the further lemmas or preposition names that must depend on it ("down")
 * @param action the normalized predicate written out ("attack", "flee")
 * @param movement whether it is a movement with origin and destination
 */
record Predicate(String code, String frame, char pos, String lemma, List<String> words, String action, boolean movement) {

  Predicate {
    words = List.copyOf(words);
  }
}
