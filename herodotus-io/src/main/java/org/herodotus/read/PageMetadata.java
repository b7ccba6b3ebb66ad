package org.herodotus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about its article, from meta tags, JSON-LD and the markup. Each field
 * takes the first source that gives it:
 *
 * <ul>
 *   <li>source: {@code og:site_name}, JSON-LD publisher;
 *   <li>title: {@code og:title}, JSON-LD headline, the {@code <h1>}, {@code <title>}; the
 *       {@code <h1>} alone when the title holds it with more around it; with the site name cut
 *       off ("Kabul attack | Frontier Daily") when the source is known; whitespace collapsed;
 *   <li>published: see {@link PublicationDate};
 *   <li>authors: JSON-LD authors, else meta {@code author}, {@code article:author} and
 *       {@code dc.creator} names (not profile URLs) and the name a "Written by" / "Verfasst von"
 *       label introduces ({@code twitter:label1}/{@code data1}), else the by-line in the markup;
 *       lead phrases ("View all posts by", "Erstellt von") are cut; the site's own name and domain
 *       names are not authors;
 *   <li>url: {@code og:url}, else the canonical link.
 * </ul>
 */
final class PageMetadata {

  private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " :: ", " » ");

  private static final int SHORTEST_HEADLINE = 10;
  /** Elements inside a heading that hold its kicker (topic line), not the headline. */
  private static final String KICKERS = "small, [aria-hidden=true], [class*=kicker], [class*=dachzeile], [class*=topic], "
      + "[class*=label], [class*=overline], [class*=topline], [class*=titleheader], [class*=roofline], [class*=eyebrow], "
      + "[class*=spitzmarke]";
  private static final Pattern SITE_LIKE = Pattern.compile("(?i)\\.(com|net|org|de|at|ch|fr|uk|it|es)\\b|www\\.|https?:");
  private static final String BYLINE_ELEMENTS = "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
      + ".author-name, .author__name, .byline__name, .byline a, .author a, .byline, .author, .autor, .article-author";
  /** Where site templates put a by-line when no common class marks it ({@code c-article__author}, {@code mo-author}). */
  private static final String LOOSE_BYLINE_ELEMENTS = "[class*=author], [class*=auteur], [class*=contributor]";
  private static final Pattern BYLINE_LEAD = Pattern.compile(
      "(?iu)^(by|von|vom|par|por|di|door|av|autor(in)?:?|author:?|auteur(e|\\(s\\))?\\s?:?|text:?|artikel von:?|recipe by)\\s+");
  /** Phrases that announce a name wherever it comes from: "View all posts by", "Erstellt von", "Ein Artikel von". */
  private static final Pattern NAME_LEAD = Pattern.compile("(?iu)^(view all posts by|all posts by|posted by|written by|"
      + "published by|(erstellt|veröffentlicht|geschrieben|verfasst|publiziert) von|ein (artikel|beitrag) von|"
      + "publié par|écrit par|publicado por|escrito por)\\s*");
  private static final Pattern WRITTEN_BY = Pattern.compile(
      "(?iu)^(written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da)$");
  private static final int LONGEST_BYLINE = 60;
  private static final int MOST_BYLINE_WORDS = 6;

  private PageMetadata() {}

  private static String collapse(String text) {
    return text == null ? null : text.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  static Fields of(Document page) {
    return of(page, null);
  }

  /** The fields of {@code page}, fetched from {@code url} ({@code null} if unknown), which may date it. */
  static Fields of(Document page, String url) {
    return of(page, JsonLd.of(page), url);
  }

  /** The fields of {@code page}, whose JSON-LD says {@code ld}, fetched from {@code url} ({@code null} if unknown). */
  static Fields of(Document page, JsonLd ld, String url) {
    String source = first(meta(page, "og:site_name"), ld.publisher());
    String headline = collapse(headline(page));
    String title = collapse(first(meta(page, "og:title"), ld.headline(), headline, page.title()));
    if (headline != null && title != null && headline.length() >= SHORTEST_HEADLINE && title.contains(headline)) {
      title = headline; // "Kolumne: Ein wenig lost | Frollein Herr" has the <h1> "Ein wenig lost"
    }
    return new Fields(null, withoutSite(title, source), PublicationDate.of(page, ld, url), authors(page, ld, source), source,
        first(meta(page, "og:url"), attribute(page.selectFirst("link[rel=canonical][href]"), "href")));
  }

  private static List<String> authors(Document page, JsonLd ld, String source) {
    List<String> declared = people(ld.authors(), source);
    if (!declared.isEmpty()) {
      return declared;
    }
    List<String> names = people(metaAuthors(page), source);
    return names.isEmpty() ? people(bylines(page), source) : names;
  }

  /** {@code names} without the site's own name and domain names ("National Geographic", "mdr.de"). */
  private static List<String> people(List<String> names, String source) {
    List<String> people = new ArrayList<>();
    for (String written : names) {
      String name = NAME_LEAD.matcher(written).replaceFirst("").strip();
      if (name.isEmpty()) {
        continue;
      }
      boolean site = source != null && name.equalsIgnoreCase(source.strip());
      if (!site && !SITE_LIKE.matcher(name).find()) {
        people.add(name);
      }
    }
    return people;
  }

  /**
   * The by-line the markup shows: the first author element ({@code itemprop=author},
   * {@code rel=author}, a class such as {@code byline} or {@code author-name}; failing those, any
   * class that speaks of an author or contributor outside the comments) with a short text,
   * without its lead word ("By", "Von", "Par", "Por", "Di", "Door", "Autor:").
   */
  private static List<String> bylines(Document page) {
    List<String> named = bylines(page.select(BYLINE_ELEMENTS));
    return named.isEmpty() ? bylines(page.select(LOOSE_BYLINE_ELEMENTS).stream().filter(e -> !inComments(e)).toList()) : named;
  }

  /** Whether {@code element} lies in a comment thread, where authors are readers. */
  private static boolean inComments(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if ((e.className() + " " + e.id()).toLowerCase(Locale.ROOT).contains("comment")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> bylines(List<Element> elements) {
    for (Element element : elements) {
      String text = collapse(element.text());
      text = text == null ? "" : BYLINE_LEAD.matcher(text).replaceFirst("").replaceFirst("\\s*[|•·,—–-]\\s*$", "").strip();
      if (!text.isEmpty() && text.length() <= LONGEST_BYLINE && Character.isLetter(text.charAt(0)) && !text.endsWith(":")
          && text.chars().noneMatch(Character::isDigit) && text.split(" ").length <= MOST_BYLINE_WORDS) {
        return List.of(text);
      }
    }
    return List.of();
  }

  private static List<String> metaAuthors(Document page) {
    List<String> names = new ArrayList<>();
    List<Element> metas = new ArrayList<>(page.select("meta[name=author][content], meta[property=article:author][content], "
        + "meta[name=article:author][content], meta[name=dc.creator][content], meta[name=DC.creator][content]"));
    Element label = page.selectFirst("meta[name=twitter:label1][content]");
    if (label != null && WRITTEN_BY.matcher(label.attr("content")).find()) {
      Element data = page.selectFirst("meta[name=twitter:data1][content]");
      if (data != null) {
        metas.add(data); // "Written by" / "Verfasst von" beside the name, as blog engines label it
      }
    }
    for (Element meta : metas) {
      String content = meta.attr("content").strip();
      if (content.isEmpty() || content.startsWith("http") || content.contains("/") || content.contains("@")) {
        continue;
      }
      List<String> split = TextLayout.byline("By " + content.replaceFirst("^(?i)by\\s+", ""));
      for (String name : split.isEmpty() ? List.of(content) : split) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * The headline in the article if it has one, else the page's first; without a kicker the
   * heading holds in its own element ("<h1><span class="dachzeile">Nach Corona</span> Autohäuser
   * ...</h1>") when the rest is a headline by itself.
   */
  private static String headline(Document page) {
    Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline]");
    Element heading = h1 != null ? h1 : page.selectFirst("h1");
    if (heading == null) {
      return null;
    }
    Element bare = heading.clone();
    bare.select(KICKERS).remove();
    String rest = text(bare);
    rest = rest == null ? null : rest.replaceFirst("^[\\s:|–—-]+", "");
    return rest != null && rest.length() >= SHORTEST_HEADLINE ? rest : text(heading);
  }

  /** {@code title} without a leading or trailing site name, as in "Kabul attack | Frontier Daily". */
  static String withoutSite(String title, String site) {
    if (title == null || site == null) {
      return title;
    }
    String lowerTitle = title.toLowerCase(Locale.ROOT);
    String lowerSite = site.toLowerCase(Locale.ROOT);
    for (String separator : TITLE_SEPARATORS) {
      if (lowerTitle.endsWith(separator + lowerSite) && title.length() > separator.length() + site.length()) {
        return title.substring(0, title.length() - separator.length() - site.length()).strip();
      }
      if (lowerTitle.startsWith(lowerSite + separator) && title.length() > separator.length() + site.length()) {
        return title.substring(site.length() + separator.length()).strip();
      }
    }
    return title;
  }

  private static String meta(Document page, String key) {
    Element meta = page.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
    return attribute(meta, "content");
  }

  private static String attribute(Element element, String name) {
    return element == null ? null : blankToNull(element.attr(name));
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(element.text());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
