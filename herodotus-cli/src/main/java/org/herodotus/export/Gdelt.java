package org.herodotus.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.store.EventActor;

/**
 * What the GDELT 2.0 Event table derives from a CAMEO code, a date, an actor code or a place:
 * QuadClass, Goldstein scale, the date columns, actor types, the geographic type and full name.
 * Kept apart from {@link GdeltTsvWriter} so that each rule is tested on its own.
 */
final class Gdelt {

  private static final String GOLDSTEIN_TABLE = "goldstein.tsv";
  private static final Map<String, Double> GOLDSTEIN = goldstein();
  private static final int CODE_PART = 3;
  private static final int MOST_TYPES = 3;

  private Gdelt() {}

  /**
   * GDELT's QuadClass of a CAMEO code: 1 verbal cooperation (roots 01–05), 2 material cooperation
   * (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20); {@code null} for no code.
   */
  static Integer quadClass(String code) {
    if (code == null || code.length() < 2) {
      return null;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  /**
   * The Goldstein value of a CAMEO code, or of its nearest listed parent ({@code 1951} →
   * {@code 195}); {@code null} if none.
   */
  static Double goldstein(String code) {
    for (String c = code; c != null && c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      Double value = GOLDSTEIN.get(c);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** GDELT's FractionDate: the year plus (month × 30 + day) / 365, to four decimals, as its codebook computes it. */
  static String fractionDate(LocalDate day) {
    double fraction = day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", fraction);
  }

  /**
   * The actor's type codes (Type1..Type3): the three-letter parts of its CAMEO code after its
   * country ({@code SYRMILREB} → {@code MIL}, {@code REB}); a code without a country is all types.
   */
  static List<String> actorTypes(EventActor actor) {
    List<String> types = new ArrayList<>();
    if (actor == null || actor.code() == null) {
      return types;
    }
    String code = actor.code();
    // the country part is the actor's country, or "---" (CAMEO's unknown country) before a role
    int from = actor.country() != null && code.startsWith(actor.country()) ? actor.country().length()
        : code.startsWith("---") ? 3 : 0;
    for (int i = from; i + CODE_PART <= code.length() && types.size() < MOST_TYPES; i += CODE_PART) {
      types.add(code.substring(i, i + CODE_PART));
    }
    return types;
  }

  /**
   * GDELT's geographic type of a resolved place: 1 a country, 2 a US state, 3 a US city or place,
   * 4 a city or place elsewhere, 5 a first- or second-level division elsewhere; 0 for a region,
   * an unresolved place or none.
   */
  static int geoType(Place place) {
    if (place == null || !place.resolved()) {
      return 0;
    }
    boolean us = "US".equals(place.country());
    return switch (place.precision()) {
      case COUNTRY -> 1;
      case ADMIN1 -> us ? 2 : 5;
      case ADMIN2 -> us ? 3 : 5;
      case CITY, POINT -> us ? 3 : 4;
      default -> 0;
    };
  }

  /** "Name, first-level division, Country" as GDELT writes a place's full name, each part once. */
  static String fullName(Place place) {
    List<String> parts = new ArrayList<>();
    if (place.precision() != Precision.COUNTRY) {
      add(parts, place.name() != null ? place.name() : place.text());
      if (place.precision() != Precision.ADMIN1) {
        add(parts, place.admin1());
      }
    }
    add(parts, place.country() == null ? null : new Locale("", place.country()).getDisplayCountry(Locale.ENGLISH));
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, String part) {
    if (part != null && !part.isBlank() && !parts.contains(part)) {
      parts.add(part);
    }
  }

  /**
   * A stable positive 63-bit event id: the first eight bytes of the SHA-256 of
   * {@code DOCUMENT#INDEX}, so that the same stored event gets the same id in every export.
   */
  static long eventId(String documentId, int index) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((documentId + "#" + index).getBytes(StandardCharsets.UTF_8));
      long id = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        id = (id << Byte.SIZE) | (hash[i] & 0xFF);
      }
      return id & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256, which every Java platform must provide", e);
    }
  }

  private static Map<String, Double> goldstein() {
    InputStream in = Gdelt.class.getResourceAsStream(GOLDSTEIN_TABLE);
    if (in == null) {
      throw new IllegalStateException(GOLDSTEIN_TABLE + " is missing from the class path beside " + Gdelt.class.getName()
          + ": rebuild herodotus-cli");
    }
    Map<String, Double> values = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null;) {
        if (line.startsWith("#") || line.startsWith("code\t") || line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t");
        values.put(fields[0], Double.valueOf(fields[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GOLDSTEIN_TABLE, e);
    }
    return Map.copyOf(values);
  }
}
