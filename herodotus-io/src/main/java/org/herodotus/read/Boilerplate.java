package org.herodotus.read;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is not the article from a page body: scripts and styles, navigation, headers and
 * footers, asides, forms, figures and captions, and elements whose class or id names an ad, a
 * promotion, a cookie banner, a newsletter box, share buttons, comments, related links, a by-line
 * or an author box.
 *
 * <p>Class and id names are split into words ({@code adBanner}, {@code ad-banner} and
 * {@code ad_banner} are all "ad banner"), so that "ad" matches {@code ad-slot} but not
 * {@code header} or {@code read}. An element that holds half the page's text or more, or more than
 * half its prose (paragraphs of 80 characters or more), is kept
 * whatever its name or style says ({@code <form>} wrapping a whole page, {@code class="share-enabled"}
 * on the article itself, an article hidden until a script shows it), and so are {@code <article>},
 * {@code <main>} and the article body.
 */
final class Boilerplate {

  /** Never text: removed whatever they hold. */
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "button, input, select, textarea, img, video, audio, picture, source";
  /** Usually not the article: removed unless they hold most of the page's text. */
  private static final String USUALLY_NOT_TEXT = "nav, header, footer, aside, form, figure, figcaption, menu, dialog, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
  private static final Set<String> NOISE_WORDS = Set.of(
      "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp",
      "banner", "banners", "promo", "promos", "promotion", "promoted", "sponsor", "sponsors", "sponsored",
      "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription",
      "social", "share", "shares", "sharing", "sharebar", "comment", "comments", "disqus",
      "related", "recommended", "recommendations", "outbrain", "taboola", "byline", "caption", "captions",
      "author", "authors", "credit", "credits", "timestamp",
      "breadcrumb", "breadcrumbs", "navbar", "navigation", "menu", "sidebar", "popup", "modal", "trending");
  private static final List<String> NOISE_PHRASES = List.of(
      "-more-stories-", "-read-more-", "-most-read-", "-most-popular-", "-you-may-like-", "-also-read-",
      "-see-also-", "-more-from-");
  /** Paragraphs this long are prose, not labels or links. */
  private static final int PROSE_PARAGRAPH = 80;
  private static final String PROTECTED = "body, article, main, [itemprop=articleBody]";

  private Boilerplate() {}

  /** Removes the boilerplate from {@code body}, in place. */
  static void remove(Element body) {
    body.select(NEVER_TEXT).remove();
    int half = body.text().length() / 2;
    Map<Element, Integer> prose = proseByAncestor(body);
    int halfProse = prose.getOrDefault(body, 0) / 2;
    Predicate<Element> holdsArticle = element -> element.text().length() >= half
        || (halfProse > 0 && prose.getOrDefault(element, 0) > halfProse);
    for (Element element : body.select(USUALLY_NOT_TEXT)) {
      if (attached(element) && !holdsArticle.test(element)) {
        element.remove();
      }
    }
    for (Element element : body.getAllElements()) {
      if (attached(element) && isNoise(element.className() + " " + element.id())
          && !element.is(PROTECTED) && !holdsArticle.test(element)) {
        element.remove();
      }
    }
    for (Element element : body.select("[style]")) {
      String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
      boolean hidden = style.contains("display:none") || style.contains("visibility:hidden");
      if (hidden && attached(element) && !holdsArticle.test(element)) {
        element.remove();
      }
    }
  }

  /**
   * The prose each element holds: the length of its paragraphs of {@value #PROSE_PARAGRAPH}
   * characters or more, each counted once for every ancestor, in one pass over the paragraphs.
   */
  private static Map<Element, Integer> proseByAncestor(Element body) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    for (Element paragraph : body.select("p")) {
      int length = paragraph.text().length();
      if (length >= PROSE_PARAGRAPH) {
        for (Element e = paragraph; e != null; e = e.parent()) {
          prose.merge(e, length, Integer::sum);
          if (e == body) {
            break;
          }
        }
      }
    }
    return prose;
  }

  /** Whether {@code element} is still in the page, not inside an element removed before it. */
  private static boolean attached(Element element) {
    return element.ownerDocument() != null;
  }

  /** Whether class and id names such as {@code "ad-banner promoBox"} name boilerplate. */
  static boolean isNoise(String names) {
    if (names.isBlank()) {
      return false;
    }
    String words = "-" + names.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-") + "-";
    for (String word : words.split("-")) {
      if (NOISE_WORDS.contains(word)) {
        return true;
      }
    }
    for (String phrase : NOISE_PHRASES) {
      if (words.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
