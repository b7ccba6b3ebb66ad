package org.herodotus.read;

import org.herodotus.pipeline.Outcome;

/**
 * Reads a web page: its metadata from meta tags and JSON-LD ({@link PageMetadata}), then its
 * article text ({@link MainText}), the headline left out ({@link WebPage#read}). Truncated pages
 * give the text they have.
 */
final class HtmlArticle {

  private HtmlArticle() {}

  /** The article of {@code html}; {@code known} fields win over what the page says. */
  static Outcome read(String html, String origin, Fields known, ReadOptions options) {
    if (html.isBlank()) {
      return known.failed(origin, Messages.EMPTY);
    }
    WebPage page = WebPage.read(html, known.url());
    Fields fields = known.or(new Fields(null, page.title(), page.published(), page.authors(), page.siteName(), page.url()));
    return page.text().isBlank() ? fields.failed(origin, Messages.NO_ARTICLE_TEXT) : fields.complete(page.text(), origin, options);
  }
}
