package org.herodotus.model;

/**
 * The date precision of an event (its {@code datePrecision} in the output): how fine its date is, read from the shape
 * of its TIMEX3 value, or {@code "publication"} when the date is only the article's own.
 */
public final class DatePrecision {

  private DatePrecision() {}

  /**
   * {@code day}, {@code week}, {@code month}, {@code season}, {@code quarter}, {@code half},
   * {@code year}, {@code decade}, {@code century}, {@code publication}, or {@code null} when there
   * is no date or its value has another shape ({@code PRESENT_REF}).
   */
  public static String of(String value, boolean fromPublication) {
    if (value == null) {
      return null;
    }
    if (fromPublication) {
      return "publication";
    }
    if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return "day";
    }
    if (value.matches("\\d{4}-W\\d{2}")) {
      return "week";
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return "month";
    }
    if (value.matches("\\d{4}-(SP|SU|FA|WI)")) {
      return "season";
    }
    if (value.matches("\\d{4}-Q\\d")) {
      return "quarter";
    }
    if (value.matches("\\d{4}-H\\d")) {
      return "half";
    }
    if (value.matches("\\d{4}")) {
      return "year";
    }
    if (value.matches("\\d{3}")) {
      return "decade";
    }
    if (value.matches("\\d{2}")) {
      return "century";
    }
    return null;
  }
}
