package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries from the {@code world-countries} package's {@code countries.json}: one entry per
 * country, findable by its common and official names and its alternative spellings, answering
 * {@code country()} to its alpha-2 and alpha-3 codes, with its English demonyms (and their plurals,
 * "Syrians").
 *
 * <p>The package carries no GeoNames ids, so countries get synthetic ones, {@code -(1,000,000 +
 * 26 * letter1 + letter2)} for alpha-2 code letters numbered from A = 0 ({@code SY} is
 * -1,000,478). Their coordinates are the package's representative point ({@code latlng}), which
 * {@link ProjectTables} replaces with GeoNames' point where the two lie far apart; their
 * population is the sum of their populated places in the builder, an underestimate used only to
 * rank countries against each other. Bare codes ("SY", "US", "CAN") are not names: they collide
 * with words ("us", "in", "can", "and"); the alias table adds the codes news uses as names.
 */
final class Countries {

  static final int SYNTHETIC_ID_BASE = 1_000_000;

  private Countries() {}

  /** Adds the countries of {@code countriesJson} to {@code builder}. */
  @SuppressWarnings("unchecked")
  static void add(IndexBuilder builder, String countriesJson) {
    Map<String, Long> population = new HashMap<>();
    for (int h = 0; h < builder.size(); h++) {
      GeoName place = builder.entry(h);
      if (place.isPopulatedPlace()) {
        population.merge(place.countryCode(), place.population(), Long::sum);
      }
    }
    List<Map<String, Object>> countries = new ArrayList<>((List<Map<String, Object>>) Json.parse(countriesJson));
    // Most important first, so that a demonym shared by several ("French", "Congolese") goes to it.
    countries.sort(Comparator.comparing((Map<String, Object> c) -> !Boolean.TRUE.equals(c.get("independent")))
        .thenComparing(c -> -population.getOrDefault((String) c.get("cca2"), 0L)));
    for (Map<String, Object> country : countries) {
      String cca2 = (String) country.get("cca2");
      Map<String, Object> name = (Map<String, Object>) country.get("name");
      List<Object> latlng = (List<Object>) country.get("latlng");
      if (cca2 == null || cca2.length() != 2 || name == null || latlng == null || latlng.size() != 2) {
        throw new IllegalArgumentException("world-countries entry without cca2, name or latlng: " + country);
      }
      GeoName entry = new GeoName(syntheticId(cca2), (String) name.get("common"), (Double) latlng.get(0),
          (Double) latlng.get(1), "A", Boolean.TRUE.equals(country.get("independent")) ? "PCLI" : "PCLD", cca2, "00",
          population.getOrDefault(cca2, 0L));
      int handle = builder.add(entry);
      builder.name(handle, (String) name.get("official"));
      for (Object spelling : (List<Object>) country.getOrDefault("altSpellings", List.of())) {
        if (!isCode((String) spelling)) {
          builder.name(handle, (String) spelling);
        }
      }
      builder.code(cca2, handle);
      if (country.get("cca3") instanceof String cca3) {
        builder.code(cca3, handle);
      }
      Map<String, Object> demonyms = (Map<String, Object>) country.get("demonyms");
      if (demonyms != null && demonyms.get("eng") instanceof Map<?, ?> english) {
        for (Object demonym : english.values()) {
          builder.demonym((String) demonym, cca2);
          builder.demonym(plural((String) demonym), cca2);
        }
      }
    }
  }

  static int syntheticId(String cca2) {
    return -(SYNTHETIC_ID_BASE + 26 * (cca2.charAt(0) - 'A') + (cca2.charAt(1) - 'A'));
  }

  /** "Syrians" for "Syrian", "Iraqis" for "Iraqi"; "British", "Chinese" and "Swiss" have none. */
  static String plural(String demonym) {
    String lower = demonym.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("ese") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("s")
        || lower.endsWith("x") || lower.endsWith("z")) {
      return demonym;
    }
    return demonym + "s";
  }

  private static boolean isCode(String spelling) {
    return spelling.length() <= 3 && spelling.equals(spelling.toUpperCase(java.util.Locale.ROOT));
  }
}
