package org.herodotus.model;

import java.util.List;

/**
 * What someone says, claims or believes according to the article, with who says it and how the
 * article came to know: direct quotes, reported speech and positions.
 *
 * @param span the content: the words attributed, without the cue and the speaker
 * @param text the covered characters
 * @param kind direct, indirect or mixed
 * @param speaker who says it, as the text names them ("he", "a former militant"), linked to an
 *     actor where the antecedent is clear; {@code null} when the text names nobody
 * @param cue the words that introduce it ("said", "told", "according to", "claimed"), or
 *     {@code null} for a quote without one
 * @param chain the sources, from the speaker through the outlets the text cites to the publisher
 * @param hedges words that weaken or qualify it ("reportedly", "allegedly", "privately", "claimed")
 */
public record Quote(
    Span span,
    String text,
    QuoteKind kind,
    Participant speaker,
    Span cue,
    List<Source> chain,
    List<String> hedges) {

  public Quote {
    if (span == null || text == null || kind == null) {
      throw new IllegalArgumentException("a quote needs its content span, text and kind");
    }
    chain = List.copyOf(chain);
    hedges = List.copyOf(hedges);
  }
}
