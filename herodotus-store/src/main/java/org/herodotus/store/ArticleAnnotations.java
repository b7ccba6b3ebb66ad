package org.herodotus.store;

import java.util.List;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * What was found in one stored article, with offsets into its text, for a page that highlights
 * it: entities, dates and actor mentions ({@link Annotation}), resolved places, and quotes with
 * their speaker, cue and chain of sources. Documents stored before schema version 3 have places
 * and quotes but no annotations, cues or chains until they are ingested again.
 *
 * @param annotations entities, times and actor mentions, in text order
 * @param places the places, in text order
 * @param quotes the quotes and reports, in text order
 */
public record ArticleAnnotations(List<Annotation> annotations, List<Place> places, List<StoredQuote> quotes) {

  public ArticleAnnotations {
    annotations = List.copyOf(annotations);
    places = List.copyOf(places);
    quotes = List.copyOf(quotes);
  }

  /**
   * A stored quote or report: who says what, through whom.
   *
   * @param index its position among the document's quotes (an event's {@code quote} refers to it)
   * @param kind {@code DIRECT}, {@code INDIRECT} or {@code MIXED}
   * @param span the content's characters
   * @param text the content
   * @param speaker the speaker as the text names them, or {@code null}
   * @param speakerCode the speaker's CAMEO actor code, or {@code null}
   * @param cue the cue ("said", "according to"), or {@code null}
   * @param chain the sources from who spoke to who published, in order
   * @param hedges hedging words ("reportedly", "may")
   */
  public record StoredQuote(int index, String kind, Span span, String text, String speaker, String speakerCode,
      Span cue, List<ChainLink> chain, List<String> hedges) {

    public StoredQuote {
      chain = List.copyOf(chain);
      hedges = List.copyOf(hedges);
    }
  }

  /**
   * One source in a chain of attribution.
   *
   * @param name as the text names it ("a former militant", "the Guardian")
   * @param role {@code SPEAKER}, {@code CITED} or {@code PUBLISHER}
   */
  public record ChainLink(String name, String role) {}
}
