package org.herodotus.model;

/**
 * The coarse type of a named-entity or numeric mention. Finer classes (CITY, COUNTRY, TITLE, ...)
 * travel as a mention's {@code subtype}.
 */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, religious, ethnic and political groups: "Syrian", "Kurdish". */
  NATIONALITY,
  /** Named things that fit no other type: events, titles, works. */
  MISC,
  MONEY,
  NUMBER,
  PERCENT,
  ORDINAL
}
