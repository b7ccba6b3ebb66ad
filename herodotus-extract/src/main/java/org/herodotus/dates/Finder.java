package org.herodotus.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;

/**
 * Finds expressions a tagger misses because the tokenizer glues them into one word or because
 * its grammar lacks them: "mid-2014", "late-November", "the '80s", "the 70s and 80s", "these
 * days". Values are raw here; {@link Anchoring} and {@link Normalizer} finish them.
 */
final class Finder {

  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
      + "november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.";
  private static final Pattern HYPHENATED = Pattern.compile(
      "(?i)\\b(mid|early|late)-(\\d{4}s?|" + MONTHS + ")(?![\\w-])");
  private static final Pattern SHORT_DECADE = Pattern.compile(
      "(?i)(?:\\bthe\\s+(?:(?:early|late|mid)[\\s-]+)?'?|(?<![\\w'])'|(?<=0s (?:and|or|to) ))([1-9])0s\\b");
  private static final Pattern PRESENT = Pattern.compile("(?i)\\b(these days|nowadays)\\b");
  private static final Pattern SPELLED_DECADE = Pattern.compile(
      "(?i)\\bthe\\s+(?:(early|late|mid)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b");
  private static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal\\s+(\\d{4})\\b");
  private static final Pattern YEAR_END = Pattern.compile("(?i)(?<![\\w-])year-end(?![\\w-])");
  private static final List<String> DECADE_WORDS = List.of(
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

  private Finder() {}

  /** Expressions in the text that the tagger missed; they may overlap the tagger's. */
  static List<TimeExpression> find(Context ctx) {
    List<TimeExpression> found = new ArrayList<>();
    Matcher m = HYPHENATED.matcher(ctx.text);
    while (m.find()) {
      String mod = switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "mid" -> "MID";
        case "early" -> "START";
        default -> "END";
      };
      String what = m.group(2).toLowerCase(Locale.ROOT);
      String value;
      if (what.matches("\\d{3}0s")) {
        value = what.substring(0, 3);
      } else if (what.matches("\\d{4}")) {
        value = what;
      } else if (what.matches("\\d{4}s")) {
        continue;
      } else {
        int month = Values.month(what);
        value = ctx.dct == null ? String.format(Locale.ROOT, "XXXX-%02d", month)
            : String.format(Locale.ROOT, "%d-%02d", ctx.dct.getYear(), month);
      }
      found.add(expression(ctx, m.start(), m.end(), TimexType.DATE, value, mod));
    }
    m = SHORT_DECADE.matcher(ctx.text);
    while (m.find()) {
      found.add(expression(ctx, m.start(), m.end(), TimexType.DATE, "19" + m.group(1), null));
    }
    m = SPELLED_DECADE.matcher(ctx.text);
    while (m.find()) {
      int decade = DECADE_WORDS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 2;
      found.add(expression(ctx, m.start(), m.end(), TimexType.DATE, "19" + decade, null));
    }
    m = FISCAL.matcher(ctx.text);
    while (m.find()) {
      found.add(expression(ctx, m.start(), m.end(), TimexType.DATE, m.group(1), null));
    }
    m = YEAR_END.matcher(ctx.text);
    while (m.find() && ctx.dct != null) {
      int year = ctx.before(m.start(), 7).endsWith("since ") ? ctx.dct.getYear() - 1 : ctx.dct.getYear();
      found.add(expression(ctx, m.start(), m.end(), TimexType.DATE, year + "-12-31", null));
    }
    m = PRESENT.matcher(ctx.text);
    while (m.find()) {
      found.add(expression(ctx, m.start(), m.end(), TimexType.DATE, "PRESENT_REF", null));
    }
    return found;
  }

  static TimeExpression expression(Context ctx, int start, int end, TimexType type, String value, String mod) {
    Span span = new Span(start, end);
    return new TimeExpression(span, span.of(ctx.text), type, value, mod);
  }
}
