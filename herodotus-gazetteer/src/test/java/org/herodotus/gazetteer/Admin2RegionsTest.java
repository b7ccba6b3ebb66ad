package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admin-2 regions outside the US: their plain names, their variants and which are left out. */
class Admin2RegionsTest {

  @Test
  void plainName_dropsOneDesignatorBeforeAndOneAfter() {
    assertThat(Admin2Regions.plainName("Province of Pangasinan")).isEqualTo("Pangasinan");
    assertThat(Admin2Regions.plainName("County Galway")).isEqualTo("Galway");
    assertThat(Admin2Regions.plainName("Mayo County")).isEqualTo("Mayo");
    assertThat(Admin2Regions.plainName("Bridgend county borough")).isEqualTo("Bridgend");
    assertThat(Admin2Regions.plainName("City and County of Swansea")).isEqualTo("Swansea");
    assertThat(Admin2Regions.plainName("Kurram District")).isEqualTo("Kurram");
    assertThat(Admin2Regions.plainName("Surrey")).isEqualTo("Surrey");
    assertThat(Admin2Regions.plainName("County")).isEqualTo("County");
  }

  @Test
  void variants_addCountyXOnlyInBritainAndIreland() {
    assertThat(Admin2Regions.variants("Clare", "IE")).containsExactly("Clare", "County Clare");
    assertThat(Admin2Regions.variants("County Durham", "GB")).containsExactly("County Durham", "Durham");
    assertThat(Admin2Regions.variants("Province of Laguna", "PH")).containsExactly("Province of Laguna", "Laguna");
  }

  @Test
  void add_keepsCountiesNamedAfterNoTownOfTheirs_andLeavesOutMunicipalities() {
    IndexBuilder builder = new IndexBuilder();
    Admin2Regions.Towns towns = new Admin2Regions.Towns();
    for (GeoNamesRow row : List.of(
        row(1, "Guildford", 51.24, -0.57, "GB", "ENG", "N7", 77_000),
        row(2, "Woking", 51.32, -0.56, "GB", "ENG", "N7", 105_000),
        row(3, "Laguna", -28.48, -48.78, "BR", "26", "4209409", 45_000),
        row(4, "Santa Cruz", 14.28, 121.42, "PH", "40", "33", 110_000),
        row(5, "Springfield", 39.8, -89.64, "US", "IL", "167", 116_000))) {
      PlaceNames.add(builder, row, true);
      towns.add(row);
    }
    int added = Admin2Regions.add(builder, Map.of("GB.ENG.N7", "Surrey", "BR.26.4209409", "Laguna",
        "PH.40.33", "Province of Laguna", "US.IL.167", "Sangamon", "GB.SCT.V1", "Fife"), towns);
    CompactGazetteer gazetteer = builder.build();

    assertThat(added).isEqualTo(2); // not the town-named Laguna, a US county, nor Fife without places
    GeoName surrey = gazetteer.lookup("Surrey").get(0);
    assertThat(surrey.featureCode()).isEqualTo("ADM2");
    assertThat(surrey.admin1Code()).isEqualTo("ENG");
    assertThat(surrey.population()).isEqualTo(182_000);
    assertThat(surrey.lat()).isEqualTo(51.29, within(0.02));
    assertThat(surrey.geonameId()).isLessThanOrEqualTo(-4_000_000);
    assertThat(gazetteer.lookup("County Surrey")).containsExactly(surrey);
    assertThat(gazetteer.lookup("Laguna")).extracting(GeoName::countryCode, GeoName::featureCode)
        .containsExactlyInAnyOrder(tuple("BR", "PPL"),
            tuple("PH", "ADM2"));
    assertThat(gazetteer.lookup("Fife")).isEmpty();
  }

  private static GeoNamesRow row(long id, String name, double lat, double lon, String country, String admin1,
      String admin2, long population) {
    return new GeoNamesRow(new GeoName(id, name, lat, lon, "P", "PPL", country, admin1, population), name, List.of(),
        admin2);
  }

  @Test
  void add_placesARegionWithoutTowns_atItsAdmin1Point_unlessItsNameIsGenericOrATownsOfThatRegion() {
    IndexBuilder builder = new IndexBuilder();
    Admin2Regions.Towns towns = new Admin2Regions.Towns();
    GeoNamesRow maidan = row(1, "Maidan Shahr", 34.39, 68.87, "AF", "27", "401", 35_000);
    GeoNamesRow chak = row(2, "Chak", 34.1, 68.6, "AF", "27", "", 600);
    for (GeoNamesRow row : List.of(maidan, chak)) {
      PlaceNames.add(builder, row, true);
      towns.add(row);
    }
    int wardak = builder.add(new GeoName(-2_000_027, "Maidan Wardak Province", 34.15, 68.1, "A", "ADM1", "AF", "27", 0));
    int added = Admin2Regions.add(builder, Map.of("AF.27.401", "Maydan Shahr District", "AF.27.405", "Nerkh",
        "AF.27.406", "Chak District", "AF.27.499", "Central", "AF.99.1", "Nowhere"), towns, Map.of("AF.27", wardak));
    CompactGazetteer gazetteer = builder.build();

    assertThat(added).isEqualTo(2); // Maydan Shahr by its town, Nerkh at Wardak's point; not Chak, Central, Nowhere
    GeoName nerkh = gazetteer.lookup("Nerkh").get(0);
    assertThat(nerkh).extracting(GeoName::featureCode, GeoName::admin1Code, GeoName::lat, GeoName::lon)
        .containsExactly("ADM2", "27", 34.15, 68.1);
    assertThat(nerkh.placedAtItsAdmin1()).isTrue();
    assertThat(gazetteer.lookup("Maydan Shahr").get(0).placedAtItsAdmin1()).isFalse();
    assertThat(gazetteer.lookup("Chak")).extracting(GeoName::featureCode).containsExactly("PPL");
    assertThat(gazetteer.lookup("Central")).isEmpty();
  }
}
