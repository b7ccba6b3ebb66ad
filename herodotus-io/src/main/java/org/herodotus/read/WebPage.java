package org.herodotus.read;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the HTML reader finds in one web page: the article text and the page's metadata, before
 * any pipeline stage runs. Used by {@code herodotus evaluate html}; the pipeline reads pages
 * through {@link Articles}.
 *
 * @param text the article text, paragraphs joined by blank lines; empty when none was found
 * @param title the headline, or {@code null}
 * @param published the publication date, or {@code null}
 * @param authors the authors' names, or empty
 * @param siteName the site's name, or {@code null}
 * @param url the page's URL: the one given, else the page's own canonical URL, or {@code null}
 */
public record WebPage(String text, String title, LocalDate published, List<String> authors, String siteName,
    String url) {

  public WebPage {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /**
   * Reads {@code html}, a page fetched from {@code url} ({@code null} if unknown; its path may
   * date the page).
   *
   * @throws IllegalArgumentException if {@code html} is {@code null}
   */
  public static WebPage read(String html, String url) {
    if (html == null) {
      throw new IllegalArgumentException("no HTML given; pass the page's text, empty if it has none");
    }
    Document page = Jsoup.parse(html);
    JsonLd ld = JsonLd.of(page);
    Fields fields = PageMetadata.of(page, ld, url);
    String text = MainText.of(page, fields.title(), ld.articleBody());
    return new WebPage(text, fields.title(), fields.published(), fields.authors(), fields.source(),
        url != null ? url : fields.url());
  }
}
