package org.herodotus.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;
import org.herodotus.dates.Tense.Direction;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;

/**
 * Places expressions that name a day, month or weekend without a year ("Friday", "in March",
 * "Aug. 6", "over the weekend") before or after the publication date by the tense of their
 * sentence. News reports the past: without a future cue, "Friday" is the most recent Friday on or
 * before the publication date, where a tagger often picks the next one.
 */
final class Anchoring {

  /** Words that make the expression relative to something else than the bare calendar. */
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i).*\\b(last|next|this|previous|following|coming|every|each|past|that|same|earlier|later)\\b.*");
  private static final Pattern WEEKEND = Pattern.compile("(?i)(?:over\\s+)?the\\s+weekend");
  private static final Pattern MONTH_DAY = Pattern.compile("(?i)[a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?");
  /** How far ahead of the publication date a past-tense "March" or "Aug. 6" may still lie. */
  private static final int PAST_SLACK_DAYS = 31;
  /** How far ahead a day may lie when nothing in the sentence says whether it is past or future. */
  private static final int UNCUED_AHEAD_DAYS = 92;

  private Anchoring() {}

  /** The candidate placed by tense, or unchanged when it is not of a kind this class anchors. */
  static TimeExpression anchor(Context ctx, TimeExpression t) {
    if (ctx.dct == null || t.value() == null || RELATIVE.matcher(t.text()).matches() || t.type() == TimexType.SET) {
      return t;
    }
    String text = t.text();
    if (WEEKEND.matcher(text).matches() && t.value().endsWith("-WE")) {
      return weekend(ctx, t);
    }
    if (text.matches(".*\\d{4}.*|.*'\\d\\d.*")) {
      return t;
    }
    DayOfWeek weekday = weekdayIn(text);
    if (weekday != null) {
      return weekday(ctx, t, weekday);
    }
    Integer month = monthIn(text);
    if (month == null) {
      return t;
    }
    if (Values.isMonth(t.value()) && !text.matches(".*\\d.*")) {
      return month(ctx, t, month);
    }
    LocalDate day = Values.day(t.value());
    if (day != null && MONTH_DAY.matcher(text).matches()) {
      return monthDay(ctx, t, day);
    }
    return t;
  }

  private static TimeExpression weekday(Context ctx, TimeExpression t, DayOfWeek weekday) {
    if (Values.day(t.value()) == null && !t.value().startsWith("XXXX-WXX-")) {
      return t;
    }
    Direction d = possessive(t.text()) ? Direction.PAST : Tense.of(ctx, t.span());
    LocalDate date = d == Direction.FUTURE || d == Direction.PRESENT
        ? ctx.dct.with(TemporalAdjusters.nextOrSame(weekday))
        : ctx.dct.with(TemporalAdjusters.previousOrSame(weekday));
    return new TimeExpression(t.span(), t.text(), t.type(), date + Values.timeSuffix(suffixSource(t.value())), t.mod());
  }

  /** "Wednesday's ruling" names an event that has happened. */
  private static boolean possessive(String text) {
    return text.endsWith("'s") || text.endsWith("’s");
  }

  private static String suffixSource(String value) {
    return value.startsWith("XXXX-WXX-") ? "" : value;
  }

  private static TimeExpression month(Context ctx, TimeExpression t, int month) {
    YearMonth now = YearMonth.from(ctx.dct);
    YearMonth same = YearMonth.of(ctx.dct.getYear(), month);
    Direction d = Tense.of(ctx, t.span());
    YearMonth chosen = same;
    if (same.isAfter(now) && (d == Direction.PAST || d != Direction.FUTURE && monthsBetween(now, same) > 6)) {
      chosen = same.minusYears(1);
    } else if (same.isBefore(now) && d == Direction.FUTURE && monthsBetween(same, now) > 1) {
      chosen = same.plusYears(1);
    }
    return new TimeExpression(t.span(), t.text(), t.type(), Values.month(chosen), t.mod());
  }

  private static TimeExpression monthDay(Context ctx, TimeExpression t, LocalDate tagged) {
    LocalDate same;
    try {
      same = tagged.withYear(ctx.dct.getYear());
    } catch (java.time.DateTimeException e) {
      return t;
    }
    Direction d = Tense.of(ctx, t.span());
    long ahead = ChronoUnit.DAYS.between(ctx.dct, same);
    LocalDate chosen = same;
    if (ahead > PAST_SLACK_DAYS && (d == Direction.PAST || d == Direction.UNKNOWN && ahead > UNCUED_AHEAD_DAYS)) {
      chosen = same.minusYears(1);
    } else if (ahead < -PAST_SLACK_DAYS && d == Direction.FUTURE || ahead < -UNCUED_AHEAD_DAYS && d == Direction.PRESENT) {
      chosen = same.plusYears(1);
    }
    return new TimeExpression(t.span(), t.text(), t.type(), chosen + Values.timeSuffix(t.value()), t.mod());
  }

  /** "over the weekend" in a past-tense sentence of a weekday article is the weekend just gone. */
  private static TimeExpression weekend(Context ctx, TimeExpression t) {
    Direction d = Tense.of(ctx, t.span());
    boolean weekendNow = ctx.dct.getDayOfWeek().getValue() >= 6;
    LocalDate inWeek = d == Direction.FUTURE || d == Direction.PRESENT || weekendNow ? ctx.dct : ctx.dct.minusWeeks(1);
    return new TimeExpression(t.span(), t.text(), TimexType.DATE, Values.week(inWeek) + "-WE", t.mod());
  }

  private static long monthsBetween(YearMonth a, YearMonth b) {
    return ChronoUnit.MONTHS.between(a, b);
  }

  private static DayOfWeek weekdayIn(String text) {
    DayOfWeek found = null;
    for (String word : text.split("[\\s,-]+")) {
      DayOfWeek d = Values.weekday(word);
      if (d != null) {
        if (found != null) {
          return null;
        }
        found = d;
      }
      if (Values.month(word) != null && !word.toLowerCase(Locale.ROOT).equals("may")) {
        return null;
      }
    }
    return found;
  }

  private static Integer monthIn(String text) {
    Integer found = null;
    for (String word : text.split("[\\s,-]+")) {
      Integer m = Values.month(word);
      if (m != null && !(word.equals("may") || word.equals("mar"))) {
        if (found != null) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }
}
