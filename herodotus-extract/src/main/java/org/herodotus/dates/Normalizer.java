package org.herodotus.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;

/**
 * Fixes the values a tagger gives to relative and coarse expressions, by TimeML conventions:
 * "two years ago" is the year ({@code 1996}), not the day two years before; "a few years ago" is
 * {@code PAST_REF}; "the 1970s" is the decade {@code 197} (a DATE, not a SET); "the 20th century"
 * is {@code 19}; "these days" is {@code PRESENT_REF}; "early", "mid" and "late" become the mods
 * START, MID and END. Needs the publication date for the first; leaves the value as it was
 * without one.
 */
final class Normalizer {

  private static final Pattern AGO = Pattern.compile(
      "(?i)(?:(about|almost|nearly|some|roughly|around|approximately|more than|less than|over|just|only|barely)\\s+)?"
          + "(\\S+|a few|a couple of)\\s+(years?|months?|weeks?|days?|decades?)\\s+(ago|earlier|before|later|after)");
  private static final Pattern DECADE = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(early|late|mid)[\\s-]+)?(?:(\\d{2})|')?(\\d)0'?s");
  private static final Pattern CENTURY = Pattern.compile("(?i).*?(\\d{1,2})(?:st|nd|rd|th)\\s+century");
  private static final Pattern RANGE_UNIT = Pattern.compile("(?i).*\\b(days|weeks|months|years|quarters)\\b.*");
  private static final Pattern VAGUE = Pattern.compile("(?i).*\\b(few|several|many|some|recent)\\b.*");

  private Normalizer() {}

  /** The expression with its value and type made to follow TimeML. */
  static TimeExpression normalize(Context ctx, TimeExpression t) {
    String text = t.text().toLowerCase(Locale.ROOT).strip();
    TimeExpression fixed = decade(t, text);
    if (fixed == null) {
      fixed = century(ctx, t, text);
    }
    if (fixed == null) {
      fixed = ago(ctx, t, text);
    }
    if (fixed == null) {
      fixed = range(t, text);
    }
    if (fixed == null) {
      fixed = t;
    }
    if (text.equals("these days") || text.equals("nowadays")) {
      fixed = with(fixed, TimexType.DATE, "PRESENT_REF");
    }
    fixed = previousYear(ctx, fixed, text);
    fixed = zone(fixed);
    String value = fixed.value();
    if (value != null && value.endsWith("_REF") && fixed.type() != TimexType.DATE) {
      fixed = with(fixed, TimexType.DATE, value);
    }
    return withMod(fixed, text);
  }

  /** "the previous year", "the past year": the year before publication, where a tagger may give the current one. */
  private static TimeExpression previousYear(Context ctx, TimeExpression t, String text) {
    if (ctx.dct != null && text.matches("(the )?(previous|prior|past|last) year")
        && String.valueOf(ctx.dct.getYear()).equals(t.value())) {
      return with(t, TimexType.DATE, String.valueOf(ctx.dct.getYear() - 1));
    }
    return t;
  }

  /**
   * Clock times: UTC is written {@code Z} ({@code 2009-06-01T12:00Z}); other zone offsets, which
   * TimeML values do not carry, are dropped ({@code T17:00-0500} becomes {@code T17:00}).
   */
  private static TimeExpression zone(TimeExpression t) {
    String v = t.value();
    if (v == null || !v.matches(".*T\\d\\d:\\d\\d[+-]\\d{4}")) {
      return t;
    }
    String local = v.substring(0, v.length() - 5);
    return with(t, t.type(), v.endsWith("+0000") ? local + "Z" : local);
  }

  /** "1970s" as SUTime gives it ({@code 197X}, a SET) is the decade {@code 197}, a DATE. */
  private static TimeExpression decade(TimeExpression t, String text) {
    Matcher m = DECADE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String century = m.group(2) != null ? m.group(2) : "19";
    return with(t, TimexType.DATE, century + m.group(3));
  }

  /** "the 20th century" is {@code 19}; "this century" is the century of the publication date. */
  private static TimeExpression century(Context ctx, TimeExpression t, String text) {
    Matcher m = CENTURY.matcher(text);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      return n >= 1 && n <= 30 ? with(t, TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1)) : null;
    }
    if ((text.equals("this century") || text.equals("the century")) && ctx.dct != null) {
      return with(t, TimexType.DATE, String.format(Locale.ROOT, "%02d", ctx.dct.getYear() / 100));
    }
    if (text.equals("centuries") && "PXY".equals(t.value())) {
      return with(t, TimexType.DURATION, "PXC");
    }
    return null;
  }

  /**
   * "two years ago" is a year, "five months ago" a month, "six weeks ago" a week, "ten days ago"
   * a day, counted from the publication date; "several years ago" is PAST_REF.
   */
  private static TimeExpression ago(Context ctx, TimeExpression t, String text) {
    Matcher m = AGO.matcher(text);
    if (!m.matches() || t.type() == TimexType.DURATION || t.type() == TimexType.SET) {
      return null;
    }
    String direction = m.group(4);
    boolean back = direction.equals("ago") || direction.equals("earlier") || direction.equals("before");
    Integer n = Values.number(m.group(2));
    if (n == null) {
      if (!VAGUE.matcher(m.group(2)).matches() && !m.group(2).startsWith("a ")) {
        return null;
      }
      return direction.equals("ago") ? with(t, TimexType.DATE, "PAST_REF") : null;
    }
    if (ctx.dct == null || !direction.equals("ago") && Values.day(t.value()) == null) {
      return null;
    }
    String unit = Values.unit(m.group(3));
    return with(t, TimexType.DATE, Values.shifted(ctx.dct, unit, back ? -n : n));
  }

  /**
   * A range value ("1998-01-11/1998-01-14") for a vague span: "the next several days" is a
   * duration {@code PXD}; "the past several quarters" is PAST_REF.
   */
  private static TimeExpression range(TimeExpression t, String text) {
    if (t.value() == null || !t.value().contains("/")) {
      return null;
    }
    Matcher unit = RANGE_UNIT.matcher(text);
    if (!unit.matches()) {
      return null;
    }
    if (text.matches(".*\\b(past|last|recent)\\b.*") && VAGUE.matcher(text).matches()) {
      return with(t, TimexType.DATE, "PAST_REF");
    }
    String u = unit.group(1);
    String letter = u.equals("quarters") ? "Q" : u.substring(0, 1).toUpperCase(Locale.ROOT);
    return with(t, TimexType.DURATION, "PX" + letter);
  }

  private static TimeExpression withMod(TimeExpression t, String text) {
    if (t.mod() != null) {
      return t;
    }
    String mod = null;
    if (text.matches("(the\\s+)?(early|beginning of|start of)\\b.*")) {
      mod = "START";
    } else if (text.matches("(the\\s+)?(late|end of)\\b.*")) {
      mod = "END";
    } else if (text.matches("(the\\s+)?(mid|middle of)\\b.*")) {
      mod = "MID";
    } else if (text.matches("(about|around|nearly|almost|roughly|approximately|some)\\s.*")) {
      mod = "APPROX";
    } else if (text.matches("(more than|over)\\s.*")) {
      mod = "MORE_THAN";
    } else if (text.matches("(less than|under)\\s.*")) {
      mod = "LESS_THAN";
    }
    return mod == null ? t : new TimeExpression(t.span(), t.text(), t.type(), t.value(), mod);
  }

  static TimeExpression with(TimeExpression t, TimexType type, String value) {
    return new TimeExpression(t.span(), t.text(), type, value, t.mod());
  }
}
