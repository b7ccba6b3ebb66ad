package org.herodotus.entities;

import java.util.HashMap;
import java.util.Map;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;

/**
 * Acronyms defined in the text: in "Syrian Democratic Forces (SDF)" the acronym in parentheses
 * names what the tagged name before it names, so it takes that name's type, there and at every
 * later occurrence of the same upper-case word (and at earlier ones tagged as proper nouns). The
 * acronym must fit its long form as Schwartz &amp; Hearst (2003) check it: its letters appear in
 * order in the long form, the first at the start of a word. Stateless.
 */
final class Acronyms {

  private Acronyms() {}

  /** Where an acronym was defined and the type it takes. */
  private record Definition(int token, EntityType type) {}

  static void apply(Draft draft) {
    Map<String, Definition> defined = new HashMap<>();
    for (int i = 1; i + 2 < draft.size(); i++) {
      if (!draft.word(i).equals("(") || !draft.word(i + 2).equals(")") || !isAcronym(draft.word(i + 1))) {
        continue;
      }
      int longForm = draft.owner(i - 1);
      if (longForm < 0 || defined.containsKey(draft.word(i + 1))) {
        continue;
      }
      Mention name = draft.mentions.get(longForm);
      if (Draft.isName(name.type()) && name.type() != EntityType.NATIONALITY
          && name.span().end() == draft.tokens.get(i - 1).span().end() && fits(draft.word(i + 1), name.text())) {
        defined.put(draft.word(i + 1), new Definition(i + 1, name.type()));
      }
    }
    if (defined.isEmpty()) {
      return;
    }
    for (int i = 0; i < draft.size(); i++) {
      Definition definition = defined.get(draft.word(i));
      if (definition != null && (i >= definition.token || draft.isProperNoun(i))) {
        label(draft, i, definition.type);
      }
    }
  }

  private static void label(Draft draft, int token, EntityType type) {
    int owner = draft.owner(token);
    if (owner < 0) {
      draft.add(draft.mention(token, token + 1, type, null, null));
      return;
    }
    Mention m = draft.mentions.get(owner);
    if (m.type() != type && m.span().equals(draft.tokens.get(token).span())) {
      draft.replace(owner, new Mention(m.span(), m.text(), type, null, null));
    }
  }

  /** Two to ten letters, digits or "&amp;", starting with a capital, at least two capitals. */
  static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 10 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int capitals = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (!Character.isLetterOrDigit(c) && c != '&' && c != '-' && c != '.') {
        return false;
      }
    }
    return capitals >= 2;
  }

  /**
   * Schwartz &amp; Hearst's test: every letter or digit of {@code acronym} appears in {@code longForm}
   * in order, matched from the right, and the first one starts a word of the long form.
   */
  static boolean fits(String acronym, String longForm) {
    int l = longForm.length() - 1;
    for (int s = acronym.length() - 1; s >= 0; s--) {
      char c = Character.toLowerCase(acronym.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while (l >= 0 && (Character.toLowerCase(longForm.charAt(l)) != c
          || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return false;
      }
      l--;
    }
    return true;
  }
}
