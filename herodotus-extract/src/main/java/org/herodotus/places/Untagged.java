package org.herodotus.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.gazetteer.Names;

/**
 * Capitalised runs of proper nouns that no entity covers, matched against the gazetteer, with
 * guards: not calendar words, common words or words of a person's name, not after a title, not a
 * nationality; sentence-initial single words only when they name a large place; towns only of
 * {@value #MIN_UNTAGGED} people or more unless a designator or an "X, Y" container qualifies them.
 * Not thread-safe; one per document.
 */
final class Untagged {

  /** Least population of a town matched without a tagger's word, a designator or a container. */
  static final long MIN_UNTAGGED = 15_000;
  private static final int LONGEST = 4;

  private final Tokens tokens;
  private final Lookup lookup;
  private final Set<String> personWords;
  private final List<int[]> found = new ArrayList<>();

  private Untagged(Tokens tokens, Lookup lookup, Set<String> personWords) {
    this.tokens = tokens;
    this.lookup = lookup;
    this.personWords = personWords;
  }

  /** The token ranges {@code {first, end}} of the place names no entity covers. */
  static List<int[]> find(Tokens tokens, Lookup lookup, Set<String> personWords) {
    Untagged u = new Untagged(tokens, lookup, personWords);
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.covered(i) || !tokens.capitalised(i)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && !tokens.covered(end) && !tokens.sentenceStart(end) && (tokens.capitalised(end)
          || (Words.PARTICLES.contains(tokens.word(end)) && end + 1 < tokens.size() && !tokens.covered(end + 1)
              && tokens.capitalised(end + 1)))) {
        end++;
      }
      for (int joined = u.ezafe(end); joined > end; joined = u.ezafe(end)) {
        end = joined; // "Pul-e ‘Alam", "Nawah-ye Barakzai": one Persian name, not "Pul"
      }
      u.matchRun(i, end);
      i = end;
    }
    return u.found;
  }

  /**
   * The end of a Persian ezafe that continues a name ending before token {@code end}: a hyphen,
   * "e", "i", "ye" or "yi", perhaps a quotation mark the tokenizer split from an ʿayn, and a
   * capitalised word ("Pul" "-" "e" "‘" "Alam"); {@code end} itself when none follows.
   */
  int ezafe(int end) {
    int k;
    if (end + 2 < tokens.size() && tokens.word(end).equals("-") && Words.EZAFE.contains(tokens.word(end + 1))) {
      k = end + 2;
    } else if (end > 0 && tokens.word(end - 1).matches(".+-(e|i|ye|yi)")) {
      k = end; // the tokenizer kept "Pul-e" whole
    } else {
      return end;
    }
    if (k < tokens.size() && joinsEzafe(tokens.word(k)) && !tokens.word(k).equals("-")) {
      k++;
    }
    return k < tokens.size() && !tokens.covered(k) && tokens.capitalised(k) ? k + 1 : end;
  }

  /** The words of tokens {@code [start, end)}, not counting what joins a Persian name ("Pul-e ‘Alam" is two). */
  private int words(int start, int end) {
    int words = 0;
    for (int i = start; i < end; i++) {
      words += i > start && joinsEzafe(tokens.word(i)) ? 0 : 1;
    }
    return words;
  }

  /** Whether {@code word} is a hyphen, an ezafe or a quotation mark joining a Persian name ({@link #ezafe}). */
  private static boolean joinsEzafe(String word) {
    return word.equals("-") || Words.EZAFE.contains(word) || word.length() == 1 && "\u2018\u2019'`".contains(word);
  }

  /**
   * Matches a run of capitalised words: as a whole, or as a whole but for a designator at its end
   * ("Idlib Governorate") or function words and titles at its start ("The", "But"). A run that is
   * only partly a place name ("Jordan Peterson", "Aleppo Media Centre") is left alone.
   */
  private void matchRun(int start, int end) {
    if (end - start == 1 && start >= 2 && tokens.word(start - 1).equals(",") && tokens.capitalised(start - 2)) {
      // "Springfield, Ill.", the full stop a token of its own or not
      String word = tokens.word(start);
      boolean split = !word.endsWith(".") && end < tokens.size() && tokens.word(end).equals(".")
          && tokens.span(end, end + 1).start() == tokens.span(start, end).end();
      if (Words.STATES.containsKey(split ? word + "." : word)) {
        found.add(new int[] {start, split ? end + 1 : end});
        return;
      }
    }
    while (start < end && isFunctionWord(tokens.word(start))) {
      if (Words.TITLES.contains(Words.bare(tokens.word(start)))) {
        return;
      }
      start++;
    }
    while (end - start > 1 && Words.CALENDAR.contains(Words.bare(tokens.word(end - 1)))) {
      end--; // "in Clinton April 4": the date after the name
    }
    if (start >= end) {
      return;
    }
    if (words(start, end) > LONGEST + 1) {
      county(start, end); // "the Edgar County Special Service Area Ambulance"
      return;
    }
    if (end - start == 1 && initialsOfAState(start)) {
      found.add(new int[] {start, splitStop(start) ? end + 1 : end});
      return;
    }
    boolean designated = end - start >= 2 && Tokens.designator(tokens.word(end - 1)) != Hint.NONE;
    if (accept(start, end) || (designated && accept(start, end - 1))) {
      found.add(new int[] {start, end});
    } else if (!county(start, end) && !street(start, end)) {
      head(start, end);
    }
  }

  /**
   * A street the text speaks of as a place: "on Frenchmen Street", "the corner of Frenchmen
   * Street", "Middletown's New Road", "Harare's Third Street" (the ordinal a tagger's). Two to four words ending in a street's word,
   * after "on", "along", "at", a possessive and the like; resolution puts it in its town.
   */
  private boolean street(int start, int end) {
    if (!Words.STREETS.contains(Words.bare(tokens.word(end - 1)))) {
      return false;
    }
    if (end - start == 1 && start > 0 && Words.ORDINALS.contains(Words.bare(tokens.word(start - 1))) && tokens.capitalised(start - 1)) {
      start--; // "Third" tagged ORDINAL
    }
    if (end - start < 2 || end - start > LONGEST || start == 0) {
      return false;
    }
    String before = Words.bare(tokens.word(start - 1).replace('\u2019', '\''));
    boolean corner = before.equals("of") && start >= 2 && Words.CORNERS.contains(Words.bare(tokens.word(start - 2)));
    if (!Words.ON_STREET.contains(before) && !before.equals("the") && !corner) {
      return false;
    }
    if (before.equals("the") && (start < 2 || !Words.ON_STREET.contains(Words.bare(tokens.word(start - 2))))) {
      return false; // "on the Old Kent Road", not "the Main Street program"
    }
    found.add(new int[] {start, end});
    return true;
  }

  /**
   * A large town, a country or a division opening a longer run before an institution's or event's
   * word ("Venice International Film Festival", "Toronto Police Service"), or any town or county
   * before a title ("Readington Superintendent", "DuPage Sheriff John Zaruba"). "Jordan Peterson"
   * is left alone, as the word after the place must be such a word.
   */
  private void head(int start, int end) {
    for (int k = Math.min(end - 1, start + LONGEST - 1); k > start; k--) {
      String next = Words.bare(tokens.word(k));
      boolean institution = Words.INSTITUTIONS.contains(next) || Words.EVENTS.contains(next);
      boolean title = Words.TITLES.contains(next) && !Words.PLACE_TITLES.contains(next);
      if (!institution && !title) {
        continue;
      }
      String name = tokens.text(start, k);
      if (accept(start, k) || tokens.sentenceStart(start) && k - start == 1 && plainWord(start)) {
        boolean known = institution && lookup.known(name, Lookup.LARGE_CITY, true)
            || title && (lookup.known(name, 0, false) || lookup.countyWithoutItsWord(name)); // ZIP-code towns too: the title says it is one
        if (known) {
          found.add(new int[] {start, k}); // "Readington Superintendent ...", "DuPage Sheriff John Zaruba"
          return;
        }
      }
    }
  }

  /** Whether token {@code i} is a proper noun of the tagger, no calendar, common or person's word. */
  private boolean plainWord(int i) {
    String bare = Words.bare(tokens.word(i));
    return tokens.tag(i).startsWith("NNP") && !Words.CALENDAR.contains(bare) && !Words.COMMON.contains(bare)
        && !personWords.contains(tokens.word(i)) && !tokens.lowerCaseElsewhere(tokens.word(i))
        && lookup.gazetteer.countryOfDemonym(tokens.word(i)).isEmpty();
  }

  /**
   * A county named inside a longer run: "Licking County Prosecutor Ken Oswalt", "the Walker County
   * Fair Association", "Leadership Henry County class". The word "County" or "Parish" and a county
   * of that full name in the gazetteer leave no doubt; the longest such name is taken.
   */
  private boolean county(int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (Tokens.designator(tokens.word(k)) != Hint.COUNTY) {
        continue;
      }
      for (int j = Math.max(start, k - LONGEST + 1); j < k; j++) {
        String name = tokens.text(j, k + 1);
        if (!personWords.contains(tokens.word(j))
            && lookup.candidates(name).stream().anyMatch(g -> g.isAdmin2() && Lookup.primary(g, Names.key(name)))) {
          found.add(new int[] {j, k + 1});
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} is a state's or province's abbreviation in initials standing alone ("In
   * B.C., snow is expected", "the N.Y. law"): not after a number ("500 B.C.") nor before a
   * capitalised word (a person's initials, "B.C. Sims").
   */
  private boolean initialsOfAState(int i) {
    boolean split = splitStop(i);
    String word = split ? tokens.word(i) + "." : tokens.word(i);
    return word.matches("(\\p{Lu}\\.){2,}") && Words.STATES.containsKey(word) && !tokens.capitalised(i + (split ? 2 : 1))
        && (i == 0 || tokens.word(i - 1).isEmpty() || !Character.isDigit(tokens.word(i - 1).charAt(0)));
  }

  /** Whether token {@code i}, not ending in a full stop, is followed right away by one of its own ("N.Y" "."). */
  private boolean splitStop(int i) {
    return !tokens.word(i).endsWith(".") && i + 1 < tokens.size() && tokens.word(i + 1).equals(".")
        && tokens.span(i + 1, i + 2).start() == tokens.span(i, i + 1).end();
  }

  static boolean isFunctionWord(String word) {
    String bare = Words.bare(word);
    return Words.CALENDAR.contains(bare) || Words.TITLES.contains(bare) || Words.FUNCTION.contains(bare);
  }

  /** Whether tokens {@code [start, end)} are a place name to take. */
  private boolean accept(int start, int end) {
    if (words(start, end) > LONGEST || tokens.titled(start)) {
      return false;
    }
    boolean allCommon = true;
    boolean mistagged = false;
    for (int i = start; i < end; i++) {
      String word = tokens.word(i);
      if (i > start && (Words.PARTICLES.contains(word) || joinsEzafe(word))) {
        continue;
      }
      String bare = Words.bare(word);
      if (!tokens.tag(i).startsWith("NNP")) {
        if (!capitalisedAfterIn(start, end, i)) {
          return false;
        }
        mistagged = true;
      }
      if (Words.CALENDAR.contains(bare) || personWords.contains(word)) {
        return false;
      }
      allCommon &= Words.COMMON.contains(bare);
    }
    if ((allCommon && !inContainer(end)) || (end - start == 1 && tokens.lowerCaseElsewhere(tokens.word(start)))) {
      return false;
    }
    String name = tokens.text(start, end);
    if (lookup.gazetteer.countryOfDemonym(name).isPresent() || roadOrYear(start, end) || afterHyphenedName(start)) {
      return false;
    }
    Hint hint = tokens.hintAround(start, end);
    long least = tokens.sentenceStart(start) && end - start == 1 ? Lookup.LARGE_CITY
        : hint == Hint.DISTRICT || hint == Hint.COUNTY ? 0 // "in Musa Qal'ah district": a seat of unknown size
        : hint != Hint.NONE || inContainer(end) ? 1_000 : MIN_UNTAGGED;
    return lookup.known(name, least, !mistagged);
  }

  /**
   * Whether token {@code i} of the run {@code [start, end)}, which the tagger took for an adjective
   * or a common noun ("Red Deer" as JJ NNS, "Kef" as NN), is still a word of a name: capitalised
   * inside a sentence, after "in", "at", "near" and the like or after a designator ("the region of
   * Kef"), and never written in lower case elsewhere in the article. Such a run is a place only
   * under its own name ({@link #accept}).
   */
  private boolean capitalisedAfterIn(int start, int end, int i) {
    boolean placed = start > 0 && Words.IN.contains(tokens.word(start - 1).toLowerCase(Locale.ROOT))
        || tokens.hintAround(start, end) != Hint.NONE;
    return placed && !tokens.sentenceStart(start) && tokens.capitalised(i) && !tokens.lowerCaseElsewhere(tokens.word(i));
  }

  /**
   * Whether token {@code i} is the second half of a hyphenated name: "Taylor" of "Sowden-Taylor",
   * "Chi" of "Shang-Chi". Not after an acronym ("WGBH-Boston", "EU-Canada") or a lower-case word
   * ("then-New Jersey").
   */
  private boolean afterHyphenedName(int i) {
    if (i < 2 || !tokens.word(i - 1).equals("-") || tokens.span(i - 1, i).end() != tokens.span(i, i + 1).start()
        || tokens.span(i - 2, i - 1).end() != tokens.span(i - 1, i).start()) {
      return false;
    }
    String before = tokens.word(i - 2);
    return tokens.capitalised(i - 2) && !before.equals(before.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether tokens {@code [start, end)} are a state's abbreviation numbering a road or ending a
   * year: "KY 90", "NH-75", "206 BC".
   */
  private boolean roadOrYear(int start, int end) {
    if (end - start != 1 || !Words.AREA_ABBREVIATIONS.containsKey(tokens.word(start))) {
      return false;
    }
    int next = end < tokens.size() && tokens.word(end).equals("-") ? end + 1 : end;
    return next < tokens.size() && startsWithDigit(tokens.word(next)) || start > 0 && startsWithDigit(tokens.word(start - 1));
  }

  private static boolean startsWithDigit(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }

  /** Whether ", Y" follows, Y being a capitalised name the gazetteer knows as an area ("Albany, New York"). */
  private boolean inContainer(int end) {
    if (end + 1 >= tokens.size() || !tokens.word(end).equals(",") || !tokens.capitalised(end + 1)) {
      return false;
    }
    for (int len = Math.min(LONGEST, tokens.size() - end - 1); len >= 1; len--) {
      if (lookup.candidates(tokens.text(end + 1, end + 1 + len)).stream().anyMatch(Lookup::isArea)) {
        return true;
      }
    }
    return false;
  }
}
