package org.herodotus.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --every}: a number and a unit, {@code 30s}, {@code 15m}, {@code 2h}, or an ISO 8601 duration. */
final class PollInterval implements ITypeConverter<Duration> {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|min|h)");
  /** Feeds rarely change faster; polling more often only loads the sites. */
  static final Duration SHORTEST = Duration.ofSeconds(10);

  @Override
  public Duration convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Duration duration;
    Matcher m = SHORT.matcher(text);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      duration = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofMinutes(amount);
      };
    } else {
      try {
        duration = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("--every '" + value + "' is not a duration; write it like 30s, 15m or 2h");
      }
    }
    if (duration.compareTo(SHORTEST) < 0) {
      throw new TypeConversionException("--every " + value + " is shorter than " + SHORTEST.toSeconds()
          + " s; poll less often, feeds rarely change faster");
    }
    return duration;
  }
}
