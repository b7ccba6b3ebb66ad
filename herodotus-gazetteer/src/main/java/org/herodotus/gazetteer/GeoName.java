package org.herodotus.gazetteer;

/**
 * One gazetteer entry, as GeoNames describes it.
 *
 * @param geonameId the GeoNames id; negative for entries the default gazetteer defines itself, for
 *     want of a GeoNames id in its sources: macro-regions (-1 to -499,999), airports (from
 *     -500,001), landmarks (from -600,001), town quarters (from -700,001), countries (from
 *     -1,000,000), admin-1 regions (from -2,000,000), US counties (-3,000,000 less the FIPS code),
 *     admin-2 regions elsewhere (from -4,000,000; from -4,500,000 those placed at their admin-1
 *     region's point, {@link #placedAtItsAdmin1()}) and small US towns of the ZIP codes (from
 *     -5,000,001)
 * @param name the preferred English name ("Deir ez-Zor")
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param featureClass GeoNames feature class: {@code P} populated place, {@code A} country or
 *     division, {@code L} area or region, {@code S} spot, ...
 * @param featureCode GeoNames feature code: {@code PPLC} capital, {@code PPLA} seat of an admin-1,
 *     {@code PCLI} independent country, {@code ADM1}, {@code RGN}, ...
 * @param countryCode ISO 3166-1 alpha-2 code, or empty for entries in no one country
 * @param admin1Code the GeoNames admin-1 code within the country ("09" for Idlib), or empty
 * @param population inhabitants, 0 when unknown
 */
public record GeoName(
    long geonameId,
    String name,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    String countryCode,
    String admin1Code,
    long population) {

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  /** A second-level division: a US county, parish or borough, a British county, a Philippine province, ... */
  public boolean isAdmin2() {
    return featureCode.equals("ADM2");
  }

  /**
   * A second-level division the default gazetteer knows only by its admin-1 region ("Nerkh" in
   * Wardak): it stands at that region's point, so its coordinates are good to the admin-1 region.
   */
  public boolean placedAtItsAdmin1() {
    return isAdmin2() && geonameId <= -4_500_000 && geonameId > -5_000_000;
  }

  /** A region the project defines itself ("the Levant", "Sahel"): negative id, feature code RGN. */
  public boolean isMacroRegion() {
    return geonameId < 0 && featureCode.equals("RGN");
  }

  public boolean isPopulatedPlace() {
    return featureClass.equals("P");
  }
}
