package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

  private static LocalDate of(String html, String url) {
    Document page = Jsoup.parse(html);
    return PublicationDate.of(page, JsonLd.of(page), url);
  }

  @Test
  void textDates_manyLanguagesAndForms() {
    assertThat(TextDates.first("Veröffentlicht am 15. März 2019 um 10:00", false)).hasToString("2019-03-15");
    assertThat(TextDates.first("Stand: 04.02.2022, 12:01 Uhr", false)).hasToString("2022-02-04");
    assertThat(TextDates.first("publié le 3 juin 2020", false)).hasToString("2020-06-03");
    assertThat(TextDates.first("17 de marzo de 2020", false)).hasToString("2020-03-17");
    assertThat(TextDates.first("opublikowano 5 maja 2021", false)).hasToString("2021-05-05");
    assertThat(TextDates.first("Posted Sept. 2nd, 2018 by", false)).hasToString("2018-09-02");
    assertThat(TextDates.first("2020. június 4. 10:12", false)).hasToString("2020-06-04");
  }

  @Test
  void textDates_slashedDayFirstUnlessEnglishOrTheDaySaysSo() {
    assertThat(TextDates.first("03/04/2019", false)).hasToString("2019-04-03");
    assertThat(TextDates.first("03/04/2019", true)).hasToString("2019-03-04");
    assertThat(TextDates.first("12/25/2019", false)).hasToString("2019-12-25");
  }

  @Test
  void textDates_implausibleYearsAndImpossibleDaysAreNoDates() {
    assertThat(TextDates.first("founded 12 May 1850", false)).isNull();
    assertThat(TextDates.first("31.02.2020", false)).isNull();
    assertThat(TextDates.first("version 1.2.3", false)).isNull();
  }

  @Test
  void url_wholeDateInPath_notAnArchiveTimestamp() {
    assertThat(PublicationDate.fromUrl("https://example.org/2020/02/17/rains-return/")).hasToString("2020-02-17");
    assertThat(PublicationDate.fromUrl("https://example.org/news/20200316/flood")).hasToString("2020-03-16");
    assertThat(PublicationDate.fromUrl("https://web.archive.org/web/20140226054445/http://example.org/story")).isNull();
    assertThat(PublicationDate.fromUrl("https://example.org/2020/01/story")).isNull();
  }

  @Test
  void meta_publishedTimeBeforeJsonLdBeforePlainDate_modifiedNeverCounts() {
    assertThat(of("""
        <head><meta property="article:modified_time" content="2021-05-09">
        <meta name="date" content="2021-05-07"><meta property="article:published_time" content="2021-05-06T23:10:00+02:00">
        </head><body><p>Text</p></body>""", null)).hasToString("2021-05-06");
    assertThat(of("""
        <head><meta property="article:modified_time" content="2021-05-09"><meta name="DC.date.issued" content="2021-05-07">
        </head><body><p>Text</p></body>""", null)).hasToString("2021-05-07");
  }

  @Test
  void visible_dateElementNearTheHeadline_beforeDatesInTheText() {
    assertThat(of("""
        <body><nav><span class="date">01.01.2020</span></nav>
        <h1>Council votes on bridge</h1><div class="article-meta">Von Eva Roth | 12.02.2021</div>
        <p>The council, founded on 3 March 1998, voted on 10 February 2021.</p></body>""", null))
        .hasToString("2021-02-12");
    assertThat(of("<body><h1>Bridge</h1><p>Am 10. Februar 2021 stimmte der Rat ab.</p></body>", null))
        .hasToString("2021-02-10");
    assertThat(of("<body><p>No date here.</p></body>", null)).isNull();
  }

  @Test
  void of_passesOverTodaysDateInTheMenuBar_commentDates_andModificationTimes() {
    String html = """
        <html><body><div class="nav-top"><time>Mittwoch, 8. Juli 2020</time></div>
        <h1>Grenzen bleiben zu</h1><time itemprop="dateModified" datetime="2020-05-02">2. Mai 2020</time>
        <div class="comment-list"><span class="comment__date">30.04.2020</span></div>
        <span class="post-date">27.04.2020</span><p>Die Grenzen bleiben vorerst geschlossen.</p></body></html>""";
    assertThat(of(html, null)).hasToString("2020-04-27");
  }

  @Test
  void of_readsAPublicationDateAScriptGives_whenThePageShowsNone() {
    String html = """
        <html><body><p>A review of a shop, without a visible date.</p>
        <script>window.state = {"dates":{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-05T08:00:00Z"}};</script>
        </body></html>""";
    assertThat(of(html, null)).hasToString("2016-11-04");
  }

  @Test
  void of_takesThePublishersDay_whenAnotherTagGivesTheSameMomentWithItsOffset() {
    String html = """
        <html><head><meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-18T22:04:00Z"}</script>
        </head><body><p>Linz</p></body></html>""";
    assertThat(of(html, null)).hasToString("2019-10-19");
  }

  @Test
  void of_keepsTheUtcDay_whenNoOtherTagGivesTheMomentInLocalTime() {
    String html = """
        <html><head><meta property="article:published_time" content="2020-08-25T00:23:33Z">
        <meta name="date" content="2020-08-27T10:00:00+02:00"></head><body><p>Ottawa</p></body></html>""";
    assertThat(of(html, null)).hasToString("2020-08-25");
  }

  @Test
  void plainDateMeta_givesWayToTheArticlesTimeElement_notToAStrongerMeta() {
    String visible = """
        <html><head><meta name="date" content="2020-04-30"></head><body><h1>Rent strike</h1>
        <ul class="infoline"><li><time>29.04.2020, 12:01 Uhr</time></li></ul><p>Text</p></body></html>""";
    assertThat(of(visible, null)).hasToString("2020-04-29");
    String declared = visible.replace("name=\"date\"", "property=\"article:published_time\"");
    assertThat(of(declared, null)).hasToString("2020-04-30");
    assertThat(of("<html><head><meta name=\"DC.date\" content=\"2020-04-30\"></head><body><p>Text</p></body></html>", null))
        .hasToString("2020-04-30");
  }

  @Test
  void asideThatHoldsTheArticlesMetadata_isNotNavigation() {
    String html = """
        <body><h1>Boots</h1><aside class="meta"><time datetime="2022-01-21">Friday</time></aside>
        <aside class="related"><time datetime="2022-03-01">March</time></aside><p>Text</p></body>""";
    assertThat(of(html, null)).hasToString("2022-01-21");
    assertThat(of(html.replace("class=\"meta\"", "class=\"teaser\""), null)).isNull();
  }

  @Test
  void dateRightAfterAPublicationWord_beforeAPlainDateMeta_butNotOneAClauseLater() {
    assertThat(of("""
        <html><head><meta name="date" content="2021-10-15"></head><body><h1>Neue Präsidentin</h1>
        <p>Zuletzt geändert am 15.10.2021</p><p>Erschienen am: 13.10.2021</p></body></html>""", null))
        .hasToString("2021-10-13");
    assertThat(PublicationDate.afterCue("Published on Wednesday, 3 May 2021 by the desk", false)).hasToString("2021-05-03");
    assertThat(PublicationDate.afterCue("Das Video publiziert das THW am Sonntag, 17.10.2021.", false)).isNull();
  }

  @Test
  void jsonLd_anImagesDateIsNotTheArticles() {
    String html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Arms"}</script>
        <script type="application/ld+json">{"@type":"ImageObject","datePublished":"2023-11-06"}</script>
        <meta name="DC.date" content="2023-11-07T07:30+01:00"></head><body><p>Text</p></body></html>""";
    assertThat(of(html, null)).hasToString("2023-11-07");
  }

  @Test
  void textDates_javaDateToStringForm() {
    assertThat(TextDates.first("Mon Oct 11 14:57:21 CEST 2021", false)).hasToString("2021-10-11");
  }

  @Test
  void kickerLineJustAboveTheHeadline_beforeDatesFurtherDown() {
    assertThat(of("""
        <body><div class="menu">Home</div><p>02.02.2022 10:16 Uhr - Bundesliga</p><h1>Mehr Vereine</h1>
        <p>Der Verband teilte mit ...</p><ul><li>30.01.2022 Andere Meldung</li></ul></body>""", null))
        .hasToString("2022-02-02");
  }

  @Test
  void textDates_arabicMonthNames() {
    assertThat(TextDates.first("الأربعاء، 07 أكتوبر 2020 - 12:09 م", false)).hasToString("2020-10-07");
  }

  @Test
  void embeddedPostsDate_isNotTheArticles() {
    String html = """
        <body><h1>Influencer ruling</h1><blockquote class="instagram-media"><p>A post shared by V. (@v) on
        <time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018</time></p></blockquote>
        <div class="article-date">29.01.2019</div><p>Text</p></body>""";
    assertThat(of(html, null)).hasToString("2019-01-29");
  }

  @Test
  void publishedTimeThatIsTheLastEdit_givesWayToTheEarlierPublicationDate() {
    String html = """
        <html><head><meta property="article:published_time" content="2019-12-12T21:17:43.462Z">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-09T22:25:10.658Z",
        "dateModified":"2019-12-12T21:17:43.643Z"}</script></head><body><p>Text</p></body></html>""";
    assertThat(of(html, null)).hasToString("2019-12-09");
    String firstVersion = """
        <html><head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00">
        <meta property="article:modified_time" content="2022-05-04T03:37:38+00:00"></head><body><p>Text</p></body></html>""";
    assertThat(of(firstVersion, null)).hasToString("2022-05-04");
  }
}
