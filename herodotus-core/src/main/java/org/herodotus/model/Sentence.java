package org.herodotus.model;

import java.util.List;

/**
 * One sentence: its span, the document-wide token indices {@code [firstToken, endToken)} it
 * holds, and its dependency parse (empty when the pipeline does not parse).
 */
public record Sentence(Span span, int firstToken, int endToken, List<Dependency> dependencies) {

  public Sentence {
    if (endToken < firstToken) {
      throw new IllegalArgumentException("sentence ends at token " + endToken + " before its start " + firstToken);
    }
    dependencies = List.copyOf(dependencies);
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
