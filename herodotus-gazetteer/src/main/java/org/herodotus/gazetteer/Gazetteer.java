package org.herodotus.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Finds places by name. Names are matched after {@link Names#key normalization}, so spelling and
 * transliteration variants ("Deir al-Zor", "Deir ez-Zor", "Dayr az Zawr"), diacritics and case do
 * not matter. Implementations are immutable and thread-safe.
 */
public interface Gazetteer {

  /**
   * Every entry with this name or alternate name, most important first (countries, admin-1
   * regions and macro-regions before populated places, then by population). Empty when none.
   */
  List<GeoName> lookup(String name);

  /** The country with this ISO 3166-1 alpha-2 code (the default gazetteer also takes alpha-3). */
  Optional<GeoName> country(String countryCode);

  /** The first-level division with this GeoNames admin-1 code in this country. */
  Optional<GeoName> admin1(String countryCode, String admin1Code);

  /** The country whose people or adjective this word names ("Syrian", "Iraqis", "Turkish"). */
  Optional<GeoName> countryOfDemonym(String word);

  /** How many entries the gazetteer holds. */
  int size();
}
