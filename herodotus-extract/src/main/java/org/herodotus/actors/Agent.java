package org.herodotus.actors;

/**
 * A noun that names an actor by its role ("forces", "officials", "smugglers"), from
 * {@code agents.tsv}.
 *
 * @param noun the singular
 * @param sector the CAMEO role or sector code it gives ({@code MIL}, {@code CVL}), or null
 * @param kind what kind of actor it heads
 * @param person whether the singular names one person ("minister") rather than a body ("army")
 */
record Agent(String noun, String sector, Kind kind, boolean person) {

  /** What kind of actor an agent noun heads. */
  enum Kind { STATE, ARMED, PEOPLE, ALLIANCE }
}
