package org.herodotus.read;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a feed, as the feed gives it.
 *
 * @param id the guid or Atom id, else the link, or {@code null}
 * @param title the title, or {@code null}
 * @param link the address of the article, or {@code null}
 * @param published the item's date ({@code pubDate}, {@code published}, {@code updated}, {@code dc:date}), or {@code null}
 * @param authors the authors' names, or empty
 * @param content the full content ({@code content:encoded}, Atom {@code content}) as HTML, or {@code null}
 * @param summary the description or Atom summary as HTML, or {@code null}
 */
record FeedItem(String id, String title, String link, LocalDate published, List<String> authors, String content,
    String summary) {

  FeedItem {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
