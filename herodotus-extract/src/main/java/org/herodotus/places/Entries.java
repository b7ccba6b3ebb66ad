package org.herodotus.places;

import java.util.List;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;

/** What a gazetteer entry is worth and what it contains, and the place it makes of a toponym. */
final class Entries {

  private Entries() {}

  /**
   * The place {@code text} at {@code span} resolved to {@code g}, or unresolved when {@code g} is
   * null; entries with synthetic ids ({@code <= 0}) get no GeoNames id.
   */
  static Place place(Gazetteer gazetteer, Span span, String text, GeoName g) {
    if (g == null) {
      return Place.unresolved(span, text);
    }
    String country = g.countryCode().isEmpty() ? null : g.countryCode();
    String admin1 = country == null || g.admin1Code().isEmpty() ? null
        : gazetteer.admin1(country, g.admin1Code()).map(GeoName::name).orElse(null);
    return new Place(span, text, g.geonameId() > 0 ? g.geonameId() : null, g.name(), g.featureCode(), country, admin1,
        g.lat(), g.lon(), precision(g));
  }

  /**
   * What a major airport weighs, as the population of a town: "Heathrow" in news is the airport,
   * not the village in Florida, but "Dulles" beside Loudoun County towns still has context to win.
   */
  private static final long AIRPORT_WEIGHT = 1_000_000;

  /**
   * What a seat of government ({@code landmarks.tsv}) weighs, as the population of a town: news
   * names "the White House" as often as a country, and more than Casablanca, whose Arabic name
   * means the same.
   */
  private static final long SEAT_OF_GOVERNMENT_WEIGHT = 50_000_000;

  /** What a capital gains over other towns of its size. */
  static final double CAPITAL_WEIGHT = 3;

  /** Population on a log scale, with the weight of countries, divisions, regions, capitals and airports. */
  static double importance(GeoName g) {
    // A region inside one country ("the Midlands", "Kurdistan Region") weighs as a division; one
    // across countries ("the Levant", "Europe") as more than a country.
    boolean withinCountry = Lookup.isRegion(g) && !g.countryCode().isEmpty();
    long population = g.population() > 0 ? g.population()
        : g.isCountry() ? 5_000_000 : g.isAdmin1() || withinCountry ? 1_000_000 : Lookup.isRegion(g) ? 10_000_000
        : g.featureCode().equals("AIRP") ? AIRPORT_WEIGHT : g.featureCode().equals("BLDG") ? SEAT_OF_GOVERNMENT_WEIGHT : 0;
    double s = Math.log10(population + 1);
    if (g.isCountry()) {
      s += 5;
    } else if (g.isAdmin1() || withinCountry) {
      s += 1.5;
    } else if (Lookup.isRegion(g)) {
      s += 4;
    } else if (g.isPopulatedPlace()) {
      s += g.featureCode().equals("PPLC") ? CAPITAL_WEIGHT : g.featureCode().equals("PPLA") ? 0.8
          : g.featureCode().startsWith("PPLA") ? 0.3 : 0;
    } else if (!g.featureClass().equals("A")) {
      s -= 1;
    }
    return s;
  }

  /**
   * Whether a large town of the same name lies in a division: "Baghdad", "Aleppo" and "New York"
   * unqualified are the cities, not the governorates or the state; "Geneva" is the city, not the
   * canton or its district; but a seat of a fourth or less of its division's people is not the
   * name's sense ({@link #SEAT_SHARE}). A second-level division's town must also lie within {@value #SEAT_KM}
   * km of its point, as the gazetteer does not say which division a town is in.
   */
  static boolean hasSeat(List<GeoName> candidates, GeoName division) {
    for (GeoName g : candidates) {
      if (g.isPopulatedPlace() && g.population() >= Lookup.LARGE_CITY && g.population() * SEAT_SHARE >= division.population()
          && g.countryCode().equals(division.countryCode())
          && g.admin1Code().equals(division.admin1Code())
          && (!division.isAdmin2() || km(g.lat(), g.lon(), division.lat(), division.lon()) <= SEAT_KM)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A seat holds at least one in this many of its division's people: "Oklahoma" is the state, not
   * Oklahoma City (a fifth of it), "Quebec" the province; New York City holds two fifths of its state.
   */
  private static final long SEAT_SHARE = 4;

  /** How far from a second-level division's point its namesake seat may lie. */
  static final double SEAT_KM = 50;

  /** Whether {@code area} is a country or division that {@code place} lies in. */
  static boolean contains(GeoName area, GeoName place) {
    if (area.equals(place) || area.countryCode().isEmpty() || !area.countryCode().equals(place.countryCode())) {
      return false;
    }
    return area.isCountry() || (Lookup.isRegion(area) && area.admin1Code().isEmpty())
        || (area.isAdmin1() && area.admin1Code().equals(place.admin1Code()) && !place.isCountry());
  }

  static Precision precision(GeoName g) {
    if (g.isCountry()) {
      return Precision.COUNTRY;
    } else if (g.isAdmin1()) {
      return Precision.ADMIN1;
    } else if (g.isAdmin2()) {
      return g.placedAtItsAdmin1() ? Precision.ADMIN1 : Precision.ADMIN2;
    } else if (Lookup.isRegion(g)) {
      return Precision.REGION;
    } else if (g.isPopulatedPlace() || g.featureClass().equals("A")) {
      return Precision.CITY;
    }
    return Precision.POINT;
  }

  /** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p = Math.PI / 180;
    double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
        + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
