package org.herodotus.testing;

import java.util.List;

/**
 * Web pages, feeds and their stories for the tests that read the web, WARC archives and feeds:
 * news-style stories written for the project (places and people invented or public), each a
 * page with navigation and a footer around it.
 */
public final class NewsPages {

  /** One story: where it is, its headline and date, its paragraphs. */
  public record Story(String path, String headline, String date, String author, List<String> paragraphs) {

    /** The story's paragraphs, a blank line apart: the text a reader should find. */
    public String text() {
      return String.join("\n\n", paragraphs);
    }

    /** The story as the site's web page. */
    public String page() {
      StringBuilder body = new StringBuilder();
      paragraphs.forEach(p -> body.append("<p>").append(p).append("</p>\n"));
      return """
          <!DOCTYPE html>
          <html><head><meta charset="utf-8"><title>%1$s | Lakeside Courier</title>
          <meta property="og:site_name" content="Lakeside Courier">
          <meta property="article:published_time" content="%2$sT07:30:00Z">
          <meta name="author" content="%3$s"></head>
          <body><nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/sport">Sport</a></nav>
          <article><h1>%1$s</h1><div class="byline">By %3$s</div>
          %4$s</article>
          <footer><p>Lakeside Courier, 4 Harbour Road. Subscribe for the morning briefing.</p></footer>
          </body></html>""".formatted(headline, date, author, body);
    }
  }

  public static final Story FERRY = new Story("/2026/11/24/ferry-strike", "Ferry crews strike over rosters",
      "2026-11-24", "Mara Olsen", List.of(
          "LAKESIDE — Crews on the three lake ferries walked off the job on Tuesday morning, stranding about "
              + "2,000 commuters on the northern shore, the ferry company said.",
          "The union representing deckhands and pilots said the strike would last 48 hours unless the company "
              + "withdrew a new roster that adds two night shifts a week.",
          "\"We have asked for talks three times since September,\" said Jonas Berg, the union's regional "
              + "secretary. \"The company has not answered once.\"",
          "The ferry company said it regretted the walkout and had offered to meet the union on Thursday. "
              + "Buses will run between the two shores every 20 minutes until the boats return."));

  public static final Story BRIDGE = new Story("/2026/11/25/bridge-repairs", "Old bridge to close for repairs",
      "2026-11-25", "Ilse Varga", List.of(
          "LAKESIDE — The old stone bridge over the Tarn river will close to traffic for six months from "
              + "January while engineers replace its foundations, the town council decided on Wednesday.",
          "Council members voted 14 to 3 for the closure after an inspection found water damage below two "
              + "of the bridge's five arches.",
          "Shop owners on the eastern bank said the closure would cost them customers and asked the council "
              + "for a temporary footbridge, which the mayor promised to study."));

  public static final Story MARKET = new Story("/2026/11/26/winter-market", "Winter market returns to the square",
      "2026-11-26", "Tomas Reed", List.of(
          "LAKESIDE — The winter market opened in the town square on Thursday with 60 stalls, its largest "
              + "number since it began in 2011, the organisers said.",
          "Police closed two streets around the square to cars and asked visitors to come by bus or on foot.",
          "The market will stay open every evening until the end of December."));

  private NewsPages() {}

  /** An RSS 2.0 feed whose items carry only a one-line description and a link to each story. */
  public static String rssWithTeasers(String site, Story... stories) {
    StringBuilder items = new StringBuilder();
    for (Story story : stories) {
      items.append("""
            <item>
              <title>%s</title>
              <link>%s%s</link>
              <guid isPermaLink="false">courier-%s</guid>
              <pubDate>%s</pubDate>
              <dc:creator>%s</dc:creator>
              <description>%s</description>
            </item>
          """.formatted(story.headline(), site, story.path(), story.path().replaceAll("\\W+", "-"),
          rfc822(story.date()), story.author(), escape(story.paragraphs().get(0).substring(0, 60) + "…")));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Lakeside Courier</title>
            <link>%s/</link>
            <description>News from the lake</description>
        %s  </channel>
        </rss>
        """.formatted(site, items);
  }

  /** An RSS 2.0 feed whose items carry each story in full in {@code content:encoded}. */
  public static String rssWithFullText(String site, Story... stories) {
    StringBuilder items = new StringBuilder();
    for (Story story : stories) {
      StringBuilder html = new StringBuilder();
      story.paragraphs().forEach(p -> html.append("<p>").append(p).append("</p>"));
      items.append("""
            <item>
              <title>%s</title>
              <link>%s%s</link>
              <guid>%s%s</guid>
              <pubDate>%s</pubDate>
              <author>newsroom@courier.example (%s)</author>
              <description>Short summary.</description>
              <content:encoded><![CDATA[%s]]></content:encoded>
            </item>
          """.formatted(story.headline(), site, story.path(), site, story.path(), rfc822(story.date()),
          story.author(), html));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel><title>Lakeside Courier</title>
        %s  </channel>
        </rss>
        """.formatted(items);
  }

  /** An Atom feed with each story in full as escaped HTML content. */
  public static String atom(String site, Story... stories) {
    StringBuilder entries = new StringBuilder();
    for (Story story : stories) {
      StringBuilder html = new StringBuilder();
      story.paragraphs().forEach(p -> html.append("<p>").append(p).append("</p>"));
      entries.append("""
            <entry>
              <title>%s</title>
              <link rel="alternate" href="%s%s"/>
              <id>tag:courier.example,2026:%s</id>
              <published>%sT07:30:00Z</published>
              <updated>%sT09:00:00Z</updated>
              <author><name>%s</name></author>
              <content type="html">%s</content>
            </entry>
          """.formatted(story.headline(), site, story.path(), story.path(), story.date(), story.date(),
          story.author(), escape(html.toString())));
    }
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Lakeside Courier</title>
          <id>tag:courier.example,2026:feed</id>
        %s</feed>
        """.formatted(entries);
  }

  private static String rfc822(String isoDate) {
    java.time.LocalDate date = java.time.LocalDate.parse(isoDate);
    return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atTime(7, 30).atOffset(java.time.ZoneOffset.UTC));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
