package org.herodotus.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

  static final String ROBOTS = """
      # a newspaper's robots.txt
      User-agent: *
      Disallow: /search
      Disallow: /*.pdf$

      User-agent: Herodotus
      User-agent: OtherBot
      Disallow: /private/
      Allow: /private/press-releases/
      """;

  @Test
  void ourGroup_replacesTheStarGroup() {
    RobotsTxt ours = RobotsTxt.parse(ROBOTS, "herodotus");
    assertThat(ours.allows("/private/notes")).isFalse();
    assertThat(ours.allows("/private/press-releases/2026-11-25")).isTrue();
    assertThat(ours.allows("/search?q=flood")).as("only the star group disallows it").isTrue();
  }

  @Test
  void otherCrawler_followsTheStarGroup_withWildcardAndEndAnchor() {
    RobotsTxt anyone = RobotsTxt.parse(ROBOTS, "somebot");
    assertThat(anyone.allows("/search?q=flood")).isFalse();
    assertThat(anyone.allows("/reports/budget.pdf")).isFalse();
    assertThat(anyone.allows("/reports/budget.pdf.html")).isTrue();
    assertThat(anyone.allows("/private/notes")).isTrue();
  }

  @Test
  void emptyDisallow_allowsEverything_disallowSlash_nothing() {
    assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "herodotus").allows("/a")).isTrue();
    assertThat(RobotsTxt.parse("User-agent: *\nDisallow: /\n", "herodotus").allows("/")).isFalse();
    assertThat(RobotsTxt.parse("", "herodotus").allows("/anything")).isTrue();
  }
}
