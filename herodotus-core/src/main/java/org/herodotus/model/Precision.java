package org.herodotus.model;

/** How precisely a place is located: which kind of gazetteer entry it resolved to. */
public enum Precision {
  /** A macro-region such as the Middle East or the Levant. */
  REGION,
  COUNTRY,
  /** A first-level administrative division: a province, governorate, state. */
  ADMIN1,
  /** A second-level administrative division: a US county, parish or borough. */
  ADMIN2,
  /** A populated place. */
  CITY,
  /** A point feature: a building, a border crossing, a checkpoint. */
  POINT,
  /** Recognized as a place but not found in the gazetteer; never given coordinates. */
  UNRESOLVED
}
