package org.herodotus.read;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Dateline;

/**
 * What the opening lines of an article's text say: a headline, a by-line and a dateline, all
 * optional. Nothing is cut from the text; spans index it as given.
 *
 * <ul>
 *   <li>The first line is the title when a blank line follows it, it is shorter than 200
 *       characters and it does not end with a period (headlines rarely do).
 *   <li>A one-line paragraph starting with {@code By }, first or after the title, is the by-line.
 *   <li>The dateline opens the first paragraph of the body ({@link Datelines}).
 * </ul>
 *
 * @param title the headline, or {@code null}
 * @param authors the names of the by-line, or empty
 * @param dateline the dateline, or {@code null}
 */
record TextLayout(String title, List<String> authors, Dateline dateline) {

  private static final int LONGEST_TITLE = 200;
  private static final int LONGEST_BYLINE = 120;

  /** The layout of {@code text}. */
  static TextLayout of(String text) {
    int start = skipSpace(text, 0);
    if (start == text.length()) {
      return new TextLayout(null, List.of(), null);
    }
    Dateline opening = Datelines.at(text, start);
    if (opening != null) {
      return new TextLayout(null, List.of(), opening);
    }
    int body = start;
    String title = null;
    List<String> authors = bylineAt(text, body);
    int end = lineEnd(text, start);
    if (authors.isEmpty() && isTitle(text, start, end)) {
      title = text.substring(start, end).strip();
      body = skipSpace(text, end);
      authors = bylineAt(text, body);
    }
    if (!authors.isEmpty()) {
      body = skipSpace(text, lineEnd(text, body));
    }
    return new TextLayout(title, authors, body < text.length() ? Datelines.at(text, body) : null);
  }

  /** The names of the one-line by-line paragraph at {@code start}, or empty. */
  private static List<String> bylineAt(String text, int start) {
    int end = lineEnd(text, start);
    return isParagraph(text, end) ? byline(text.substring(start, end).strip()) : List.of();
  }

  private static boolean isTitle(String text, int start, int end) {
    String line = text.substring(start, end).strip();
    return !line.isEmpty() && line.length() < LONGEST_TITLE && !line.endsWith(".")
        && line.chars().anyMatch(Character::isLetter) && isParagraph(text, end)
        && skipSpace(text, end) < text.length();
  }

  /** Whether the line ending at {@code end} ends a paragraph: a blank line follows it. */
  private static boolean isParagraph(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    int next = lineEnd(text, end + 1);
    return next < text.length() && text.substring(end + 1, next).isBlank();
  }

  /** The names of a by-line such as "By Nadia Rahimi and Tom Feller", or empty if it is none. */
  static List<String> byline(String line) {
    if (line.length() >= LONGEST_BYLINE || !(line.startsWith("By ") || line.startsWith("BY "))) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : line.substring(3).split("\\s*(?:,|;|&|\\band\\b|\\bAND\\b)\\s*")) {
      if (name.isBlank()) {
        continue;
      }
      if (!Character.isUpperCase(name.strip().charAt(0)) || name.endsWith(".")) {
        return List.of();
      }
      names.add(name.strip());
    }
    return names;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }
}
