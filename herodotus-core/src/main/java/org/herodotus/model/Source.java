package org.herodotus.model;

/**
 * One link of a chain of attribution: who said it, which outlet carried it, who published it.
 *
 * @param span where the text names it, or {@code null} when it comes from metadata (the publisher)
 * @param name how it is named ("he", "the Guardian", "Kurdistan 24")
 * @param actorId the {@link Actor#id()} it refers to, or {@code null}
 * @param role its place in the chain
 */
public record Source(Span span, String name, String actorId, SourceRole role) {

  public Source {
    if (name == null || role == null) {
      throw new IllegalArgumentException("a source needs a name and a role");
    }
  }
}
