package org.herodotus.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date written in running text, in the forms news pages use across languages:
 * {@code 2019-03-15}, {@code 15.03.2019}, {@code 15/03/2019} (month first on English pages when the
 * day cannot tell), {@code 2019/03/15}, {@code 15. März 2019}, {@code 15 de marzo de 2019},
 * {@code March 15th, 2019}, {@code 15 marca 2019}, {@code 2019. március 15.}. Month names are
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Hungarian and Russian, in
 * full or cut to three letters, and Arabic as Egypt and the Gulf write them ({@code 07 أكتوبر 2020}).
 * Dates outside 1990–2099 are not dates of web pages and are passed over.
 */
final class TextDates {

  private static final String WORD = "(\\p{L}{3,12})\\.?";
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d])");
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:\\.|er|º)?\\s*(?:de\\s+)?" + WORD + ",?\\s*(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  /** Java's and Unix's {@code date} output: "Mon Oct 11 14:57:21 CEST 2021". */
  private static final Pattern CLOCK_BEFORE_YEAR = Pattern.compile(
      "\\b" + WORD + "\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{1,5}\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern HUNGARIAN = Pattern.compile("(?<!\\d)(\\d{4})\\.\\s*" + WORD + "\\s*(\\d{1,2})\\.");
  private static final Map<String, Integer> MONTHS = months();
  private static final int FIRST_YEAR = 1990;
  private static final int LAST_YEAR = 2099;

  private TextDates() {}

  /** The first date written in {@code text}, or {@code null}; {@code monthFirst} reads 03/04/2019 as March 4. */
  static LocalDate first(String text, boolean monthFirst) {
    return leading(text, monthFirst, Integer.MAX_VALUE);
  }

  /** The first date written in {@code text} if it starts within its first {@code reach} characters, else {@code null}. */
  static LocalDate leading(String text, boolean monthFirst, int reach) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern pattern : new Pattern[] {ISO, DOTTED, SLASHED, YEAR_FIRST, DAY_MONTH, MONTH_DAY, CLOCK_BEFORE_YEAR, HUNGARIAN}) {
      Matcher m = pattern.matcher(text);
      while (m.find() && m.start() < bestAt) {
        LocalDate date = date(pattern, m, monthFirst);
        if (date != null) {
          best = date;
          bestAt = m.start();
          break;
        }
      }
    }
    return bestAt <= reach ? best : null;
  }

  private static LocalDate date(Pattern pattern, Matcher m, boolean monthFirst) {
    if (pattern == ISO || pattern == YEAR_FIRST) {
      return of(m.group(1), number(m.group(2)), m.group(3));
    }
    if (pattern == DOTTED) {
      String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
      return of(year, number(m.group(2)), m.group(1));
    }
    if (pattern == SLASHED) {
      int a = number(m.group(1));
      int b = number(m.group(2));
      boolean swap = b > 12 || (monthFirst && a <= 12);
      return swap ? of(m.group(3), a, m.group(2)) : of(m.group(3), b, m.group(1));
    }
    if (pattern == DAY_MONTH) {
      return of(m.group(3), month(m.group(2)), m.group(1));
    }
    if (pattern == MONTH_DAY || pattern == CLOCK_BEFORE_YEAR) {
      return of(m.group(3), month(m.group(1)), m.group(2));
    }
    return of(m.group(1), month(m.group(2)), m.group(3));
  }

  private static LocalDate of(String year, int month, String day) {
    int y = number(year);
    if (month < 1 || y < FIRST_YEAR || y > LAST_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(y, month, number(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  /** The month {@code word} names, or 0. */
  static int month(String word) {
    return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  private static Map<String, Integer> months() {
    String[] names = {
        "january february march april may june july august september october november december",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "jänner feber maerz",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "januari februari maart april mei juni juli augustus september oktober november december",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
        "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
        "január február március április május június július augusztus szeptember október november december",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"};
    Map<String, Integer> months = new HashMap<>();
    for (int line = 0; line < names.length; line++) {
      String[] words = names[line].split(" ");
      for (int i = 0; i < words.length; i++) {
        int month = line == 2 ? new int[] {1, 2, 3}[i] : i + 1;
        months.putIfAbsent(words[i], month);
        if (line != 8 && line != 9 && line != 11 && line != 12) {
          months.putIfAbsent(words[i].substring(0, 3), month);
          months.putIfAbsent(words[i].substring(0, Math.min(4, words[i].length())), month);
        }
      }
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
