package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * First-level divisions (feature code {@code ADM1}) from a table of admin-1 codes and names
 * ({@code "SY.12" -> "Idlib"}), placed by the populated places already in the builder: at the
 * centre of the extent of its places (from the 5th to the 95th percentile of their latitudes and
 * longitudes, so that an outlying island does not pull it), which is where gazetteers put a
 * region's point; with fewer than {@value RegionPlaces#MIN_PLACES_FOR_EXTENT} places, at its seat
 * (its most populous {@code PPLA} or {@code PPLC} place) or else the population-weighted centroid. A region
 * whose point is known from its boundary (the US states, from {@link UsCounties#statePoints}) is put
 * there instead: towns crowd where people live, not in the middle of Texas. A region with no place
 * in the builder is left out rather than put at a guess.
 * Each region is findable by its name, by its name without a "Province", "Governorate", "Region"
 * or "State" suffix, and with each of these suffixes but "Region".
 */
final class Admin1Regions {

  static final List<String> SUFFIXES = List.of("Province", "Governorate", "Region", "State");
  /**
   * The suffixes added to names that lack them. Not "Region": "Kurdistan Region" is Iraq's, not
   * Iran's Kurdistan Province, and regions that are called so carry the word in their names.
   */
  static final List<String> ADDED_SUFFIXES = List.of("Province", "Governorate", "State");

  /** Synthetic ids of regions that have no GeoNames id in the source: {@code -(BASE + ordinal)}. */
  static final int SYNTHETIC_ID_BASE = 2_000_000;

  private Admin1Regions() {}

  /**
   * Adds a region for each code of {@code names} that is not yet in {@code existing}, and the name
   * variants of every region of {@code names} (new or existing).
   *
   * @param names admin-1 names by "country.admin1" code
   * @param existing handles of ADM1 entries the builder already holds, by the same code
   * @return the handles of the regions, by code; codes without one were left out for want of places
   */
  static Map<String, Integer> add(IndexBuilder builder, Map<String, String> names, Map<String, Integer> existing) {
    return add(builder, names, existing, Map.of());
  }

  /**
   * As {@link #add(IndexBuilder, Map, Map)}, but a new region whose code is in {@code points} lies
   * at that {lat, lon} rather than in the middle of its places.
   */
  static Map<String, Integer> add(IndexBuilder builder, Map<String, String> names, Map<String, Integer> existing,
      Map<String, double[]> points) {
    Map<String, RegionPlaces> places = new HashMap<>();
    for (int h = 0; h < builder.size(); h++) {
      GeoName place = builder.entry(h);
      if (place.isPopulatedPlace() && !place.admin1Code().isEmpty()) {
        places.computeIfAbsent(place.countryCode() + "." + place.admin1Code(), k -> new RegionPlaces()).add(place);
      }
    }
    int ordinal = 0;
    Map<String, Integer> handles = new HashMap<>();
    for (Map.Entry<String, String> region : new TreeMap<>(names).entrySet()) {
      ordinal++;
      String code = region.getKey();
      int dot = code.indexOf('.');
      Integer handle = existing.get(code);
      if (handle == null) {
        RegionPlaces p = places.get(code);
        if (p == null || dot < 0) {
          continue;
        }
        double[] point = points.containsKey(code)
            ? new double[] {RegionPlaces.round(points.get(code)[0]), RegionPlaces.round(points.get(code)[1])}
            : p.point(true);
        handle = builder.add(new GeoName(-(SYNTHETIC_ID_BASE + ordinal), region.getValue(), point[0], point[1], "A",
            "ADM1", code.substring(0, dot), code.substring(dot + 1), p.population()));
      }
      handles.put(code, handle);
      boolean arabic = PlaceNames.isArabicSpeaking(builder.entry(handle).countryCode());
      for (String variant : variants(region.getValue())) {
        PlaceNames.name(builder, handle, variant, arabic);
      }
    }
    return handles;
  }

  /** The name without its suffix, and with each suffix. */
  static List<String> variants(String name) {
    String base = name;
    for (String suffix : SUFFIXES) {
      if (name.toLowerCase(Locale.ROOT).endsWith(" " + suffix.toLowerCase(Locale.ROOT))) {
        base = name.substring(0, name.length() - suffix.length() - 1).trim();
      }
    }
    List<String> variants = new ArrayList<>(List.of(name, base));
    for (String suffix : ADDED_SUFFIXES) {
      variants.add(base + " " + suffix);
    }
    return variants;
  }
}
