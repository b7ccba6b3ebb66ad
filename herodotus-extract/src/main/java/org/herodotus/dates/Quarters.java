package org.herodotus.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.dates.Tense.Direction;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;

/**
 * Fiscal quarters, as business news reports them. Finds "the third quarter", "third-quarter",
 * "next year's first quarter", "the fourth quarter of 2005", and the phrases that refer back to
 * the quarter under discussion: "the quarter", "the latest quarter", "the year-ago quarter",
 * "year-earlier". Following TimeML practice in earnings reports, "a year ago" and "a year
 * earlier" also mean the same quarter of the year before when a quarter is under discussion.
 */
final class Quarters {

  private static final Pattern ORDINAL = Pattern.compile(
      "(?i)\\b(?:(the|a|this year's|last year's|next year's)\\s+)?"
          + "((?:(?:fiscal|latest|current|same|comparable|flat|strong|weak|year-earlier|year-ago|\\d{4})[\\s-]+)*)"
          + "(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+quarter(?![\\w-])"
          + "(?:\\s+of\\s+(\\d{4}|this year|last year|next year))?");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?i)\\b(?:(?:the|its|their|this)\\s+)?(?:(?:comparable|same)\\s+)?"
          + "(year-earlier|year-ago|latest|most recent|current|\\d{4})?\\s*(quarter|period)(?![\\w-])"
          + "|\\byear-(?:earlier|ago)(?![\\w-])");
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)(?:a|one) year (?:ago|earlier)");

  private Quarters() {}

  /** Quarter expressions with an ordinal, valued against the publication date and tense. */
  static List<TimeExpression> find(Context ctx) {
    List<TimeExpression> found = new ArrayList<>();
    Matcher m = ORDINAL.matcher(ctx.text);
    while (m.find()) {
      int n = Values.ordinal(m.group(3));
      String modifiers = m.group(2).toLowerCase(Locale.ROOT);
      String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String of = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
      String year;
      Matcher explicit = Pattern.compile("(\\d{4})").matcher(modifiers + " " + of);
      if (explicit.find()) {
        year = explicit.group(1);
      } else if (ctx.dct == null) {
        year = "XXXX";
      } else if (det.startsWith("last") || of.equals("last year") || modifiers.contains("year-")) {
        year = String.valueOf(ctx.dct.getYear() - 1);
      } else if (det.startsWith("next") || of.equals("next year")) {
        year = String.valueOf(ctx.dct.getYear() + 1);
      } else {
        int dctQuarter = Values.quarterOf(ctx.dct);
        boolean ahead = n > dctQuarter;
        boolean past = ahead && Tense.of(ctx, new Span(m.start(), m.end())) == Direction.PAST;
        year = String.valueOf(past && !det.startsWith("this") ? ctx.dct.getYear() - 1 : ctx.dct.getYear());
      }
      found.add(Finder.expression(ctx, m.start(), m.end(), TimexType.DATE, year + "-Q" + n, null));
    }
    return found;
  }

  /** Back-references ("the quarter", "the year-ago period"), valued by {@link #resolve}. */
  static List<TimeExpression> findReferences(Context ctx) {
    List<TimeExpression> found = new ArrayList<>();
    Matcher m = BACK_REFERENCE.matcher(ctx.text);
    while (m.find()) {
      String s = m.group().toLowerCase(Locale.ROOT);
      if (s.equals("quarter") || s.equals("period") || s.endsWith("period") && m.group(1) == null) {
        continue;
      }
      if (!s.startsWith("the") && !s.startsWith("year-") && !s.startsWith("its") && !s.startsWith("their")
          && !s.equals("this quarter")) {
        continue;
      }
      int start = m.start();
      if (s.startsWith("its ") || s.startsWith("their ")) {
        start += s.indexOf(' ') + 1;
      }
      found.add(Finder.expression(ctx, start, m.end(), TimexType.DATE, null, null));
    }
    return found;
  }

  /**
   * Values back-references in document order against the quarter last named, and drops those
   * with no quarter before them. "a year ago" becomes the same quarter a year before.
   */
  static List<TimeExpression> resolve(Context ctx, List<TimeExpression> sorted) {
    List<TimeExpression> out = new ArrayList<>(sorted.size());
    int refYear = 0;
    int refQuarter = 0;
    for (TimeExpression t : sorted) {
      String v = t.value();
      String text = t.text().toLowerCase(Locale.ROOT);
      if (v != null && v.matches("\\d{4}-Q[1-4]")) {
        refYear = Integer.parseInt(v.substring(0, 4));
        refQuarter = v.charAt(6) - '0';
        out.add(t);
      } else if (v == null && BACK_REFERENCE.matcher(t.text()).matches()) {
        TimeExpression latest = latest(ctx, t, text);
        if (latest != null) {
          refYear = Integer.parseInt(latest.value().substring(0, 4));
          refQuarter = latest.value().charAt(6) - '0';
          out.add(latest);
          continue;
        }
        if (refQuarter == 0) {
          continue;
        }
        boolean yearBefore = text.contains("year-") || text.matches(".*\\d{4}.*") && !text.contains(String.valueOf(refYear));
        int year = text.matches(".*\\d{4}.*") ? Integer.parseInt(text.replaceAll(".*?(\\d{4}).*", "$1"))
            : yearBefore ? refYear - 1 : refYear;
        out.add(Normalizer.with(t, TimexType.DATE, Values.quarter(year, refQuarter)));
      } else if (refQuarter != 0 && YEAR_BEFORE.matcher(t.text()).matches() && t.type() == TimexType.DATE) {
        out.add(Normalizer.with(t, TimexType.DATE, Values.quarter(refYear - 1, refQuarter)));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** "the latest quarter": the last quarter that ended before publication. */
  private static TimeExpression latest(Context ctx, TimeExpression t, String text) {
    if (ctx.dct == null) {
      return null;
    }
    if (text.matches("(the )?current quarter|this quarter")) {
      return Normalizer.with(t, TimexType.DATE, Values.quarter(ctx.dct.getYear(), Values.quarterOf(ctx.dct)));
    }
    if (!text.matches("(the )?(latest|most recent) quarter")) {
      return null;
    }
    int q = Values.quarterOf(ctx.dct) - 1;
    int year = ctx.dct.getYear();
    if (q == 0) {
      q = 4;
      year--;
    }
    return Normalizer.with(t, TimexType.DATE, Values.quarter(year, q));
  }
}
