package org.herodotus.model;

/**
 * A typed dependency between two tokens of one sentence, as document-wide token indices;
 * {@code governor} is {@code -1} for the sentence root. Relations are Universal Dependencies
 * labels ({@code nsubj}, {@code obl:from}, ...).
 */
public record Dependency(int governor, int dependent, String relation) {

  public boolean isRoot() {
    return governor < 0;
  }
}
