package org.herodotus.annotate;

import org.herodotus.model.Dateline;
import org.herodotus.model.Document;

/**
 * Keeps a dateline out of the lead sentence's parse. In "ERBIL, Kurdistan Region (Kurdistan 24) –
 * Hundreds of fighters have fled" the parser would make ERBIL the root and the real sentence a
 * dependent of it; replacing the dateline's closing dash (or colon) by a full stop, which has the
 * same length, makes the dateline a sentence of its own and keeps every offset.
 */
final class Datelines {

  private Datelines() {}

  /** The text to annotate: {@code doc.text()} with its dateline's closing dash made a full stop. */
  static String endAsSentence(Document doc) {
    Dateline dateline = doc.meta().dateline();
    String text = doc.text();
    if (dateline == null || dateline.span().end() > text.length()) {
      return text;
    }
    for (int i = dateline.span().end() - 1; i >= dateline.span().start(); i--) {
      char c = text.charAt(i);
      if (c == '-' || c == '\u2013' || c == '\u2014' || c == ':') {
        char[] chars = text.toCharArray();
        chars[i] = '.';
        return new String(chars);
      }
      if (!Character.isWhitespace(c)) {
        return text;
      }
    }
    return text;
  }
}
