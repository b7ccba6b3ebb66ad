package org.herodotus.places;

/** The kind of place the text itself says a name is: "Idlib Province", "the city of Aleppo". */
enum Hint {
  NONE,
  /** A first-level division: "Province", "Governorate", "State", "Region". */
  ADMIN1,
  /** A second-level division ("County", "District"): resolved by its namesake town nearby. */
  COUNTY,
  /** A populated place: "the city of", "town". */
  CITY
}
