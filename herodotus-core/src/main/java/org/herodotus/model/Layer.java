package org.herodotus.model;

/**
 * The annotation layers a {@link Document} can carry. Stages declare which layers they need and
 * which they add, so that a miswired pipeline fails when it is built.
 */
public enum Layer {
  /** Tokens and sentences. */
  TOKENS,
  /** Dependency parses of the sentences. */
  DEPENDENCIES,
  /** Named-entity and numeric mentions as a statistical tagger found them, before our own checks. */
  ENTITY_CANDIDATES,
  /** Named-entity and numeric mentions. */
  ENTITIES,
  /** Temporal expressions as a first tagger found them, before our own normalization. */
  TIME_CANDIDATES,
  /** Temporal expressions, normalized against the publication date. */
  TIMES,
  /** Toponyms resolved to gazetteer entries. */
  PLACES,
  /** Actors with their mentions merged and coded. */
  ACTORS,
  /** Coded events. */
  EVENTS,
  /** Quotes and claims with their speakers. */
  QUOTES
}
