package org.herodotus.places;

import java.util.Set;

/**
 * Team sheets and other rosters: lines that are only a list of names ("Almunia, Lauren, Toure,
 * Campbell, Cole, Pires, Flamini, Vieira, Clichy, Van Persie (Bergkamp 68), Henry."), where a
 * player named like a town ("Clichy", "Orlando", "Canale") is no place. A roster line has six or
 * more commas or semicolons and almost only capitalised words outside its brackets; a sentence
 * listing towns has verbs and prepositions between its names.
 */
final class Rosters {

  private static final int LEAST_SEPARATORS = 6;
  /** The least share of capitalised words, outside brackets, of a roster line. */
  private static final double CAPITALISED_SHARE = 0.85;
  /** Lower-case words of names and team sheets: "Lo Cicero", "Van Persie", "G Thomas (capt)". */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "di", "da", "dal", "van", "von", "der",
      "den", "le", "la", "du", "dos", "das", "y", "capt", "and");

  private Rosters() {}

  /**
   * Whether the character at {@code offset} of {@code text} lies in a roster line, outside its
   * brackets: "Clichy" in a team sheet, but not "Toulouse" in "G Thomas (Toulouse)".
   */
  static boolean inRoster(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = text.indexOf('\n', offset);
    String line = text.substring(start, end < 0 ? text.length() : end);
    int at = offset - start;
    int separators = 0;
    int words = 0;
    int capitalised = 0;
    int depth = 0;
    boolean bracketed = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';')) {
        separators++;
      }
      if (i == at) {
        bracketed = depth > 0;
      }
      if (depth == 0 && Character.isLetter(c) && (i == 0 || !Character.isLetter(line.charAt(i - 1)))) {
        int j = i;
        while (j < line.length() && (Character.isLetter(line.charAt(j)) || line.charAt(j) == '\'')) {
          j++;
        }
        String word = line.substring(i, j);
        words++;
        if (Character.isUpperCase(c) || NAME_PARTICLES.contains(word)) {
          capitalised++;
        }
      }
    }
    return !bracketed && separators >= LEAST_SEPARATORS && words > 0 && capitalised >= CAPITALISED_SHARE * words;
  }
}
