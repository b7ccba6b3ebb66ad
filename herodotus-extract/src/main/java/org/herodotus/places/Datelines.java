package org.herodotus.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.herodotus.model.Dateline;

/**
 * Datelines that open a later sentence rather than the text, as when a title comes first: "Clinton
 * couple faces drug counts. CLINTON — A town couple ...", "BYESVILLE -- Firefighters ...",
 * "FAIRFIELD, Conn. -- ...". A dateline is one to three words in capitals opening a sentence,
 * perhaps a comma and one or two capitalised words (the state or country), then a dash between
 * spaces; the words in capitals must be a name the gazetteer has as a town, county or area under
 * that very name, and not a common or calendar word ("UPDATE —"). The metadata's own dateline is
 * left to {@link Recognition}. Not thread-safe; one per document.
 */
final class Datelines {

  private static final int LONGEST = 3;
  /** The dash closing a dateline, spaces around it: em or en dash, two hyphens, or one. */
  private static final Pattern DASH = Pattern.compile("\\s+(?:—|–|--|-)\\s");

  private Datelines() {}

  /** The token ranges {@code {first, end}} of the datelines' names: the town, then the state if given. */
  static List<int[]> find(Tokens tokens, Lookup lookup) {
    List<int[]> found = new ArrayList<>();
    Dateline meta = tokens.doc.meta().dateline();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.sentenceStart(i) || (meta != null && meta.span().contains(tokens.span(i, i + 1)))) {
        continue;
      }
      int end = i;
      while (end < tokens.size() && end - i < LONGEST && inCapitals(tokens.word(end))) {
        end++;
      }
      if (end == i || !plausible(tokens, i, end)) {
        continue;
      }
      if (closedByDash(tokens, end) && lookup.known(tokens.text(i, end), 1, false)) {
        found.add(new int[] {i, end});
        continue;
      }
      if (end < tokens.size() && tokens.word(end).equals(",")) {
        for (int stateEnd = end + 2; stateEnd <= Math.min(end + 3, tokens.size()); stateEnd++) {
          if (tokens.capitalised(stateEnd - 1) && closedByDash(tokens, stateEnd)
              && lookup.known(tokens.text(i, end), 1, false)) {
            found.add(new int[] {i, end});
            found.add(new int[] {end + 1, stateEnd});
            break;
          }
        }
      }
    }
    return found;
  }

  /** A word of letters in capitals, at least two of them ("NEW", "CO.", "O'FALLON"). */
  static boolean inCapitals(String word) {
    int letters = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '\'' && c != '’' && c != '-') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static boolean plausible(Tokens tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      String bare = Words.bare(tokens.word(i));
      if (Words.COMMON.contains(bare) || Words.CALENDAR.contains(bare) || Words.TITLES.contains(bare)) {
        return false;
      }
    }
    return !Untagged.isFunctionWord(tokens.word(first));
  }

  /** Whether a dash between spaces follows token {@code end - 1}. */
  private static boolean closedByDash(Tokens tokens, int end) {
    int from = tokens.span(end - 1, end).end();
    String text = tokens.doc.text();
    var m = DASH.matcher(text).region(from, Math.min(text.length(), from + 8));
    return m.lookingAt();
  }
}
