package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * The populated places of one division, gathered to place it and to count its people: the
 * default gazetteer's sources name divisions but give them no point, so {@link Admin1Regions} and
 * {@link Admin2Regions} put each where its places are.
 */
final class RegionPlaces {

  /** With fewer places than this, the 5th to 95th percentile extent says little. */
  static final int MIN_PLACES_FOR_EXTENT = 5;

  private GeoName seat;
  private long population;
  private double weight;
  private double latSum;
  private double lonSum;
  private final List<Double> lats = new ArrayList<>();
  private final List<Double> lons = new ArrayList<>();

  void add(GeoName place) {
    lats.add(place.lat());
    lons.add(place.lon());
    population += place.population();
    double w = Math.max(1, place.population());
    weight += w;
    latSum += w * place.lat();
    lonSum += w * place.lon();
    if ((place.featureCode().equals("PPLA") || place.featureCode().equals("PPLC"))
        && (seat == null || place.population() > seat.population())) {
      seat = place;
    }
  }

  /** The sum of the places' populations. */
  long population() {
    return population;
  }

  /**
   * The division's point {lat, lon}, rounded to 1e-5 degrees: the middle of the extent of its
   * places when there are at least {@value #MIN_PLACES_FOR_EXTENT}; else, with {@code atSeat}, its
   * most populous {@code PPLA} or {@code PPLC} place if it has one; else the population-weighted
   * centroid.
   */
  double[] point(boolean atSeat) {
    if (lats.size() >= MIN_PLACES_FOR_EXTENT) {
      return new double[] {round(middleOfExtent(lats)), round(middleOfExtent(lons))};
    }
    if (atSeat && seat != null) {
      return new double[] {round(seat.lat()), round(seat.lon())};
    }
    return new double[] {round(latSum / weight), round(lonSum / weight)};
  }

  /** The middle of the 5th to 95th percentile of {@code values}, so that an outlying island does not pull it. */
  static double middleOfExtent(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return (sorted.get((int) (0.05 * (n - 1))) + sorted.get((int) Math.ceil(0.95 * (n - 1)))) / 2;
  }

  /** {@code degrees} rounded to 1e-5, about a metre. */
  static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }
}
