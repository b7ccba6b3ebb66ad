package org.herodotus.model;

/**
 * How the text presents an event: as a fact, or as something that did not, may, or will happen,
 * or that only someone says happened. Only {@link #ASSERTED} and {@link #REPORTED} events are
 * events an analyst should count as having happened.
 */
public enum Mode {
  /** Stated by the article as having happened or happening. */
  ASSERTED,
  /** Attributed to a source ("X said", "according to"), stated as a fact there. */
  REPORTED,
  /** Claimed by a party with a stake in it ("the group claimed", "X alleged"). */
  CLAIMED,
  /** Said not to have happened ("did not attack", "denied attacking"). */
  NEGATED,
  /** Possible, conditional or desired, not actual ("would prefer they die", "could attack", "if"). */
  HYPOTHETICAL,
  /** Announced, planned or threatened for the future ("will withdraw", "plans to"). */
  PLANNED
}
