package org.herodotus.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 value arithmetic and the English words for numbers, months, weekdays and units.
 * Values are strings in the TIMEX3 value space: {@code 2017-08-05}, {@code 2017-08},
 * {@code 2017-W31}, {@code 2017-Q3}, {@code 2017}, {@code 197} (a decade), {@code P3M}.
 */
final class Values {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("a dozen", 12), Map.entry("dozen", 12));

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
      Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
      Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  private static final Map<String, Integer> ORDINALS = Map.of(
      "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "final", 4);

  private Values() {}

  /** The number a word or numeral stands for ("two", "12", "a"), or {@code null}. */
  static Integer number(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,6}")) {
      return Integer.valueOf(w);
    }
    Integer n = NUMBERS.get(w);
    if (n != null) {
      return n;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = NUMBERS.get(w.substring(0, dash));
      Integer ones = NUMBERS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  /** The month (1-12) a word names ("Sept.", "march"), or {@code null}. */
  static Integer month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** The weekday a word names ("Friday", "friday's"), or {@code null}. */
  static DayOfWeek weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    return WEEKDAYS.get(w);
  }

  /** The quarter (1-4) an ordinal names ("third", "4th"), or {@code null}. */
  static Integer ordinal(String word) {
    return ORDINALS.get(word.toLowerCase(Locale.ROOT));
  }

  /** The date a value starts with ({@code 2017-08-05T...}), or {@code null}. */
  static LocalDate day(String value) {
    Matcher m = value == null ? null : DAY.matcher(value);
    if (m == null || !m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The time suffix of a day value ({@code "TNI"} of {@code 2017-08-05TNI}), or "". */
  static String timeSuffix(String value) {
    int t = value == null ? -1 : value.indexOf('T');
    return t < 0 ? "" : value.substring(t);
  }

  /** Whether a value is a plain month, {@code 2017-08}. */
  static boolean isMonth(String value) {
    return value != null && MONTH.matcher(value).matches();
  }

  static String month(YearMonth month) {
    return month.toString();
  }

  /** The ISO week value of a date, {@code 2017-W36}. */
  static String week(LocalDate date) {
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The quarter value, {@code 2017-Q3}. */
  static String quarter(int year, int quarter) {
    return year + "-Q" + quarter;
  }

  static int quarterOf(LocalDate date) {
    return (date.getMonthValue() - 1) / 3 + 1;
  }

  /** A date {@code amount} units ({@code year}, {@code month}, ...) from {@code dct}, at the unit's granularity. */
  static String shifted(LocalDate dct, String unit, int amount) {
    switch (unit) {
      case "decade":
        return String.valueOf(dct.getYear() + 10 * amount);
      case "year":
        return String.valueOf(dct.getYear() + amount);
      case "month":
        return month(YearMonth.from(dct).plusMonths(amount));
      case "week":
        return week(dct.plusWeeks(amount));
      case "day":
        return dct.plusDays(amount).toString();
      default:
        throw new IllegalArgumentException("unknown calendar unit '" + unit + "'");
    }
  }

  /** The unit a word names, singular ("years" is "year"), or {@code null}. */
  static String unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("s")) {
      w = w.substring(0, w.length() - 1);
    }
    return switch (w) {
      case "year", "month", "week", "day", "decade" -> w;
      default -> null;
    };
  }
}
