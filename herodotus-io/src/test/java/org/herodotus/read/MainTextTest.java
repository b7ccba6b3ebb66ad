package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {

  private static final String PARAGRAPH = "<p>The council approved the new bridge over the canal on Tuesday after a"
      + " debate that lasted most of the evening, members said.</p>";

  @Test
  void of_takesTheJsonLdBody_whenAScriptWritesTheArticle() {
    String html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge approved",
        "articleBody":"The council approved the bridge.\\r\\n\\r\\n&lt;div&gt;&lt;a href=&quot;/x&quot;&gt;Work&lt;/a&gt; starts in May.&lt;/div&gt;\\r\\n\\r\\nIt will cost two million."}
        </script></head><body><div id="app"><p>Please enable JavaScript.</p></div></body></html>""";
    WebPage page = WebPage.read(html, null);
    assertThat(page.text()).isEqualTo("The council approved the bridge.\n\nWork starts in May.\n\nIt will cost two million.");
  }

  @Test
  void of_prefersTheSchemaOrgArticle_overAListOfTeasersThatHoldsMore() {
    String teaser = "<article><p>Another story from the archive, told at some length so that it scores like prose"
        + " would score in a page.</p></article>";
    String html = "<html><body><article itemscope itemtype=\"http://schema.org/BlogPosting\"><h1>Bridge</h1>" + PARAGRAPH
        + "</article><article class=\"list\"><h3>More</h3>" + teaser.repeat(3) + "</article></body></html>";
    assertThat(MainText.of(Jsoup.parse(html), "Bridge")).startsWith("The council approved").doesNotContain("archive");
  }

  @Test
  void of_stopsAtAHeadingThatIntroducesOtherStories_andDropsLinesThatOnlyDate() {
    String html = "<html><body><div class=\"post\"><p>November 20, 2019 - 11:28</p>" + PARAGRAPH.repeat(4)
        + "<h3>Related links:</h3><p>A story about another bridge, in another town, built long before this one.</p>"
        + "</div></body></html>";
    String text = MainText.of(Jsoup.parse(html), null);
    assertThat(text).startsWith("The council approved").doesNotContain("another bridge").doesNotContain("2019");
  }

  @Test
  void of_keepsAHeadingThatOnlyLooksLikeAnEnd_whenTheArticleHasHardlyBegun() {
    String html = "<html><body><div><h2>Trending</h2>" + PARAGRAPH.repeat(3) + "</div></body></html>";
    assertThat(MainText.of(Jsoup.parse(html), null)).startsWith("Trending\n\nThe council");
  }
}
