package org.herodotus.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;

/**
 * Repairs the extent of a tagger's candidate, or drops it, following TimeML practice: ages
 * ("a 26-year-old man") and adverbs of frequency or sequence ("previously", "once", "quarterly")
 * are not temporal expressions; an expression never crosses a line break (a headline and the
 * dateline below it are two expressions); trailing commas are not part of it; a modifier that
 * the tagger left out ("fiscal 1989", "the late 1970s", "2 1/2 years", "Friday night") is.
 */
final class Extents {

  private static final Pattern AGE = Pattern.compile(
      "(?i)\\b[\\w.]+[- ](?:years?|months?|weeks?|days?)[- ]old\\b|\\baged?\\s+(?:about\\s+)?\\d+");
  /** Words a tagger marks that are not TIMEX3 expressions in news (adverbs and adjectives). */
  private static final Set<String> NOT_TIMES = Set.of(
      "previously", "once", "quarterly", "annual", "annually", "the", "a", "sec", "eventually", "formerly");
  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
  private static final Pattern LINE_DATE = Pattern.compile(
      "(?i)([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{4})|'(\\d{2})");
  private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s+1/2\\s+$");
  private static final Pattern MORE = Pattern.compile("(?i)(\\d+|[a-z]+(?:-[a-z]+)?)\\s+(?:more|additional|further)\\s+$");

  private Extents() {}

  /** The spans of ages in the text, which no expression may overlap. */
  static List<Span> ages(String text) {
    List<Span> ages = new ArrayList<>();
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      ages.add(new Span(m.start(), m.end()));
    }
    return ages;
  }

  /** The candidate with its extent repaired: none, one, or several expressions. */
  static List<TimeExpression> repair(Context ctx, TimeExpression c, List<Span> ages) {
    for (Span age : ages) {
      if (age.overlaps(c.span())) {
        return List.of();
      }
    }
    if (c.text().indexOf('\n') >= 0) {
      return splitLines(ctx, c);
    }
    String lower = c.text().toLowerCase(Locale.ROOT);
    if (NOT_TIMES.contains(lower) || isAdjective(ctx, c, lower) || isName(ctx, c) || isNoun(ctx, c, lower)) {
      return List.of();
    }
    TimeExpression t = trimPunctuation(ctx, c);
    t = extendLeft(ctx, t);
    t = extendPartOfDay(ctx, t);
    t = extendZone(ctx, t);
    return List.of(t);
  }

  /** "future" before a noun ("future plans") is an adjective, not FUTURE_REF. */
  private static boolean isAdjective(Context ctx, TimeExpression c, String lower) {
    if (!lower.equals("future")) {
      return false;
    }
    int next = ctx.tokenEnd(c.span().end());
    return ctx.tag(next).startsWith("NN");
  }

  /**
   * Common words a tagger reads as times: "present" as a verb or adjective ("will present",
   * "were present"), a lower-case "march", a bare "day" ("all day", "his day in court"), and a
   * phrase cut before its object ("the night of").
   */
  private static boolean isNoun(Context ctx, TimeExpression c, String lower) {
    if (lower.equals("present")) {
      return !ctx.before(c.span().start(), 4).endsWith("at ");
    }
    if (lower.equals("day") && c.type() == TimexType.DURATION) {
      return true;
    }
    if (lower.endsWith(" of")) {
      return true;
    }
    return Values.month(c.text()) != null && !lower.equals("may") && c.text().equals(lower) && lower.length() > 3;
  }

  /** A month word that starts a person's name ("Jan Kavan", "April Smith"). */
  private static boolean isName(Context ctx, TimeExpression c) {
    String[] words = c.text().split(" ");
    if (words.length == 2 && Values.month(words[0]) != null && !words[0].endsWith(".")
        && Character.isUpperCase(words[1].charAt(0)) && Values.month(words[1]) == null
        && Values.weekday(words[1]) == null && words[1].chars().allMatch(Character::isLetter)) {
      return true;
    }
    if (Values.month(c.text()) == null || c.text().endsWith(".")) {
      return false;
    }
    int next = ctx.tokenEnd(c.span().end());
    String word = next < ctx.tokens.size() ? ctx.tokens.get(next).word() : "";
    return ctx.tag(next).equals("NNP") && Character.isUpperCase(word.isEmpty() ? 'a' : word.charAt(0))
        && Values.month(word) == null && Values.number(word) == null;
  }

  private static TimeExpression trimPunctuation(Context ctx, TimeExpression c) {
    String s = c.text();
    int end = s.length();
    while (end > 0 && ",;:".indexOf(s.charAt(end - 1)) >= 0 || end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end == s.length() || end == 0 ? c : with(ctx, c, c.span().start(), c.span().start() + end);
  }

  /** Takes in the modifier words and numbers the tagger left out before the candidate. */
  private static TimeExpression extendLeft(Context ctx, TimeExpression c) {
    String before = ctx.before(c.span().start(), 40);
    String lower = c.text().toLowerCase(Locale.ROOT);
    if (before.endsWith("fiscal ") && lower.matches("\\d{4}")) {
      return with(ctx, c, c.span().start() - 7, c.span().end());
    }
    if (lower.matches("\\d{3}0s")) {
      Matcher m = Pattern.compile("(the\\s+)?(early|late|mid)[\\s-]$|the\\s+$").matcher(before);
      if (m.find()) {
        return with(ctx, c, c.span().start() - (before.length() - m.start()), c.span().end());
      }
    }
    if (c.type() == TimexType.DURATION && Values.unit(lower) != null && lower.endsWith("s")) {
      Matcher fraction = FRACTION.matcher(before);
      if (fraction.find()) {
        int n = Integer.parseInt(fraction.group(1));
        String unit = Values.unit(lower);
        String value = switch (unit) {
          case "year" -> "P" + n + "Y6M";
          case "month" -> "P" + n + "M15D";
          case "day" -> "P" + n + "DT12H";
          default -> c.value();
        };
        return new TimeExpression(span(c, before.length() - fraction.start()), ctx.text.substring(
            c.span().start() - (before.length() - fraction.start()), c.span().end()), TimexType.DURATION, value, c.mod());
      }
      Matcher more = MORE.matcher(before);
      Integer n = more.find() ? Values.number(more.group(1)) : null;
      if (n != null) {
        String unit = Values.unit(lower);
        String letter = unit.equals("decade") ? "DE" : unit.substring(0, 1).toUpperCase(Locale.ROOT);
        int start = c.span().start() - (before.length() - more.start());
        return new TimeExpression(new Span(start, c.span().end()), ctx.text.substring(start, c.span().end()),
            TimexType.DURATION, "P" + n + letter, c.mod());
      }
    }
    if (lower.endsWith("hours") && c.type() == TimexType.DURATION) {
      Matcher fraction = FRACTION.matcher(before);
      if (fraction.find()) {
        int start = c.span().start() - (before.length() - fraction.start());
        return new TimeExpression(new Span(start, c.span().end()), ctx.text.substring(start, c.span().end()),
            TimexType.DURATION, "PT" + fraction.group(1) + "H30M", c.mod());
      }
    }
    return c;
  }

  /** "18:00" takes in the "UTC" or "GMT" that follows it. */
  private static TimeExpression extendZone(Context ctx, TimeExpression c) {
    if (c.type() != TimexType.TIME) {
      return c;
    }
    Matcher m = Pattern.compile("^\\s+(utc|gmt)\\b").matcher(ctx.after(c.span().end(), 6));
    return m.find() ? with(ctx, c, c.span().start(), c.span().end() + m.end()) : c;
  }

  /** "Friday" tagged with a night value takes in the "night" that follows it. */
  private static TimeExpression extendPartOfDay(Context ctx, TimeExpression c) {
    if (Values.weekday(c.text()) == null || c.value() == null || !c.value().matches(".*T(MO|AF|EV|NI)")) {
      return c;
    }
    Matcher m = Pattern.compile("^\\s+(morning|afternoon|evening|night)\\b").matcher(ctx.after(c.span().end(), 12));
    return m.find() && PARTS_OF_DAY.contains(m.group(1)) ? with(ctx, c, c.span().start(), c.span().end() + m.end()) : c;
  }

  /**
   * A candidate that runs over a line break ("Friday\nSeptember 18, 2008" from a headline and its
   * dateline) becomes one expression per line that reads as a date on its own.
   */
  private static List<TimeExpression> splitLines(Context ctx, TimeExpression c) {
    List<TimeExpression> parts = new ArrayList<>();
    int start = c.span().start();
    for (String line : c.text().split("\n", -1)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        int s = start + line.indexOf(trimmed);
        TimeExpression part = lineDate(ctx, new Span(s, s + trimmed.length()));
        if (part != null) {
          parts.add(part);
        }
      }
      start += line.length() + 1;
    }
    return parts;
  }

  private static TimeExpression lineDate(Context ctx, Span span) {
    String s = span.of(ctx.text);
    Matcher m = LINE_DATE.matcher(s);
    if (m.matches()) {
      String value;
      if (m.group(1) != null) {
        Integer month = Values.month(m.group(1));
        if (month == null) {
          return null;
        }
        value = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(2)));
      } else if (m.group(4) != null) {
        value = m.group(4);
      } else {
        int yy = Integer.parseInt(m.group(5));
        value = String.valueOf(ctx.dct != null && yy > ctx.dct.getYear() % 100 ? 1900 + yy : 2000 + yy);
      }
      return new TimeExpression(span, s, TimexType.DATE, value, null);
    }
    if (Values.weekday(s) != null) {
      return new TimeExpression(span, s, TimexType.DATE, "XXXX-WXX-" + Values.weekday(s).getValue(), null);
    }
    return null;
  }

  private static Span span(TimeExpression c, int extraLeft) {
    return new Span(c.span().start() - extraLeft, c.span().end());
  }

  static TimeExpression with(Context ctx, TimeExpression c, int start, int end) {
    Span span = new Span(start, end);
    return new TimeExpression(span, span.of(ctx.text), c.type(), c.value(), c.mod());
  }
}
