package org.herodotus.read;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of a page, from the most to the least explicit evidence; the first that
 * gives a date wins:
 *
 * <ol>
 *   <li>the page's URL when its path holds a whole date ({@code /2020/02/17/}, {@code -20200217-});
 *   <li>{@code article:published_time} and its variants, then JSON-LD {@code datePublished} (the
 *       article's, else another node's but never an image's), then the other meta tags publishers
 *       use (Dublin Core, Parse.ly, Sailthru, {@code itemprop=datePublished} ...), never the
 *       modification date; a value that is the moment of the last change (within a second) is
 *       passed over when another gives an earlier day; a UTC time gives way to the day of the same
 *       moment in the publisher's offset when another of these tags gives it;
 *   <li>a {@code <time>} element, the one marked as the publication time first;
 *   <li>a date written right after a publication word ("Published on", "Veröffentlicht am",
 *       "Erschienen am:", "publié le" ...), a weekday at most between them;
 *   <li>the meta tags that give "a date" without saying which ({@code date}, {@code DC.date}):
 *       often the last change, so they come after what the article shows;
 *   <li>elements whose class or id speaks of a date ({@code date}, {@code published},
 *       {@code post-meta}, {@code datum}, ...), in page order;
 *   <li>the first date written in the page's text from just above its headline (a kicker line)
 *       on;
 *   <li>a publication date a script's data names ({@code "publishedDate": "..."});
 *   <li>the first date anywhere in the text, then in the page's description.
 * </ol>
 *
 * In the {@code <time>} and class steps, dates in menus, navigation bars, footers, asides (but
 * not an aside of the article's metadata), comments, quoted or embedded posts and modification
 * notes ({@code itemprop=dateModified}, classes such as {@code updated}) are not the article's.
 *
 * Reads the page before boilerplate removal: by-lines and timestamps are what it looks for.
 */
final class PublicationDate {

  /** Meta tags that name the article's publication time, not just some date. */
  private static final List<String> STRONG_META_NAMES = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "article:published",
      "article.published");
  private static final List<String> META_NAMES = List.of( "published_time", "publish-date", "publish_date", "publishdate", "publication_date",
      "pubdate", "datepublished", "dc.date.issued", "dc.date.created", "dcterms.issued",
      "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
      "citation_date", "release_date", "original-publish-date", "article_date_original", "cxenseparse:recs:publishtime",
      "displaydate", "dc.created", "created", "date_published", "bt:pubdate");
  /** Meta tags that give the time of the last change. */
  private static final List<String> MODIFIED_META_NAMES = List.of("article:modified_time", "og:updated_time",
      "datemodified", "last-modified", "dc.date.modified", "dcterms.modified");
  /**
   * Meta tags that give "a date" of the page without saying which: often the last change or the
   * time the page was generated, so a {@code <time>} element of the article outranks them.
   */
  private static final List<String> WEAK_META_NAMES = List.of("date", "dc.date", "dcterms.date");
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})([/_-]?)(\\d{2})\\2(\\d{2})(?!\\d)");
  private static final Pattern DATE_NAMES = Pattern.compile(
      "(?i)date|datum|fecha|data|time|publish|posted|post-meta|entry-meta|article-meta|meta-info|byline|dateline|zeit");
  /** Class words of an {@code <aside>} that holds the article's own data (date, by-line), not links elsewhere. */
  private static final Pattern META_BOX = Pattern.compile("(?i)\\bmeta|byline|dateline");
  private static final int LONGEST_DATE_ELEMENT = 250;
  private static final Pattern ISO_OFFSET = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:?\\d{2})");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH);
  /** Class words of elements whose dates are not the article's: comments, modifications, menu bars. */
  private static final Pattern OTHER_DATE_NAMES = Pattern.compile(
      " (comments?|kommentare?|commentaires?|replies|reply|modified|updated|update|nav|navbar|menu|topbar|ticker|breadcrumbs?) ");
  /** Keys under which scripts give the publication date. */
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "[\"'](?:datePublished|publishedDate|publishDate|published_at|publishedAt|pubDate|publication_date|dateCreated|createdAt|created_at)"
          + "[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
  /** Words that announce the publication date in the page's text, in the languages {@link TextDates} reads. */
  private static final Pattern PUBLISHED_CUE = Pattern.compile("(?iu)\\b(published|posted|first published|veröffentlicht|"
      + "erschienen|erstellt|publiziert|publié|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publikacja)"
      + "(\\s+(on|am|le|el|em|il|op|dnia))?\\s*:?\\s*");
  /** How much text after such a word is read for the date, in characters. */
  private static final int CUE_REACH = 40;
  /** How far after such a word the date may start: room for a weekday ("am Mittwoch, 3. Mai"), not for a clause. */
  private static final int WEEKDAY_REACH = 14;
  private static final int TEXT_AFTER_HEADLINE = 2000;
  /** A kicker line above the headline may carry the date ("02.02.2022 10:16 - Bundesliga"). */
  private static final int TEXT_BEFORE_HEADLINE = 100;

  private PublicationDate() {}

  /** The publication date of {@code page}, fetched from {@code url} ({@code null} if unknown), or {@code null}. */
  static LocalDate of(Document page, JsonLd ld, String url) {
    Found found = find(page, ld, url);
    return found == null ? null : found.date();
  }

  /**
   * A date and the evidence it was read from ({@code "url"}, {@code "meta"}, {@code "time"},
   * {@code "cue"}, {@code "weak meta"}, {@code "element"}, {@code "headline"}, {@code "script"},
   * {@code "text"}, {@code "description"}), for diagnostics and tests.
   */
  record Found(LocalDate date, String from) {}

  /** The publication date of {@code page} and the step that found it, or {@code null}. */
  static Found find(Document page, JsonLd ld, String url) {
    LocalDate date = fromUrl(url);
    if (date != null) {
      return new Found(date, "url");
    }
    Map<String, List<String>> metas = metaContents(page);
    List<String> declared = new ArrayList<>();
    STRONG_META_NAMES.forEach(name -> declared.addAll(metas.getOrDefault(name, List.of())));
    if (ld.datePublished() != null) {
      declared.add(ld.datePublished());
    }
    META_NAMES.forEach(name -> declared.addAll(metas.getOrDefault(name, List.of())));
    List<String> weak = new ArrayList<>();
    WEAK_META_NAMES.forEach(name -> weak.addAll(metas.getOrDefault(name, List.of())));
    List<String> all = new ArrayList<>(declared);
    all.addAll(weak);
    List<String> modified = new ArrayList<>();
    MODIFIED_META_NAMES.forEach(name -> modified.addAll(metas.getOrDefault(name, List.of())));
    if (ld.dateModified() != null) {
      modified.add(ld.dateModified());
    }
    date = firstDeclared(withoutModifications(declared, modified), all);
    if (date != null) {
      return new Found(date, "meta");
    }
    boolean monthFirst = page.selectFirst("html[lang^=en-US], html[lang=en]") != null;
    for (Element element : page.select("[itemprop=datePublished], time[pubdate], time.published, time.entry-date, "
        + "time[datetime], time")) {
      if (isNavigation(element) || isOtherDate(element)) {
        continue;
      }
      date = parse(element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content"), monthFirst);
      if (date == null) {
        date = TextDates.first(element.text(), monthFirst);
      }
      if (date != null) {
        return new Found(date, "time");
      }
    }
    Element body = page.body();
    String text = body == null ? "" : body.text();
    date = afterCue(text, monthFirst);
    if (date != null) {
      return new Found(date, "cue");
    }
    date = firstDeclared(weak, weak);
    if (date != null) {
      return new Found(date, "weak meta");
    }
    if (body == null) {
      return null;
    }
    for (Element element : body.getAllElements()) {
      String names = element.className() + " " + element.id();
      if (!names.isBlank() && DATE_NAMES.matcher(names).find() && !isNavigation(element) && !isOtherDate(element)) {
        String own = element.text();
        if (!own.isEmpty() && own.length() <= LONGEST_DATE_ELEMENT) {
          date = TextDates.first(own, monthFirst);
          if (date != null) {
            return new Found(date, "element");
          }
        }
      }
    }
    Element h1 = body.selectFirst("h1");
    int from = h1 == null ? -1 : text.indexOf(h1.text());
    if (from >= 0) {
      int start = Math.max(0, from - TEXT_BEFORE_HEADLINE);
      date = TextDates.first(text.substring(start, Math.min(text.length(), from + TEXT_AFTER_HEADLINE)), monthFirst);
      if (date != null) {
        return new Found(date, "headline");
      }
    }
    date = fromScripts(page);
    if (date != null) {
      return new Found(date, "script");
    }
    date = TextDates.first(text, monthFirst);
    if (date != null) {
      return new Found(date, "text");
    }
    date = TextDates.first(meta(page, "description"), monthFirst);
    return date == null ? null : new Found(date, "description");
  }

  /**
   * {@code declared} without the values that state the moment of the last change ({@code modified},
   * within a second) when another declared value gives an earlier day: some pages fill
   * {@code article:published_time} with the time of the last edit, while their JSON-LD keeps both.
   */
  private static List<String> withoutModifications(List<String> declared, List<String> modified) {
    List<OffsetDateTime> changes = modified.stream().map(PublicationDate::instant).filter(t -> t != null).toList();
    if (changes.isEmpty()) {
      return declared;
    }
    List<String> kept = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (String value : declared) {
      OffsetDateTime t = instant(value);
      boolean change = t != null && changes.stream().anyMatch(c -> Math.abs(Duration.between(c, t).toMillis()) <= 1000);
      (change ? changed : kept).add(value);
    }
    if (changed.isEmpty()) {
      return declared;
    }
    LocalDate changeDay = parse(changed.get(0), false);
    boolean earlier = changeDay != null
        && kept.stream().map(v -> parse(v, false)).anyMatch(d -> d != null && d.isBefore(changeDay));
    return earlier ? kept : declared;
  }

  /**
   * The day of the first of {@code declared} that reads as a date, in the publisher's time as
   * any of {@code others} gives it; or {@code null}.
   */
  private static LocalDate firstDeclared(List<String> declared, List<String> others) {
    for (String value : declared) {
      LocalDate date = parse(value, false);
      if (date != null) {
        return localDay(value, others, date);
      }
    }
    return null;
  }

  /**
   * The first date written just after a word that says the page was published ("Veröffentlicht
   * am 3. Mai 2021"), a weekday at most between them; or {@code null}.
   */
  static LocalDate afterCue(String text, boolean monthFirst) {
    Matcher m = PUBLISHED_CUE.matcher(text);
    while (m.find()) {
      LocalDate date = TextDates.leading(text.substring(m.end(), Math.min(text.length(), m.end() + CUE_REACH)),
          monthFirst, WEEKDAY_REACH);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The first publication date that a script's data names ({@code "publishedDate": "2016-11-04T20:37:27Z"}). */
  private static LocalDate fromScripts(Document page) {
    for (Element script : page.select("script")) {
      Matcher m = SCRIPT_DATE.matcher(script.data());
      while (m.find()) {
        LocalDate date = parse(m.group(1), false);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static String meta(Document page, String name) {
    Element meta = page.selectFirst("meta[name=" + name + "][content], meta[property=og:" + name + "][content]");
    return meta == null ? null : meta.attr("content");
  }

  /**
   * A date element of the page, not of the article: a comment's, a modification's, a quoted or
   * embedded post's, or today's in a menu bar.
   */
  private static boolean isOtherDate(Element element) {
    if (element.attr("itemprop").equalsIgnoreCase("dateModified")) {
      return true;
    }
    for (Element e = element; e != null && e.normalName() != null && !e.normalName().equals("body"); e = e.parent()) {
      if (e.normalName().equals("blockquote")) {
        return true; // a quoted or embedded post (a tweet, an Instagram picture) has its own date
      }
      String names = " " + (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
      if (OTHER_DATE_NAMES.matcher(names).find()) {
        return true;
      }
    }
    return false;
  }

  /** The contents of the page's meta tags by name, property or itemprop, lower-cased, in one pass. */
  private static Map<String, List<String>> metaContents(Document page) {
    Map<String, List<String>> contents = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          contents.computeIfAbsent(name, k -> new ArrayList<>()).add(meta.attr("content"));
        }
      }
    }
    return contents;
  }

  /**
   * The day of {@code value} ({@code date}) in the publisher's own time: when {@code value} is a
   * UTC time and another of the page's dates gives the same moment (within an hour) with its
   * offset, that one's day, as in "2019-10-18T22:04:00Z" beside "Sat, 19 Oct 2019 00:04:00 +0200".
   */
  private static LocalDate localDay(String value, List<String> others, LocalDate date) {
    OffsetDateTime utc = instant(value);
    if (utc == null || utc.getOffset().getTotalSeconds() != 0) {
      return date;
    }
    for (String other : others) {
      OffsetDateTime local = instant(other);
      if (local != null && local.getOffset().getTotalSeconds() != 0
          && Math.abs(Duration.between(utc, local).toMinutes()) <= 60) {
        return local.toLocalDate();
      }
    }
    return date;
  }

  /** The moment {@code value} states with its offset (ISO 8601 or RFC 1123), or {@code null}. */
  private static OffsetDateTime instant(String value) {
    String s = value.strip();
    try {
      if (s.length() > 20 && Character.isLetter(s.charAt(0))) {
        return OffsetDateTime.parse(s.replace("GMT", "+0000").replace("UTC", "+0000"), RFC_1123);
      }
      Matcher m = ISO_OFFSET.matcher(s);
      if (m.matches()) {
        String offset = m.group(2).equals("Z") ? "+00:00" : m.group(2).length() == 5
            ? m.group(2).substring(0, 3) + ":" + m.group(2).substring(3) : m.group(2);
        return OffsetDateTime.parse(m.group(1).replace(' ', 'T') + offset);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** The whole date in {@code url}'s path, or {@code null}. */
  static LocalDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("^[a-z]+://[^/]+", "");
    Matcher m = URL_DATE.matcher(path.replaceFirst("^/web/\\d+(?:id_)?/", "/"));
    while (m.find()) {
      LocalDate date = TextDates.first(m.group(1) + "-" + m.group(3) + "-" + m.group(4), false);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate parse(String value, boolean monthFirst) {
    LocalDate date = Dates.parse(value);
    if (date != null && date.getYear() >= 1990 && date.getYear() <= 2099) {
      return date;
    }
    return TextDates.first(value, monthFirst);
  }

  private static boolean isNavigation(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      String name = e.normalName();
      if (name.equals("nav") || name.equals("footer")
          || name.equals("aside") && !META_BOX.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return String.valueOf(element.className()).toLowerCase(Locale.ROOT).contains("update");
  }
}
