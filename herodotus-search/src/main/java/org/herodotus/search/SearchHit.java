package org.herodotus.search;

import java.util.List;

/**
 * One document a search found, ranked by BM25: its metadata, a snippet of its text with the
 * matching words in [brackets], and the evidence sentences of its events that match.
 *
 * @param documentId the document id in the store
 * @param score the BM25 score of its best matching entry
 * @param title the title, or {@code null}
 * @param source the outlet, or {@code null}
 * @param published the publication date (YYYY-MM-DD), or {@code null}
 * @param url the web address, or {@code null}
 * @param snippet a passage of the text with the query's words marked, or the text's start when only other fields matched
 * @param events the matching events' evidence, in event order
 */
public record SearchHit(String documentId, float score, String title, String source, String published, String url,
    String snippet, List<Evidence> events) {

  public SearchHit {
    events = List.copyOf(events);
  }

  /**
   * The evidence of one matching event.
   *
   * @param index the event's position in its document (as in {@code events}: {@code documentId#index})
   * @param text the evidence sentence with the query's words marked
   * @param code the CAMEO code, or {@code null}
   * @param plover the PLOVER category, or {@code null}
   */
  public record Evidence(int index, String text, String code, String plover) {}
}
