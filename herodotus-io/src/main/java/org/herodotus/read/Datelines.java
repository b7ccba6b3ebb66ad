package org.herodotus.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Dateline;
import org.herodotus.model.Span;

/**
 * Finds the dateline that opens a wire story: a place, then optionally a date and an outlet in
 * parentheses, then a dash or a colon.
 *
 * <pre>
 * ERBIL, Kurdistan Region (Kurdistan 24) –      place "ERBIL, Kurdistan Region", outlet "Kurdistan 24"
 * MOGADISHU, Somalia, March 3 (AP) —            place "MOGADISHU, Somalia", outlet "AP"
 * WASHINGTON —    BEIRUT:    Kabul, Afghanistan —
 * </pre>
 *
 * <p>The place starts with an upper-case word of two letters or more ({@code GENEVA}). A place
 * in capitalised words ({@code Kabul}) counts only with a region or an outlet after it and a dash,
 * and never when it starts with a word that opens ordinary sentences ({@code The}, {@code In},
 * {@code Officials}): "The UN said - ..." is no dateline.
 */
final class Datelines {

  private static final String SP = "[ \\u00A0]";
  private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*";
  private static final String CAPITAL_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
  /** Lower-case words inside place names: Bosnia and Herzegovina, Deir al-Zor, Frankfurt am Main. */
  private static final String LINK = "(?:al|el|de|del|da|do|dos|di|du|la|le|les|of|and|on|am|an|upon|sur|bin|ibn)";
  private static final String NAME = CAPITAL_WORD + "(?:" + SP + "(?:" + LINK + SP + ")?" + CAPITAL_WORD + "){0,3}";
  private static final String UPPER_NAME = UPPER_WORD + "(?:" + SP + UPPER_WORD + "){0,4}";
  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String DATE = "(?:" + MONTH + SP + "\\d{1,2}(?:," + SP + "\\d{4})?"
      + "|\\d{1,2}" + SP + MONTH + "(?:" + SP + "\\d{4})?)";
  private static final Pattern DATELINE = Pattern.compile(
      "(?<place>(?<head>" + UPPER_NAME + "|" + NAME + ")(?:," + SP + "(?!" + DATE + ")" + NAME + "){0,2})"
          + "(?:," + SP + DATE + ")?"
          + "(?:" + SP + "?\\((?<outlet>[^()\\n]{1,40})\\))?"
          + "(?<separator>" + SP + "?:|" + SP + "*(?:--|[-‐‑–—―]))"
          + "(?=\\s+\\S)");
  /** Upper-case labels that open headlines and paragraphs, not places. */
  private static final Set<String> NOT_PLACES_UPPER = Set.of(
      "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "LIVE", "OPINION", "EDITORIAL",
      "CORRECTION", "FACTBOX", "EXPLAINER", "WARNING", "NOTE", "PHOTOS", "VIDEO", "READ", "SEE", "ALSO");
  /** Capitalised words that open ordinary sentences. */
  private static final Set<String> NOT_PLACES = Set.of(
      "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "With", "As", "After", "Before",
      "But", "And", "Or", "So", "If", "When", "While", "It", "He", "She", "They", "We", "I", "You", "His",
      "Her", "Their", "Our", "This", "That", "These", "Those", "There", "Here", "Meanwhile", "However",
      "Yesterday", "Today", "Officials", "Police", "According", "Mr", "Mrs", "Ms", "Dr", "President");
  private static final int LONGEST = 200;

  private Datelines() {}

  /** The dateline that starts exactly at {@code start} in {@code text}, or {@code null}. */
  static Dateline at(String text, int start) {
    Matcher m = DATELINE.matcher(text)
        .region(start, Math.min(text.length(), start + LONGEST))
        .useTransparentBounds(true);
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place");
    String head = m.group("head");
    String firstWord = head.split("[ \\u00A0,]", 2)[0];
    String outlet = m.group("outlet") == null ? null : m.group("outlet").strip();
    boolean upper = head.equals(head.toUpperCase(Locale.ROOT)) && letters(firstWord) >= 2;
    if (upper ? NOT_PLACES_UPPER.contains(firstWord) : !plausibleCapitalised(place, firstWord, outlet, m)) {
      return null;
    }
    return new Dateline(new Span(m.start(), m.end("separator")), place, outlet == null || outlet.isEmpty() ? null : outlet);
  }

  private static boolean plausibleCapitalised(String place, String firstWord, String outlet, Matcher m) {
    boolean dash = !m.group("separator").strip().equals(":");
    return dash && (outlet != null || place.contains(",")) && !NOT_PLACES.contains(firstWord.replace(".", ""));
  }

  private static int letters(String word) {
    return (int) word.chars().filter(Character::isLetter).count();
  }
}
