package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebPageTest {

  /** The story sits in a wrapper whose class says "sidebar", beside a long menu of links. */
  static final String STORY_IN_NOISY_WRAPPER = """
      <html><head><title>Dam opens early</title><meta property="og:site_name" content="Valley Post"></head><body>
      <div class="page has-sidebar">
        <div class="entry-content">
          <p>The new dam on the upper river opened two weeks early on Monday, the regional water authority said in a statement.</p>
          <p>Engineers said the reservoir would reach its planned level by the end of the summer if the spring rains held.</p>
          <p>Farmers downstream have asked for a guaranteed release of water during the dry months, a request still under review.</p>
        </div>
      </div>
      <footer><p>Valley Post, 12 Mill Street, Riverton. All rights reserved; no part may be copied without permission.</p></footer>
      <div id="more">%s</div>
      </body></html>""".formatted("<a href=\"/x\">Another headline from the regional desk</a> ".repeat(20));

  @Test
  void read_keepsTheStory_whenAWrapperOfItHasANoisyClassName() {
    WebPage page = WebPage.read(STORY_IN_NOISY_WRAPPER, "https://example.org/2021/04/12/dam-opens-early");
    assertThat(page.text()).startsWith("The new dam on the upper river").contains("\n\nEngineers said")
        .doesNotContain("All rights reserved");
    assertThat(page.published()).hasToString("2021-04-12");
    assertThat(page.siteName()).isEqualTo("Valley Post");
    assertThat(page.url()).isEqualTo("https://example.org/2021/04/12/dam-opens-early");
  }

  @Test
  void read_givesMetadataEvenWithoutText() {
    WebPage page = WebPage.read("<html><head><title>Only a title</title></head><body></body></html>", null);
    assertThat(page.text()).isEmpty();
    assertThat(page.title()).isEqualTo("Only a title");
    assertThat(page.published()).isNull();
  }

  @Test
  void read_titleIsTheHeadline_whenTheTitleTagWrapsIt() {
    WebPage page = WebPage.read("""
        <html><head><title>Column: Harbour  fees rise again | Coast Notes</title></head>
        <body><h1>Harbour fees rise again</h1><p>The harbour board raised mooring fees for the third year running.</p></body></html>""",
        null);
    assertThat(page.title()).isEqualTo("Harbour fees rise again");
  }

  @Test
  void read_authorsFromTheBylineMarkup_whenTheMetadataNamesOnlyTheSite() {
    WebPage page = WebPage.read("""
        <html><head><meta property="og:site_name" content="Coast Notes"><meta name="author" content="Coast Notes"></head>
        <body><h1>Harbour fees rise again</h1><div class="byline">Von Hanna Berg</div>
        <p>The harbour board raised mooring fees for the third year running.</p></body></html>""", null);
    assertThat(page.authors()).containsExactly("Hanna Berg");
  }

  @Test
  void read_noAuthor_whenTheOnlyNameGivenIsADomain() {
    WebPage page = WebPage.read("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"coastnotes.com"}}</script></head>
        <body><p>The harbour board raised mooring fees for the third year running.</p></body></html>""", null);
    assertThat(page.authors()).isEmpty();
  }

  private static final String BODY = "<p>The harbour board raised mooring fees for the third year running.</p>";

  @Test
  void read_authorsFromWrittenByLabelAndDublinCoreCreator() {
    assertThat(WebPage.read("<html><head><meta name=\"twitter:label1\" content=\"Verfasst von\">"
        + "<meta name=\"twitter:data1\" content=\"Karla Herr\"></head><body>" + BODY + "</body></html>", null).authors())
        .containsExactly("Karla Herr");
    assertThat(WebPage.read("<html><head><meta name=\"twitter:label1\" content=\"Reading time\">"
        + "<meta name=\"twitter:data1\" content=\"4 minutes\"></head><body>" + BODY + "</body></html>", null).authors())
        .isEmpty();
    assertThat(WebPage.read("<html><head><meta name=\"dc.creator\" content=\"Eliza Gibb\"></head><body>" + BODY
        + "</body></html>", null).authors()).containsExactly("Eliza Gibb");
  }

  @Test
  void read_bylineInAnyAuthorClass_outsideTheComments_withoutItsLeadWords() {
    String page = """
        <html><body><h1>Harbour fees</h1><div class="c-article__credits">Text: <span class="c-article-card__author">Ursula Egg</span></div>
        %s<div class="comment-list"><b class="comment-author">Reader Joe</b></div></body></html>""";
    assertThat(WebPage.read(page.formatted(BODY), null).authors()).containsExactly("Ursula Egg");
    String onlyComments = page.replace("c-article-card__author", "credit-line");
    assertThat(WebPage.read(onlyComments.formatted(BODY), null).authors()).isEmpty();
    assertThat(WebPage.read("<html><body><span class=\"news-list-author\">Erstellt von Andri Bry</span>" + BODY
        + "</body></html>", null).authors()).containsExactly("Andri Bry");
    assertThat(WebPage.read("<html><body><span class=\"mo-author\">Auteur : Anna Kub —</span>" + BODY
        + "</body></html>", null).authors()).containsExactly("Anna Kub");
    assertThat(WebPage.read("<html><body><span class=\"post-author\">View all posts by Dan Lem</span>" + BODY
        + "</body></html>", null).authors()).containsExactly("Dan Lem");
  }

  @Test
  void read_titleIsTheHeadlineWithoutTheKickerItsHeadingHolds() {
    String page = """
        <html><head><meta property="og:title" content="Nach Corona: Autohäuser rechnen mit langsamem Anlauf | MDR.DE"></head>
        <body><h1><span class="dachzeile">Nach Corona</span><span aria-hidden="true">: </span>
        <span class="headline">Autohäuser rechnen mit langsamem Anlauf</span></h1>%s</body></html>""";
    assertThat(WebPage.read(page.formatted(BODY), null).title()).isEqualTo("Autohäuser rechnen mit langsamem Anlauf");
    String kickerOnly = "<html><body><h1><small>Einheit der Woche</small></h1>" + BODY + "</body></html>";
    assertThat(WebPage.read(kickerOnly, null).title()).isEqualTo("Einheit der Woche");
  }
}
