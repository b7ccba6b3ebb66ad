package org.herodotus.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as sources write them. The date is the calendar date as written: for
 * {@code 2018-03-21T23:40:00-05:00} it is 2018-03-21, the publisher's own date, not the UTC one.
 *
 * <p>Accepted: ISO 8601 dates, date-times and offset date-times ({@code 2017-09-05},
 * {@code 2017-09-05T10:00:00}, {@code 2017-09-05T10:00:00Z}, {@code 2017-09-05 10:00:00+0200}),
 * {@code 2017/09/05}, {@code 20170905}, and English dates such as {@code 5 September 2017},
 * {@code Sep 5, 2017} or {@code Tue, 05 Sep 2017 10:00:00 GMT}.
 */
final class Dates {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
          + "\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Dates() {}

  /** The date {@code value} states, or {@code null} if it states none this class knows. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      m = COMPACT.matcher(s);
      if (m.matches()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      m = DAY_MONTH.matcher(s);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = MONTH_DAY.matcher(s);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException e) {
      return null; // 2017-02-30 and the like
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
