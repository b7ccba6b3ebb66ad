package org.herodotus.places;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Span;

/**
 * Towns named as the modifier of a noun for people or local bodies, as local news writes them:
 * "Roselle police", "DeKalb man arrested", "Clinton couple faces drug counts", "in their Grovetown
 * home". One to three capitalised words, untagged or tagged as a person's name on their own,
 * right before one of {@link Words#MODIFIED}, that the gazetteer has under that very name as a town of
 * {@value #MIN_POPULATION} people or more, a county or an area. Guards against people's names:
 * not after a title, not part of a longer name tagged as a person's ("Bill Clinton") anywhere in
 * the article, not a word that also stands in lower case, not a nationality, not a common word.
 * Not thread-safe; one per document.
 */
final class NounModifiers {

  static final long MIN_POPULATION = 1_000;
  private static final int LONGEST = 3;

  private NounModifiers() {}

  /** The token ranges {@code {first, end}} of the towns named so. */
  static List<int[]> find(Tokens tokens, Lookup lookup) {
    List<int[]> found = new ArrayList<>();
    for (int end = 1; end < tokens.size(); end++) {
      if (!Words.MODIFIED.contains(tokens.word(end)) || !tokens.capitalised(end - 1)) {
        continue;
      }
      for (int first = end - 1; first >= Math.max(0, end - LONGEST); first--) {
        if (startsName(tokens, first) && accept(tokens, lookup, first, end)) {
          found.add(new int[] {first, end});
          break;
        }
        if (first == 0 || !tokens.capitalised(first - 1) || tokens.sentenceStart(first)) {
          break;
        }
      }
    }
    return found;
  }

  /** Whether a name can start at token {@code first}: not right after another capitalised word of the sentence. */
  private static boolean startsName(Tokens tokens, int first) {
    return first == 0 || tokens.sentenceStart(first) || !tokens.capitalised(first - 1)
        || Untagged.isFunctionWord(tokens.word(first - 1));
  }

  private static boolean accept(Tokens tokens, Lookup lookup, int first, int end) {
    Span span = tokens.span(first, end);
    String name = tokens.text(first, end);
    boolean allCommon = true;
    for (int i = first; i < end; i++) {
      String bare = Words.bare(tokens.word(i));
      if (!tokens.capitalised(i) || Untagged.isFunctionWord(tokens.word(i))) {
        return false;
      }
      allCommon &= Words.COMMON.contains(bare);
    }
    if (allCommon || tokens.titled(first) || (end - first == 1 && tokens.lowerCaseElsewhere(tokens.word(first)))
        || !untaggedOrAPersonAlone(tokens, first, end, span) || lookup.gazetteer.countryOfDemonym(name).isPresent()) {
      return false;
    }
    for (Mention m : tokens.doc.entities()) {
      if (m.type() == EntityType.PERSON && m.span().length() > span.length() && m.text().contains(name)) {
        return false; // "Clinton" of "Bill Clinton"
      }
    }
    return lookup.known(name, MIN_POPULATION, false) || lookup.countyWithoutItsWord(name);
  }

  /** Whether no entity covers the tokens, or just one person's or other name that is exactly them ("Independence teenager"). */
  private static boolean untaggedOrAPersonAlone(Tokens tokens, int first, int end, Span span) {
    boolean covered = false;
    for (int i = first; i < end; i++) {
      covered |= tokens.covered(i);
    }
    return !covered || tokens.doc.entities().stream()
        .anyMatch(m -> (m.type() == EntityType.PERSON || m.type() == EntityType.MISC) && m.span().equals(span));
  }
}
