package org.herodotus.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 date value covers, so that events can be filtered by a date range whatever
 * their precision: {@code 2017-07-14} one day, {@code 2017-07} the month, {@code 2017-W28} the ISO
 * week, {@code 2017-Q3}, {@code 2017-H2}, {@code 2017-SU} (northern seasons), {@code 2017}.
 *
 * @param start the first day
 * @param end the last day
 */
record DateRange(LocalDate start, LocalDate end) {

  private static final Pattern VALUE = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?");

  /** The days {@code value} covers, or {@code null} when it names no calendar period ({@code PRESENT_REF}, {@code 201}). */
  static DateRange of(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new DateRange(day, day);
      }
      if (m.group(2) != null) {
        LocalDate first = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
        return new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
      }
      if (m.group(4) != null) {
        LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
            .with(java.time.DayOfWeek.MONDAY);
        return new DateRange(monday, monday.plusDays(6));
      }
      if (m.group(5) != null) {
        return months(year, (Integer.parseInt(m.group(5)) - 1) * 3 + 1, 3);
      }
      if (m.group(6) != null) {
        return months(year, (Integer.parseInt(m.group(6)) - 1) * 6 + 1, 6);
      }
      if (m.group(7) != null) {
        return switch (m.group(7)) {
          case "SP" -> months(year, 3, 3);
          case "SU" -> months(year, 6, 3);
          case "FA" -> months(year, 9, 3);
          default -> new DateRange(LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 2, 1).with(TemporalAdjusters.lastDayOfMonth()));
        };
      }
      return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    } catch (java.time.DateTimeException e) {
      return null; // 2017-02-30 or week 54: no calendar period
    }
  }

  private static DateRange months(int year, int firstMonth, int count) {
    LocalDate first = LocalDate.of(year, firstMonth, 1);
    return new DateRange(first, first.plusMonths(count).minusDays(1));
  }
}
