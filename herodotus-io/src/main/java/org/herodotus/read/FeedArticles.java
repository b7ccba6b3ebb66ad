package org.herodotus.read;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.herodotus.fetch.FetchException;
import org.herodotus.fetch.Fetched;
import org.herodotus.fetch.Fetcher;
import org.herodotus.pipeline.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The articles of one feed, an item at a time, origin {@code feed#N} for the N-th item. An item's
 * title, link (as url), date, authors and the feed's title (as source) are its metadata; its text
 * is the item's content ({@code content:encoded}, Atom content), else its description or summary,
 * as HTML. When an item has no content and its summary is shorter than {@value #FULL_TEXT_CHARS}
 * characters and it links to a page, the page is fetched and read as a web page, if fetching is on
 * ({@link ReadOptions#fetcher()}); if the page has no article text, the item's own text is used.
 */
final class FeedArticles implements ArticleStream {

  /** A shorter summary without content is taken for a teaser, and the linked page is fetched when possible. */
  static final int FULL_TEXT_CHARS = 1000;

  private final String origin;
  private final String source;
  private final ReadOptions options;
  private final Predicate<String> wanted;
  private final Consumer<String> read;
  private final Iterator<FeedItem> items;
  private int number;
  private Outcome next;

  /**
   * @param wanted whether an item's id is to be read (polling leaves out the items seen before)
   * @param read told the id of each item read without failure
   */
  FeedArticles(FeedXml.Feed feed, String origin, ReadOptions options, Predicate<String> wanted, Consumer<String> read) {
    this.origin = origin;
    this.source = feed.title();
    this.options = options;
    this.wanted = wanted;
    this.read = read;
    this.items = feed.items().iterator();
  }

  /** The articles of the feed in {@code bytes}, or one failure if it is not a feed. */
  static ArticleStream of(byte[] bytes, String origin, ReadOptions options) {
    try {
      return new FeedArticles(FeedXml.parse(bytes), origin, options, id -> true, id -> { });
    } catch (Unreadable e) {
      return Streams.one(new Outcome.Failed(origin, origin, "read", e.getMessage(), e.getCause()));
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && items.hasNext()) {
      FeedItem item = items.next();
      number++;
      if (item.id() != null && !wanted.test(item.id())) {
        continue;
      }
      String where = origin + "#" + number;
      try {
        next = article(item, where);
      } catch (RuntimeException | StackOverflowError e) {
        next = new Outcome.Failed(where, where, "read", Messages.unexpected(e), e);
      }
      if (next instanceof Outcome.Done && item.id() != null) {
        read.accept(item.id());
      }
    }
    return next != null;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more items in " + origin);
    }
    Outcome result = next;
    next = null;
    return result;
  }

  @Override
  public void close() {
    next = null;
    while (items.hasNext()) {
      items.next();
    }
  }

  private Outcome article(FeedItem item, String where) {
    Fields known = new Fields(item.id(), item.title(), item.published(), item.authors(), source, item.link());
    String html = item.content() != null ? item.content() : item.summary();
    String text = html == null ? "" : fragmentText(html);
    Fetcher fetcher = options.fetcher();
    boolean teaser = item.content() == null && text.length() < FULL_TEXT_CHARS;
    if (teaser && item.link() != null && fetcher != null) {
      Outcome page = page(fetcher, item.link(), where, known);
      if (page instanceof Outcome.Done || text.isBlank()) {
        return page;
      }
      Outcome.Failed failed = (Outcome.Failed) page;
      if (!failed.message().equals(Messages.NO_ARTICLE_TEXT)) {
        return page; // not fetched: fail, so the next poll tries again
      }
    }
    if (text.isBlank()) {
      return known.failed(where, Messages.feedItemEmpty(item.link()));
    }
    return known.complete(text, where, options);
  }

  private Outcome page(Fetcher fetcher, String link, String where, Fields known) {
    Fetched page;
    try {
      page = fetcher.get(URI.create(link.strip()));
    } catch (FetchException | IllegalArgumentException e) {
      return known.failed(where, Messages.feedItemPage(link, e.getMessage()));
    }
    if (page.body().length > options.maxBytes()) {
      return known.failed(where, Messages.tooManyBytes("the page " + link, page.body().length, options));
    }
    String html = WebText.decode(page.body(), page.charset(), true);
    return HtmlArticle.read(html, where, known, options);
  }

  /** The text of an HTML fragment: its paragraphs, headings, list items and quotes, a blank line apart. */
  static String fragmentText(String html) {
    org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
    List<Element> blocks = fragment.body().select("p, h1, h2, h3, h4, h5, h6, li, blockquote:not(:has(p))");
    StringBuilder text = new StringBuilder();
    for (Element block : blocks) {
      String line = block.text().strip();
      if (!line.isEmpty()) {
        text.append(text.length() == 0 ? "" : "\n\n").append(line);
      }
    }
    return text.length() > 0 ? text.toString() : fragment.body().text().strip();
  }
}
