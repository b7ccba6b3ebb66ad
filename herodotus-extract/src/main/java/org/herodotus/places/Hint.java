package org.herodotus.places;

/** The kind of place the text itself says a name is: "Idlib Province", "the city of Aleppo". */
enum Hint {
  NONE,
  /** A first-level division: "Province", "Governorate", "State", "Region". */
  ADMIN1,
  /**
   * A second-level division ("County", "Parish", "District"): the gazetteer's county of that name,
   * else its namesake town in a state the article is about.
   */
  COUNTY,
  /** A populated place: "the city of", "town". */
  CITY
}
