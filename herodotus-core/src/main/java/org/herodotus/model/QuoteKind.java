package org.herodotus.model;

/** How a {@link Quote} gives what its speaker says. */
public enum QuoteKind {
  /** The speaker's own words between quotation marks: {@code "Most want to leave," he said.} */
  DIRECT,
  /** Reported speech, belief or position in the writer's words: "France said it would …". */
  INDIRECT,
  /** Reported speech with quoted fragments: {@code He called it "a disaster" for the town.} */
  MIXED
}
