package org.herodotus.gazetteer;

import java.util.Set;

/**
 * Which of a place's names go into an index, and which variants are added for them.
 *
 * <ul>
 *   <li>the name and the ASCII name always;
 *   <li>alternate names, optionally only those in Latin script (the default index's choice, to
 *       keep it small), never codes (all-capital names of up to four letters: airport and
 *       abbreviation codes such as "DEZ" or "OSM", which would match ordinary words and acronyms)
 *       and never GeoNames' machine transliterations (names without a capital letter);
 *   <li>for places in Arabic-speaking countries, each name also without its leading article ("Ar
 *       Raqqah" as "Raqqah"), since news writes both. Elsewhere "El Salvador" must not become
 *       "Salvador".
 * </ul>
 */
final class PlaceNames {

  private static final Set<String> ARABIC_SPEAKING = Set.of("AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB",
      "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE");

  private PlaceNames() {}

  /** Adds the entry of {@code row} with its names and returns its handle. */
  static int add(IndexBuilder builder, GeoNamesRow row, boolean latinOnly) {
    GeoName entry = row.entry();
    int handle = builder.add(entry);
    boolean arabic = isArabicSpeaking(entry.countryCode());
    name(builder, handle, entry.name(), arabic);
    name(builder, handle, row.asciiName(), arabic);
    for (String alternate : row.alternateNames()) {
      if (keep(alternate, latinOnly)) {
        name(builder, handle, alternate, arabic);
      }
    }
    return handle;
  }

  /** Whether the country's news names often carry the Arabic article. */
  static boolean isArabicSpeaking(String countryCode) {
    return ARABIC_SPEAKING.contains(countryCode);
  }

  /** Adds {@code name} and, in Arabic-speaking countries, its form without a leading article. */
  static void name(IndexBuilder builder, int handle, String name, boolean arabic) {
    builder.name(handle, name);
    if (arabic) {
      String bare = withoutArticle(name);
      if (bare != null) {
        builder.name(handle, bare);
      }
    }
  }

  /** {@code name} without a leading Arabic article ("Al-Hasakah", "Ar Raqqah"), or null if it has none. */
  static String withoutArticle(String name) {
    if (!Names.key(name).startsWith("al ")) { // Names.key folds every form of the article to "al"
      return null;
    }
    int cut = 0;
    while (cut < name.length() && Character.isLetter(name.charAt(cut))) {
      cut++;
    }
    while (cut < name.length() && !Character.isLetterOrDigit(name.charAt(cut))) {
      cut++;
    }
    String bare = name.substring(cut);
    return bare.length() >= 3 ? bare : null;
  }

  /** Whether an alternate name is kept: see the class comment. */
  static boolean keep(String name, boolean latinOnly) {
    boolean capital = false;
    boolean lower = false;
    boolean latin = true;
    int letters = 0;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
        capital |= Character.isUpperCase(c) || Character.isTitleCase(c);
        lower |= Character.isLowerCase(c);
        latin &= Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      }
    }
    if (letters == 0 || (latinOnly && !latin) || (capital && !lower && letters <= 4)) {
      return false;
    }
    return capital || !latin;
  }
}
