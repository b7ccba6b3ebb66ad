package org.herodotus.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article text of a page and renders it as paragraphs joined by blank lines.
 *
 * <ol>
 *   <li>Remove the boilerplate ({@link Boilerplate}).
 *   <li>Pick the main block: the element marked {@code itemprop=articleBody}; else the
 *       schema.org article ({@code itemtype=.../NewsArticle}, {@code BlogPosting}, ...) that holds
 *       no other article and a fifth of the page's text or more; else the {@code <article>} with the most text, if it holds a third of the page's text or more;
 *       else the block that scores highest. Each paragraph of 25 characters or more scores its
 *       length to its parent and half of it to its grandparent; a block's score is then scaled
 *       down by its link density (the share of its text inside links), so that lists of links
 *       lose to prose.
 *   <li>Render the block: every block element ({@code p}, {@code h2}–{@code h6}, {@code li},
 *       {@code blockquote}, {@code div}, ...) starts a paragraph, whitespace collapses, the
 *       headline ({@code h1}, or a paragraph equal to the title) is left out, and so are
 *       paragraphs that are mostly links or stock phrases such as "Advertisement", and lines that
 *       only give a date. A short heading that introduces other pages ("Related links", "Most
 *       popular", "Lesen Sie auch") ends the article once it has begun.
 *   <li>When the page's JSON-LD {@code articleBody} is more than twice as long as that text (a
 *       page whose script writes the article), that body is the text.
 * </ol>
 */
final class MainText {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
      "br", "hr", "address", "center", "details", "summary");
  private static final Set<String> STOCK_PHRASES = Set.of(
      "advertisement", "advertising", "sponsored", "sponsored content", "continue reading", "read more",
      "share this article", "share", "story continues below advertisement", "scroll to continue",
      "skip advertisement", "related", "related stories", "related articles", "tags", "loading", "print", "email",
      "share on facebook", "share on twitter", "tweet");
  /** Headings that end an article: what follows them is other pages' teasers. */
  private static final Pattern END_OF_ARTICLE = Pattern.compile("(?iu)(related( links| stories| articles| posts| news)?"
      + "|top stories|(most )?popular( posts| stories| articles| in .*)?|most (read|viewed|shared)|random posts"
      + "|recent( posts| stories| articles| in .*)?|(you )?(may|might) (also )?(like|enjoy|be interested in)"
      + "|more (stories|news|from .*)|partner news|recommended( for you| stories)?|read (this )?next|latest (news|stories)"
      + "|trending( now)?|don't miss|weitere artikel|mehr zum thema|das könnte sie (auch )?interessieren|lesen sie auch"
      + "|à lire aussi|sur le même sujet|leia também|você pode gostar\\.*|ti potrebbe interessare|potrebbe interessarti"
      + "|te puede interesar|noticias relacionadas|más noticias)[.:…]*");
  /** An article wrapped in schema.org markup. */
  private static final String SCHEMA_ARTICLE = "[itemtype~=(?i)schema.org/(News|Blog|Reportage|Analysis|Opinion)?(Article|Posting)$]";
  /** Articles hold at least this much before a closing heading ends them. */
  private static final int LONGEST_TEASER_FREE_START = 400;
  private static final int LONGEST_HEADING = 60;
  private static final int LONGEST_DATE_LINE = 45;
  private static final int SHORTEST_SCORED_PARAGRAPH = 25;
  private static final double MOSTLY_LINKS = 0.8;
  private static final int CANDIDATES = 20;

  private MainText() {}

  /** The article text of {@code page} ({@code title} is left out); removes boilerplate from it. */
  static String of(Document page, String title) {
    return of(page, title, null);
  }

  /**
   * The article text of {@code page}, or {@code declared}, the text the page gives machines in its
   * JSON-LD, when the markup shows less than half of it (a page whose script writes the article).
   */
  static String of(Document page, String title, String declared) {
    Element body = page.body();
    Boilerplate.remove(body);
    Element main = mainBlock(body);
    List<String> paragraphs = paragraphs(main, title);
    if (paragraphs.isEmpty() && main != body) {
      paragraphs = paragraphs(body, title);
    }
    String text = String.join("\n\n", paragraphs);
    if (declared != null && 2 * text.length() < declared.length()) {
      String fromDeclared = declared(declared, title);
      if (2 * text.length() < fromDeclared.length()) {
        return fromDeclared;
      }
    }
    return text;
  }

  /** The JSON-LD article body as paragraphs: blank lines part them, markup in it (escaped or not) is read. */
  private static String declared(String declared, String title) {
    String html = declared.contains("&lt;") ? Parser.unescapeEntities(declared, false) : declared;
    List<String> paragraphs = new ArrayList<>();
    for (String chunk : html.split("\\r?\\n\\s*\\n")) {
      paragraphs.addAll(paragraphs(Jsoup.parseBodyFragment(chunk).body(), title));
    }
    return String.join("\n\n", paragraphs);
  }

  private static Element mainBlock(Element body) {
    Element marked = largest(body.select("[itemprop=articleBody]"));
    if (marked != null) {
      return marked;
    }
    Element typed = largest(body.select("article" + SCHEMA_ARTICLE + ", div" + SCHEMA_ARTICLE).stream()
        .filter(element -> element.selectFirst("article article, div[itemtype] article") == null
            && element.select("article").size() <= 1).toList());
    if (typed != null && 5 * proseLength(typed) >= proseLength(body)) {
      return typed;
    }
    Element article = largest(body.select("article"));
    if (article != null && 3 * proseLength(article) >= proseLength(body)) {
      return article;
    }
    Element scored = highestScoring(body);
    return scored != null ? scored : body;
  }

  private static Element largest(List<Element> elements) {
    Element best = null;
    int bestLength = 0;
    for (Element element : elements) {
      int length = proseLength(element);
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    return best;
  }

  private static Element highestScoring(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element paragraph : body.select("p, pre, td, blockquote")) {
      int length = paragraph.text().length();
      Element parent = paragraph.parent();
      if (length < SHORTEST_SCORED_PARAGRAPH || parent == null) {
        continue;
      }
      scores.merge(parent, (double) length, Double::sum);
      if (parent.parent() != null) {
        scores.merge(parent.parent(), length / 2.0, Double::sum);
      }
    }
    // Link density costs a pass over the block: weigh only the blocks that could win.
    List<Map.Entry<Element, Double>> leaders = scores.entrySet().stream()
        .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(CANDIDATES).toList();
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : leaders) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /** The length of the text of {@code element} outside links. */
  private static int proseLength(Element element) {
    int links = 0;
    for (Element link : element.select("a")) {
      links += link.text().length();
    }
    return element.text().length() - links;
  }

  private static double linkDensity(Element element) {
    int length = element.text().length();
    return length == 0 ? 1 : 1 - (double) proseLength(element) / length;
  }

  private static List<String> paragraphs(Element block, String title) {
    Paragraphs collector = new Paragraphs(title);
    NodeTraversor.filter(collector, block);
    collector.flush();
    return collector.paragraphs;
  }

  /** Collects the text of a block, one paragraph per block element. */
  private static final class Paragraphs implements NodeFilter {
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int chars;
    private boolean ended;

    Paragraphs(String title) {
      this.title = title == null ? null : collapse(title);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String value = text.getWholeText();
        current.append(value);
        linkChars += linkDepth > 0 ? value.strip().length() : 0;
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("h1")) {
          flush();
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(name)) {
          flush();
        } else if (name.equals("a")) {
          linkDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (BLOCKS.contains(name)) {
          flush();
        } else if (name.equals("a")) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    void flush() {
      String text = collapse(current.toString());
      boolean mostlyLinks = linkChars >= MOSTLY_LINKS * text.length() && !text.matches(".*[.!?\"”]$");
      if (!text.isEmpty() && text.length() <= LONGEST_HEADING && chars >= LONGEST_TEASER_FREE_START
          && END_OF_ARTICLE.matcher(text).matches()) {
        ended = true;
      }
      if (!ended && !text.isEmpty() && !mostlyLinks && !text.equals(title) && !isDateLine(text)
          && !STOCK_PHRASES.contains(text.toLowerCase(Locale.ROOT).replaceAll("[.:…]+$", "").replaceFirst("^tags:.*", "tags"))) {
        paragraphs.add(text);
        chars += text.length();
      }
      current.setLength(0);
      linkChars = 0;
    }

    /** A line that only dates the page, such as "November 20, 2019 - 11:28 AMT": no sentence around the date. */
    private static boolean isDateLine(String text) {
      if (text.length() > LONGEST_DATE_LINE || TextDates.first(text, false) == null) {
        return false;
      }
      int words = 0;
      for (String word : text.split("[^\\p{L}]+")) {
        words += word.length() >= 2 ? 1 : 0;
      }
      return words <= 3;
    }

    private static String collapse(String text) {
      return text.replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
    }
  }
}
