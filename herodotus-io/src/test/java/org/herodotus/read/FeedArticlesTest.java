package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.herodotus.testing.NewsPages.BRIDGE;
import static org.herodotus.testing.NewsPages.FERRY;
import static org.herodotus.testing.NewsPages.MARKET;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.herodotus.fetch.FetchOptions;
import org.herodotus.fetch.Fetcher;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.herodotus.testing.LocalWeb;
import org.herodotus.testing.NewsPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {

  static final String SITE = "https://courier.example";

  static ReadOptions fetching() {
    return Reading.OPTIONS.withFetcher(new Fetcher(FetchOptions.defaults().withPerHostInterval(Duration.ZERO)));
  }

  @Test
  void rssFile_withFullText_eachItemIsADocumentWithItsMetadata(@TempDir Path dir) {
    Path feed = Reading.write(dir, "courier.rss", NewsPages.rssWithFullText(SITE, FERRY, BRIDGE));
    List<Outcome> outcomes = Reading.all(feed);
    assertThat(outcomes).hasSize(2);
    Document ferry = Reading.done(outcomes.get(0));
    assertThat(ferry.id()).isEqualTo(SITE + FERRY.path());
    assertThat(ferry.meta().url()).isEqualTo(SITE + FERRY.path());
    assertThat(ferry.meta().title()).isEqualTo(FERRY.headline());
    assertThat(ferry.meta().published()).hasToString(FERRY.date());
    assertThat(ferry.meta().authors()).containsExactly("newsroom@courier.example (Mara Olsen)");
    assertThat(ferry.meta().source()).isEqualTo("Lakeside Courier");
    assertThat(ferry.meta().origin()).isEqualTo(feed + "#1");
    assertThat(ferry.text()).isEqualTo(FERRY.text());
    assertThat(Reading.done(outcomes.get(1)).text()).isEqualTo(BRIDGE.text());
  }

  @Test
  void atomFile_takesPublished_authorName_andTheEscapedHtmlContent(@TempDir Path dir) {
    Path feed = Reading.write(dir, "courier.atom", NewsPages.atom(SITE, MARKET));
    Document market = Reading.done(Reading.one(feed));
    assertThat(market.id()).isEqualTo("tag:courier.example,2026:" + MARKET.path());
    assertThat(market.meta().published()).hasToString(MARKET.date());
    assertThat(market.meta().authors()).containsExactly(MARKET.author());
    assertThat(market.text()).isEqualTo(MARKET.text());
  }

  @Test
  void atomXhtmlContent_keepsItsParagraphs(@TempDir Path dir) {
    Path feed = Reading.write(dir, "xhtml.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Lakeside Courier</title>
          <entry><title>Market returns</title><id>tag:courier.example,2026:m1</id><updated>2026-11-26T09:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p><p>%s</p></div></content>
          </entry>
        </feed>""".formatted(MARKET.paragraphs().get(0), MARKET.paragraphs().get(1)));
    assertThat(Reading.done(Reading.one(feed)).text())
        .isEqualTo(MARKET.paragraphs().get(0) + "\n\n" + MARKET.paragraphs().get(1));
  }

  @Test
  void xmlFile_isSniffedAsAFeed(@TempDir Path dir) {
    Path feed = Reading.write(dir, "export.xml", NewsPages.rssWithFullText(SITE, FERRY, BRIDGE, MARKET));
    assertThat(Reading.all(feed)).hasSize(3).allSatisfy(Reading::done);
  }

  @Test
  void teaserFeedFromAFile_givesTheTeasers_evenWhenFetchingIsOn(@TempDir Path dir) {
    Path feed = Reading.write(dir, "teasers.rss", NewsPages.rssWithTeasers(SITE, FERRY));
    List<Outcome> outcomes = Reading.all(fetching(), feed.toString());
    assertThat(outcomes).hasSize(1);
    Document teaser = Reading.done(outcomes.get(0));
    assertThat(teaser.text()).startsWith("LAKESIDE — Crews on the three lake ferries").endsWith("…");
    assertThat(teaser.meta().authors()).containsExactly(FERRY.author());
  }

  @Test
  void feedThatIsNotXml_failsClearly_andTheBatchGoesOn(@TempDir Path dir) {
    Path broken = Reading.write(dir, "broken.rss", "<html><body><h1>502 Bad Gateway</h1><p>nginx</html>");
    Path html = Reading.write(dir, "page.html", FERRY.page());
    Path notFeed = Reading.write(dir, "config.rss", "<?xml version=\"1.0\"?><settings><mode>fast</mode></settings>");
    List<Outcome> outcomes = Reading.all(Reading.OPTIONS, broken.toString(), notFeed.toString(), html.toString());
    assertThat(outcomes).hasSize(3);
    assertThat(Reading.failed(outcomes.get(0)).message()).contains("is not a feed: not well-formed XML at line");
    assertThat(Reading.failed(outcomes.get(1)).message()).contains("not an RSS or Atom feed (its root element is <settings>)");
    assertThat(Reading.done(outcomes.get(2)).text()).isEqualTo(FERRY.text());
  }

  @Test
  void externalEntities_areNeverRead(@TempDir Path dir) {
    Path secret = Reading.write(dir, "secret.txt", "TOP-SECRET-LAUNCH-CODES");
    String feed = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
        <rss version="2.0"><channel><title>Evil</title>
        <item><title>Leak</title><guid>x1</guid><description>Before &leak; after, with enough words to be an article.</description></item>
        </channel></rss>""".formatted(secret.toUri());
    Path file = Reading.write(dir, "evil.rss", feed);
    Document item = Reading.done(Reading.one(file));
    assertThat(item.text()).startsWith("Before").contains("after, with enough words").doesNotContain("TOP-SECRET");
  }

  @Test
  void feedUrl_teaserItems_fetchTheirPages_robotsRefusalFailsThatItemAlone() {
    try (LocalWeb web = LocalWeb.start()) {
      String site = web.url("").toString();
      web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /2026/11/25/\n");
      web.page("/feed", "application/rss+xml; charset=utf-8", NewsPages.rssWithTeasers(site, FERRY, BRIDGE, MARKET));
      for (NewsPages.Story story : List.of(FERRY, BRIDGE, MARKET)) {
        web.page(story.path(), "text/html; charset=utf-8", story.page());
      }
      List<Outcome> outcomes = Reading.all(fetching(), web.url("/feed").toString());
      assertThat(outcomes).hasSize(3);
      Document ferry = Reading.done(outcomes.get(0));
      assertThat(ferry.text()).isEqualTo(FERRY.text());
      assertThat(ferry.id()).isEqualTo("courier--2026-11-24-ferry-strike");
      assertThat(ferry.meta().url()).isEqualTo(site + FERRY.path());
      assertThat(Reading.failed(outcomes.get(1)).message()).contains("could not be fetched", "disallowed for herodotus");
      assertThat(Reading.done(outcomes.get(2)).text()).isEqualTo(MARKET.text());
      assertThat(web.requestsFor(BRIDGE.path())).isZero();
    }
  }

  @Test
  void pageUrl_isReadAsAWebPage_withItsAddress() {
    try (LocalWeb web = LocalWeb.start()) {
      web.page(BRIDGE.path(), "text/html; charset=utf-8", BRIDGE.page());
      Document bridge = Reading.done(Reading.all(fetching(), web.url(BRIDGE.path()).toString()).get(0));
      assertThat(bridge.text()).isEqualTo(BRIDGE.text());
      assertThat(bridge.meta().url()).isEqualTo(web.url(BRIDGE.path()).toString());
      assertThat(bridge.meta().title()).isEqualTo(BRIDGE.headline());
    }
  }

  @Test
  void urlsFile_eachAddressIsFetched_aLineThatIsNoAddressFailsAlone(@TempDir Path dir) {
    try (LocalWeb web = LocalWeb.start()) {
      web.page(FERRY.path(), "text/html; charset=utf-8", FERRY.page());
      web.page(MARKET.path(), "text/html; charset=utf-8", MARKET.page());
      Path list = Reading.write(dir, "reading.urls", "# morning reading\n" + web.url(FERRY.path()) + "\n\nferry.html\n"
          + web.url(MARKET.path()) + "\n");
      List<Outcome> outcomes = Reading.all(fetching(), list.toString());
      assertThat(outcomes).hasSize(3);
      assertThat(Reading.done(outcomes.get(0)).text()).isEqualTo(FERRY.text());
      Outcome.Failed notUrl = Reading.failed(outcomes.get(1));
      assertThat(notUrl.origin()).isEqualTo(list + ":4");
      assertThat(notUrl.message()).contains("'ferry.html' is not an http or https address");
      assertThat(Reading.done(outcomes.get(2)).text()).isEqualTo(MARKET.text());
      assertThat(Reading.failed(Reading.one(list)).message()).contains("fetching is off");
    }
  }

  @Test
  void urlInput_withoutFetching_isABadArgument() {
    assertThatThrownBy(() -> Articles.open(List.of("https://courier.example/feed"), Reading.OPTIONS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fetching is off");
  }
}
