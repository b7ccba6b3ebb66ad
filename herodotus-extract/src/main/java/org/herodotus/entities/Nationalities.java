package org.herodotus.entities;

import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;

/**
 * Nationality, ethnic and religious group mentions ("Syrian", "Kurds", "Shi'ite"): typed
 * {@link EntityType#NATIONALITY}, with the country's ISO 3166-1 alpha-3 code as {@code normalized}
 * when there is one and the group's kind (NATIONAL, ETHNIC, RELIGION, REGION) as {@code subtype}.
 * A demonym inside a longer name ("Syrian Democratic Forces") is left to that name. Immutable.
 */
final class Nationalities {

  /** Look-ups over at most this many tokens ("Papua", "New", "Guinean"; "Bissau", "-", "Guinean"). */
  private static final int MAX_TOKENS = 4;

  private final Demonyms demonyms;

  Nationalities(Demonyms demonyms) {
    this.demonyms = demonyms;
  }

  /**
   * {@code mention} as a NATIONALITY when its whole text is a demonym the tagger called MISC (or,
   * rarely, an organization or location), else unchanged. Persons are left alone ("Welsh" is
   * also a surname).
   */
  Mention retype(Mention mention) {
    if (mention.type() == EntityType.PERSON || !Draft.isName(mention.type())) {
      return mention;
    }
    Demonyms.Group group = demonyms.find(mention.text());
    return group == null ? mention
        : new Mention(mention.span(), mention.text(), EntityType.NATIONALITY, group.kind(), group.code());
  }

  /**
   * Adds the capitalised demonyms the tagger left untagged, where they are adjectives or nouns
   * (Penn NN* or JJ*) on their own: not glued to a hyphen ("Kurdish-led", "pro-Syrian") and not
   * followed by a proper noun that is no demonym, which makes them part of a longer name ("Iraqi
   * Kurdistan", "Syrian Observatory") or of a title ("Iraqi Prime Minister").
   */
  void addUntagged(Draft draft) {
    for (int i = 0; i < draft.size(); i++) {
      if (draft.owner(i) >= 0 || !draft.isCapitalised(i)) {
        continue;
      }
      int end = longestMatch(draft, i);
      if (end < 0 || !isStandalone(draft, i, end)) {
        continue;
      }
      Demonyms.Group group = demonyms.find(span(draft, i, end));
      draft.add(draft.mention(i, end, EntityType.NATIONALITY, group.kind(), group.code()));
      i = end - 1;
    }
  }

  private int longestMatch(Draft draft, int first) {
    int found = -1;
    for (int end = first + 1; end <= Math.min(draft.size(), first + MAX_TOKENS); end++) {
      if (draft.owner(end - 1) >= 0 || (end - 1 > first && !draft.joined(end - 2))) {
        break;
      }
      String text = span(draft, first, end);
      if (text.length() > demonyms.longest()) {
        break;
      }
      if (demonyms.find(text) != null) {
        found = end;
      }
    }
    return found;
  }

  private boolean isStandalone(Draft draft, int first, int end) {
    String tag = draft.tag(end - 1);
    if (!(tag.startsWith("NN") || tag.startsWith("JJ"))) {
      return false;
    }
    if (first > 0 && draft.touching(first - 1) && draft.word(first - 1).equals("-")) {
      return false;
    }
    if (end < draft.size() && draft.touching(end - 1) && draft.word(end).equals("-")) {
      return false;
    }
    if (end < draft.size() && draft.joined(end - 1) && draft.isCapitalised(end) && draft.isProperNoun(end)
        && demonyms.find(draft.word(end)) == null) {
      return false;
    }
    return true;
  }

  private static String span(Draft draft, int first, int end) {
    return draft.doc.text().substring(draft.tokens.get(first).span().start(), draft.tokens.get(end - 1).span().end());
  }
}
