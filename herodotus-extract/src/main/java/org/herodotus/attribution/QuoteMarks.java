package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Span;

/**
 * Finds quoted stretches in any quote style: curly (“…”), straight ("…": opening at the start,
 * after white space, a bracket or a dash, closing elsewhere), guillemets («…», »…«), low-high
 * („…“) and doubled typewriter marks (``…'' and ''…''). A stretch left open at the end of a
 * paragraph ends there: a quotation that runs over several paragraphs re-opens at each one, and
 * each paragraph is a stretch of its own. Single quotes are not quote marks (mostly apostrophes).
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /** The quoted stretches of {@code text}, quote marks included, in text order. */
  static List<Span> stretches(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char closer = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        if (open >= 0) {
          add(out, text, open, i);
        }
        open = -1;
        continue;
      }
      int width = doubled(text, i);
      if (open >= 0 && closes(text, i, c, closer, width)) {
        int end = i + Math.max(width, 1);
        add(out, text, open, end);
        open = -1;
        i = end - 1;
        continue;
      }
      char wanted = opener(text, i, c, width);
      if (wanted != 0) {
        open = i;
        closer = wanted;
        i += Math.max(width, 1) - 1;
      }
    }
    if (open >= 0) {
      add(out, text, open, n);
    }
    return out;
  }

  /** 2 when a doubled typewriter mark ({@code ``} or {@code ''}) starts at {@code i}, else 0. */
  private static int doubled(String text, int i) {
    if (i + 1 < text.length()) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if ((c == '`' && d == '`') || (c == '\'' && d == '\'')) {
        return 2;
      }
    }
    return 0;
  }

  /** The closing mark that an opening mark at {@code i} waits for, or 0 when none opens here. */
  private static char opener(String text, int i, char c, int width) {
    boolean afterSpace = i == 0 || openingContext(text.charAt(i - 1));
    return switch (c) {
      case '“' -> '”';
      case '„' -> '“';
      case '«' -> '»';
      case '"' -> afterSpace ? '"' : 0;
      case '`' -> width == 2 ? '\'' : 0;
      case '\'' -> width == 2 && afterSpace ? '\'' : 0;
      default -> 0;
    };
  }

  private static boolean closes(String text, int i, char c, char closer, int width) {
    if (closer == '\'') {
      return c == '\'' && width == 2 || c == '”' || c == '"';
    }
    if (closer == '"' || closer == '”') {
      return c == '”' || (c == '"' && !(i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
          && (i == 0 || openingContext(text.charAt(i - 1))))) || (c == '\'' && width == 2 && closer == '”');
    }
    return c == closer;
  }

  private static boolean openingContext(char before) {
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '{' || before == '—'
        || before == '–' || before == '-' || before == '\u00A0';
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.add(new Span(start, end));
        return;
      }
    }
  }
}
