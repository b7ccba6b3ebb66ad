package org.herodotus.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored document as a full-text index needs it: metadata, text and the evidence sentences of
 * its events. Read from the store ({@link Store#forEachDocument}), so the store stays the source
 * of truth and an index can always be rebuilt from it.
 *
 * @param id the document id
 * @param contentHash its {@link ContentHash}: an index keeps it to tell a stale entry
 * @param title the title, or {@code null}
 * @param published the publication date, or {@code null}
 * @param source the outlet, or {@code null}
 * @param url the web address, or {@code null}
 * @param text the text
 * @param evidence its events' evidence, in event order
 */
public record StoredDocument(String id, String contentHash, String title, LocalDate published, String source,
    String url, String text, List<Evidence> evidence) {

  public StoredDocument {
    evidence = List.copyOf(evidence);
  }

  /**
   * The evidence sentence of one event with the fields a search may filter on.
   *
   * @param index the event's position in its document
   * @param text the sentence
   * @param code the CAMEO code, or {@code null}
   * @param plover the PLOVER category, or {@code null}
   * @param country the ISO alpha-2 code of the event's place, or {@code null}
   * @param date the event's TIMEX3 date ({@code 2017-07}), or {@code null}
   */
  public record Evidence(int index, String text, String code, String plover, String country, String date) {}
}
