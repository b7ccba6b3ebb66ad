package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.read.Reading.done;
import static org.herodotus.read.Reading.failed;

import java.nio.file.Path;
import java.time.LocalDate;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleTest {

  /** A page without {@code <article>}: the text is in divs beside a link-heavy menu and a teaser list. */
  static final String NO_ARTICLE_TAG = """
      <html><head>
      <title>Ceasefire collapses in Marib - Gulf Monitor</title>
      <meta property="og:site_name" content="Gulf Monitor">
      <link rel="canonical" href="https://example.org/marib-ceasefire">
      <meta name="date" content="2021-02-14">
      <meta name="author" content="Salem Haddad">
      <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Gulf Monitor"},
        {"@type": "Organization", "@id": "#org", "name": "Gulf Monitor Media"},
        {"@type": "WebPage", "@id": "#page", "name": "Ceasefire collapses"}]}</script>
      </head><body>
      <div id="menu-wrap"><ul><li><a href="/">Home</a></li><li><a href="/yemen">Yemen</a></li><li><a href="/gulf">Gulf</a></li></ul></div>
      <div class="content-wrap">
        <div class="story">
          <h1>Ceasefire collapses in Marib</h1>
          <div class="teaser-list"><a href="/x">Saudi air defences intercept drone over Jizan after attack claim</a></div>
          <p>Fighting resumed around the city of Marib on Sunday after a three-day truce collapsed, tribal sources said.</p>
          <p>At least nine fighters were killed in clashes west of the city, a local official told reporters by telephone.</p>
          <p>Aid groups warned that more than 800,000 displaced people were sheltering in camps near the front line.</p>
          <div class="share-tools">Share on Twitter</div>
        </div>
      </div>
      <div class="foot-links"><a href="/about">About us</a> <a href="/contact">Contact</a></div>
      </body></html>
      """;

  /**
   * A page as some CMSs make them: a form wrapping everything, "share" in the article block's own
   * class, an author box, a figure, a stray "Advertisement", text in {@code <br>}-separated runs,
   * and teaser {@code <article>} cards in a side column.
   */
  static final String MESSY = """
      <!doctype html><html><head><title>Floods displace thousands in Sindh – Indus Times</title>
      <meta property="og:site_name" content="Indus Times"><meta name="author" content="By Ayesha Khan, Bilal Shah">
      <meta property="article:published_time" content="Tue, 30 Aug 2022 08:00:00 GMT"></head>
      <body><form id="aspnetForm" method="post">
      <div id="top"><a href="/">Indus Times</a> | <a href="/e-paper">E-paper</a></div>
      <div class="col-main story-body has-share-bar">
        <h1 class="headline">Floods displace thousands in Sindh</h1>
        <div class="author-box">Ayesha Khan | August 30, 2022</div>
        <figure><img src="a.jpg"><figcaption>Residents wade through water in Sukkur.</figcaption></figure>
        <p>SUKKUR, Pakistan — Flood waters submerged dozens of villages on Monday, forcing <a href="/x">thousands
        of families</a> to leave their homes, officials said.</p>
        <p>Advertisement</p>
        <h2>Relief camps overwhelmed</h2>
        <blockquote><p>"We have nothing left," said one farmer.</p></blockquote>
        <ul><li>Sukkur: 120 villages flooded</li><li>Khairpur: 85 villages flooded</li></ul>
        Army engineers were working to reinforce embankments.<br><br>More rain is forecast for the week.
        <div class="social-share"><a href="#">Facebook</a><a href="#">Twitter</a></div>
      </div>
      <div class="col-side">
        <article class="card"><h3><a href="/y">Heatwave grips Karachi</a></h3><p>Temperatures hit 44C.</p></article>
        <article class="card"><h3><a href="/z">Budget row in assembly</a></h3><p>Opposition walked out.</p></article>
      </div>
      </form></body></html>
      """;

  @TempDir Path dir;

  @Test
  void html_kabulSample_readsMetadata() {
    Document doc = done(Reading.one(Reading.write(dir, Samples.KABUL_HTML, Samples.bytes(Samples.KABUL_HTML))));

    assertThat(doc.meta().title()).isEqualTo("Suicide bomber kills 12 near Kabul ministry");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2018, 3, 21));
    assertThat(doc.meta().authors()).containsExactly("Nadia Rahimi", "Tom Feller");
    assertThat(doc.meta().source()).isEqualTo("Frontier Daily");
  }

  @Test
  void html_kabulSample_keepsArticleParagraphsOnly() {
    Document doc = done(Reading.one(Reading.write(dir, Samples.KABUL_HTML, Samples.bytes(Samples.KABUL_HTML))));

    assertThat(doc.text())
        .startsWith("KABUL (Frontier Daily) – A suicide bomber on foot blew himself up")
        .contains("\n\nInterior ministry spokesman Najib Danish said")
        .contains("\"a gathering of apostates\".\n\nIt was the third deadly attack")
        .endsWith("killed more than 100 people in the centre of the city.")
        .doesNotContain("Advertisement", "Related stories", "Terrible news", "Subscribe", "All rights reserved",
            "Taliban claim attack", "By Nadia Rahimi", "Suicide bomber kills 12");
    assertThat(doc.text().split("\n\n")).hasSize(4);
  }

  @Test
  void html_firstParagraphDateline_isFound() {
    Document doc = done(Reading.one(Reading.write(dir, Samples.KABUL_HTML, Samples.bytes(Samples.KABUL_HTML))));

    assertThat(doc.meta().dateline().place()).isEqualTo("KABUL");
    assertThat(doc.meta().dateline().outlet()).isEqualTo("Frontier Daily");
    assertThat(doc.textOf(doc.meta().dateline().span())).isEqualTo("KABUL (Frontier Daily) –");
  }

  @Test
  void html_noArticleTag_picksBlockWithMostProse() {
    Document doc = done(Reading.one(Reading.write(dir, "marib.html", NO_ARTICLE_TAG)));

    assertThat(doc.text()).isEqualTo(
        "Fighting resumed around the city of Marib on Sunday after a three-day truce collapsed, tribal sources said.\n\n"
            + "At least nine fighters were killed in clashes west of the city, a local official told reporters by telephone.\n\n"
            + "Aid groups warned that more than 800,000 displaced people were sheltering in camps near the front line.");
  }

  @Test
  void html_messyCmsPage_keepsStoryBlocksInOrderAndDropsTheRest() {
    Document doc = done(Reading.one(Reading.write(dir, "sindh.html", MESSY)));

    assertThat(doc.text().split("\n\n")).containsExactly(
        "SUKKUR, Pakistan — Flood waters submerged dozens of villages on Monday, forcing thousands of families to "
            + "leave their homes, officials said.",
        "Relief camps overwhelmed",
        "\"We have nothing left,\" said one farmer.",
        "Sukkur: 120 villages flooded",
        "Khairpur: 85 villages flooded",
        "Army engineers were working to reinforce embankments.",
        "More rain is forecast for the week.");
    assertThat(doc.meta().title()).isEqualTo("Floods displace thousands in Sindh");
    assertThat(doc.meta().authors()).containsExactly("Ayesha Khan", "Bilal Shah");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2022, 8, 30));
    assertThat(doc.meta().dateline().place()).isEqualTo("SUKKUR, Pakistan");
  }

  @Test
  void html_titleSuffix_isStrippedWhenSiteKnown() {
    Document doc = done(Reading.one(Reading.write(dir, "marib.html", NO_ARTICLE_TAG)));

    assertThat(doc.meta().title()).isEqualTo("Ceasefire collapses in Marib");
    assertThat(doc.meta().source()).isEqualTo("Gulf Monitor");
  }

  @Test
  void html_metaFallbacks_giveDateAuthorAndCanonicalUrl() {
    Document doc = done(Reading.one(Reading.write(dir, "marib.html", NO_ARTICLE_TAG)));

    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2021, 2, 14));
    assertThat(doc.meta().authors()).containsExactly("Salem Haddad");
    assertThat(doc.meta().url()).isEqualTo("https://example.org/marib-ceasefire");
  }

  @Test
  void html_jsonLdGraph_givesArticleFieldsAndResolvesPublisher() {
    String page = """
        <html><head><script type="application/ld+json">
        {"@graph": [{"@type": "Organization", "@id": "#org", "name": "Sahel Post"},
                    {"@type": ["NewsArticle"], "headline": "Convoy ambushed near Gao",
                     "datePublished": "2019-11-02T06:15:00Z", "author": {"@id": "#a1"}, "publisher": {"@id": "#org"}},
                    {"@type": "Person", "@id": "#a1", "name": "Aminata Keita"}]}
        </script></head><body><article><p>GAO, Mali (Sahel Post) - Gunmen ambushed an army convoy on Saturday.</p></article></body></html>
        """;

    Document doc = done(Reading.one(Reading.write(dir, "gao.html", page)));

    assertThat(doc.meta().title()).isEqualTo("Convoy ambushed near Gao");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2019, 11, 2));
    assertThat(doc.meta().authors()).containsExactly("Aminata Keita");
    assertThat(doc.meta().source()).isEqualTo("Sahel Post");
    assertThat(doc.meta().dateline().place()).isEqualTo("GAO, Mali");
  }

  @Test
  void html_timeElementAndProfileUrlAuthor_dateFromTimeAndNoUrlAuthor() {
    String page = "<html><head><meta property=\"article:author\" content=\"https://social.example/someone\"></head>"
        + "<body><article><h1>Strike on depot</h1><time datetime=\"2022-07-09T21:00:00+03:00\">9 July</time>"
        + "<p>A strike destroyed a fuel depot outside the city, the regional governor said.</p></article></body></html>";

    Document doc = done(Reading.one(Reading.write(dir, "depot.html", page)));

    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2022, 7, 9));
    assertThat(doc.meta().authors()).isEmpty();
    assertThat(doc.meta().title()).isEqualTo("Strike on depot");
    assertThat(doc.text()).isEqualTo("9 July\n\nA strike destroyed a fuel depot outside the city, the regional governor said.");
  }

  @Test
  void html_truncatedMidTag_givesTheTextThatIsThere() {
    String page = "<html><head><title>Clashes in Tripoli</title></head><body><article>"
        + "<p>Clashes broke out between rival militias in southern Tripoli overnight, residents said.</p>"
        + "<p>The health ministry said four people were killed and 23 wounded.</p><p cla";

    Document doc = done(Reading.one(Reading.write(dir, "cut.html", page)));

    assertThat(doc.text()).isEqualTo("Clashes broke out between rival militias in southern Tripoli overnight, residents said."
        + "\n\nThe health ministry said four people were killed and 23 wounded.");
    assertThat(doc.meta().title()).isEqualTo("Clashes in Tripoli");
  }

  @Test
  void html_truncatedMidParagraph_keepsPartialParagraph() {
    String page = "<html><body><article><p>First full paragraph about the siege of the city.</p><p>Second para";

    Document doc = done(Reading.one(Reading.write(dir, "cut.htm", page)));

    assertThat(doc.text()).isEqualTo("First full paragraph about the siege of the city.\n\nSecond para");
  }

  @Test
  void html_pageWithoutArticleText_fails() {
    Outcome outcome = Reading.one(Reading.write(dir, "index.html",
        "<html><body><nav><a href=\"/\">Home</a></nav><script>render()</script></body></html>"));

    assertThat(failed(outcome).message()).contains("no article text");
  }

  @Test
  void boilerplate_classNames_matchWholeWordsOnly() {
    assertThat(Boilerplate.isNoise("ad-banner")).isTrue();
    assertThat(Boilerplate.isNoise("adSlot top")).isTrue();
    assertThat(Boilerplate.isNoise("newsletter_box")).isTrue();
    assertThat(Boilerplate.isNoise("more-stories")).isTrue();
    assertThat(Boilerplate.isNoise("site-header")).isFalse();
    assertThat(Boilerplate.isNoise("article-body lead")).isFalse();
    assertThat(Boilerplate.isNoise("commentary")).isFalse();
  }
}
