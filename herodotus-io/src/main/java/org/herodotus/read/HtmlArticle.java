package org.herodotus.read;

import org.herodotus.pipeline.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a web page: its metadata from meta tags and JSON-LD ({@link PageMetadata}), then its
 * article text ({@link MainText}), the headline left out. Truncated pages give the text they
 * have.
 */
final class HtmlArticle {

  private HtmlArticle() {}

  /** The article of {@code html}; {@code known} fields win over what the page says. */
  static Outcome read(String html, String origin, Fields known, ReadOptions options) {
    if (html.isBlank()) {
      return known.failed(origin, Messages.EMPTY);
    }
    Document page = Jsoup.parse(html);
    Fields fields = known.or(PageMetadata.of(page));
    String text = MainText.of(page, fields.title());
    return text.isBlank() ? fields.failed(origin, Messages.NO_ARTICLE_TEXT) : fields.complete(text, origin, options);
  }
}
