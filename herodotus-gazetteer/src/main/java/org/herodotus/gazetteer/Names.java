package org.herodotus.gazetteer;

import java.text.Normalizer;
import java.util.Set;

/**
 * The key under which a place name is looked up: lower case, without diacritics, with hyphens,
 * apostrophes and dots folded to spaces and the Arabic article's transliterations (al-, el-, ez-,
 * as-, ad-, ...) folded to one form, so that "Deir al-Zor", "Deir ez-Zor" and "Dayr az Zawr"
 * meet as far as spelling allows.
 */
public final class Names {

  private Names() {}

  /** The lookup key of {@code name}. */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || APOSTROPHES.indexOf(c) >= 0) {
        continue; // ʿayn and hamza marks are letters to Unicode (ʼ, ʿ), apostrophes to a reader
      }
      if (Character.isLetterOrDigit(c)) {
        char lower = Character.toLowerCase(c); // per char: no locale-specific rules
        int folded = UNDECOMPOSED.indexOf(lower);
        out.append(folded < 0 ? String.valueOf(lower) : UNDECOMPOSED_AS[folded]);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    String folded = out.toString().trim();
    return foldArticle(folded);
  }

  private static String foldArticle(String key) {
    if (key.indexOf(' ') < 0) {
      return key;
    }
    String[] words = key.split(" ");
    StringBuilder out = new StringBuilder(key.length());
    for (String word : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(ARTICLE_FORMS.contains(word) ? "al" : word);
    }
    return out.toString();
  }

  /**
   * Marks that transliterations write inside words for the Arabic ʿayn and hamza ("Qal‘ah",
   * "Qal’ah", "Panjwāʼī") or as apostrophes: dropped, so all spellings meet.
   */
  private static final String APOSTROPHES = "\u2019\u2018'`\u02bf\u02be\u02bc\u02bb";

  /** Letters that Unicode does not decompose into a base letter and a mark, and their folding. */
  private static final String UNDECOMPOSED = "ıłøđßæœþ";
  private static final String[] UNDECOMPOSED_AS = {"i", "l", "o", "d", "ss", "ae", "oe", "th"};

  /** Transliterations of the Arabic article, which sun letters assimilate ("ez-Zor", "as-Sham"). */
  private static final Set<String> ARTICLE_FORMS = Set.of(
      "al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "az", "ez", "at", "et", "ash", "esh", "an", "en", "adh", "ath");
}
