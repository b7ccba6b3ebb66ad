package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionPlacesTest {

  @Test
  void middleOfExtent_isTheMiddleOfTheSpreadNotOfTheCrowd() {
    List<Double> longitudes = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      longitudes.add(-97.0 + i * 0.01); // a crowded east
    }
    for (int i = 0; i <= 10; i++) {
      longitudes.add(-106.0 + i * 0.9); // a sparse west
    }
    // 5th percentile -101.5 (west), 95th -96.16 (east); the mean of all would be -97.1
    assertThat(RegionPlaces.middleOfExtent(longitudes)).isCloseTo(-98.83, within(0.01));
  }

  @Test
  void middleOfExtent_ignoresAnOutlyingIsland() {
    List<Double> latitudes = new ArrayList<>(List.of(30.0, 30.5, 31.0, 31.5, 32.0, 32.5, 33.0, 33.5, 34.0, 34.5,
        35.0, 35.5, 36.0, 36.5, 37.0, 37.5, 38.0, 38.5, 39.0, 39.5, 10.0));
    assertThat(RegionPlaces.middleOfExtent(latitudes)).isCloseTo(34.75, within(0.5));
  }

  @Test
  void point_ofFewPlacesIsAtTheSeatOrElseThePopulationWeightedCentroid() {
    RegionPlaces places = new RegionPlaces();
    places.add(new GeoName(1, "Village", 10, 20, "P", "PPL", "XX", "01", 1_000));
    places.add(new GeoName(2, "Town", 12, 22, "P", "PPL", "XX", "01", 3_000));
    assertThat(places.point(true)).containsExactly(11.5, 21.5);
    places.add(new GeoName(3, "Seat", 11, 21, "P", "PPLA", "XX", "01", 500));
    assertThat(places.point(true)).containsExactly(11.0, 21.0);
    assertThat(places.point(false)[0]).isCloseTo(11.44, within(0.01));
    assertThat(places.population()).isEqualTo(4_500);
  }
}
