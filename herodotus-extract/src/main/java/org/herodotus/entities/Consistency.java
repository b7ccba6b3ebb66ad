package org.herodotus.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;

/**
 * One label per name in a document, after Krishnan &amp; Manning (2006), "An effective two-stage
 * model for exploiting non-local dependencies in named entity recognition": a name the tagger
 * typed differently in different places takes its majority type, and a name tagged somewhere is
 * tagged wherever else the same words stand untagged. Stateless.
 */
final class Consistency {

  private Consistency() {}

  /**
   * Gives every mention of a name (the same characters, case-sensitive) the type most of its
   * mentions have. Ties are left as they are.
   */
  static void vote(Draft draft) {
    Map<String, EnumMap<EntityType, Mention>> first = new HashMap<>();
    Map<String, EnumMap<EntityType, Integer>> counts = new HashMap<>();
    for (Mention m : draft.mentions) {
      if (Draft.isName(m.type())) {
        counts.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
        first.computeIfAbsent(m.text(), k -> new EnumMap<>(EntityType.class)).putIfAbsent(m.type(), m);
      }
    }
    for (int index = 0; index < draft.mentions.size(); index++) {
      Mention m = draft.mentions.get(index);
      EnumMap<EntityType, Integer> votes = counts.get(m.text());
      if (votes == null || votes.size() < 2) {
        continue;
      }
      EntityType winner = majority(votes);
      if (winner != null && winner != m.type()) {
        Mention like = first.get(m.text()).get(winner);
        draft.replace(index, new Mention(m.span(), m.text(), winner, like.subtype(), like.normalized()));
      }
    }
  }

  private static EntityType majority(EnumMap<EntityType, Integer> votes) {
    EntityType best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** A name as a sequence of token words, and the type (with subtype and value) it carries. */
  private record Name(String[] words, EntityType type, String subtype, String normalized) {

    static Name of(String[] words, Mention like) {
      return new Name(words, like.type(), like.subtype(), like.normalized());
    }
  }

  /**
   * Tags the untagged occurrences of names tagged elsewhere in the document: the same words, the
   * first capitalised, not glued to a neighbouring capitalised proper noun (which would make them
   * part of a longer name), and, for one-word names, tagged as a proper noun where they stand.
   * The last word of a person's full name ("Hammond" after "Philip Hammond") counts as a name too.
   */
  static void propagate(Draft draft) {
    Map<String, List<Name>> byFirstWord = names(draft);
    if (byFirstWord.isEmpty()) {
      return;
    }
    for (int i = 0; i < draft.size(); i++) {
      if (draft.owner(i) >= 0 || !draft.isCapitalised(i)) {
        continue;
      }
      List<Name> candidates = byFirstWord.get(draft.word(i));
      if (candidates == null) {
        continue;
      }
      for (Name name : candidates) {
        int end = i + name.words.length;
        if (matches(draft, i, name) && isWhole(draft, i, end)) {
          draft.add(draft.mention(i, end, name.type, name.subtype, name.normalized));
          i = end - 1;
          break;
        }
      }
    }
  }

  private static Map<String, List<Name>> names(Draft draft) {
    Map<String, Name> byText = new HashMap<>();
    List<Name> surnames = new ArrayList<>();
    for (Mention m : draft.mentions) {
      if (!Draft.isName(m.type()) || m.type() == EntityType.NATIONALITY) {
        continue; // demonyms are found everywhere by Nationalities, with their own checks
      }
      int first = draft.tokenAt(m.span().start());
      int end = draft.tokenEnd(first, m.span());
      if (end <= first || !draft.isCapitalised(first)) {
        continue;
      }
      String[] words = new String[end - first];
      for (int i = first; i < end; i++) {
        words[i - first] = draft.word(i);
      }
      byText.putIfAbsent(String.join(" ", words), Name.of(words, m));
      if (m.type() == EntityType.PERSON && words.length > 1 && draft.isCapitalised(end - 1)
          && words[words.length - 1].length() > 1) {
        surnames.add(new Name(new String[] {words[words.length - 1]}, EntityType.PERSON, null, null));
      }
    }
    for (Name surname : surnames) {
      byText.putIfAbsent(surname.words[0], surname); // a one-word name tagged as such wins
    }
    Map<String, List<Name>> byFirstWord = new HashMap<>();
    for (Name name : byText.values()) {
      byFirstWord.computeIfAbsent(name.words[0], k -> new ArrayList<>()).add(name);
    }
    for (List<Name> list : byFirstWord.values()) {
      list.sort(Comparator.comparingInt((Name n) -> n.words.length).reversed());
    }
    return byFirstWord;
  }

  private static boolean matches(Draft draft, int first, Name name) {
    int end = first + name.words.length;
    if (end > draft.size() || !draft.free(first, end)) {
      return false;
    }
    for (int k = 1; k < name.words.length; k++) {
      if (!draft.word(first + k).equals(name.words[k]) || !draft.joined(first + k - 1)) {
        return false;
      }
    }
    return name.words.length > 1 || draft.isProperNoun(first) || !draft.isSentenceStart(first);
  }

  private static boolean isWhole(Draft draft, int first, int end) {
    if (end < draft.size() && draft.joined(end - 1) && draft.owner(end) < 0 && draft.isCapitalised(end)
        && draft.isProperNoun(end)) {
      return false;
    }
    return first == 0 || !draft.joined(first - 1) || draft.owner(first - 1) >= 0 || draft.isSentenceStart(first)
        || !(draft.isCapitalised(first - 1) && draft.isProperNoun(first - 1));
  }
}
