package org.herodotus.places;

/** The kind of place the text itself says a name is: "Idlib Province", "the city of Aleppo". */
enum Hint {
  NONE,
  /** A first-level division: "Province", "Governorate", "State", "Region". */
  ADMIN1,
  /**
   * A US-style county ("County", "Parish"): the gazetteer's county of that name, else its namesake
   * town in a state the article is about.
   */
  COUNTY,
  /**
   * A district ("Karak district", "Tipperary District Court"): a second-level division or the town
   * it is named after, wherever it lies.
   */
  DISTRICT,
  /** A populated place: "the city of", "town". */
  CITY
}
