package org.herodotus.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.dates.Articles.article;
import static org.herodotus.dates.Articles.full;
import static org.herodotus.dates.Articles.values;

import java.util.List;
import java.util.Set;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Metadata;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static final String TUESDAY = "2017-09-05";
  private final Dates dates = new Dates();

  @Test
  void declaresTokensAndCandidatesIn_timesOut() {
    assertThat(dates.requires()).isEqualTo(Set.of(Layer.TOKENS, Layer.TIME_CANDIDATES));
    assertThat(dates.adds()).isEqualTo(Set.of(Layer.TIMES));
  }

  @Test
  void datelineOutlet_daily_isANameNotASet() {
    String text = "KABUL (Frontier Daily) - A bomber struck on Wednesday, officials said.";
    Document doc = article(TUESDAY, text, "Daily=SET:P1D", "Wednesday=DATE:2017-09-06");
    Metadata meta = doc.meta();
    doc = doc.withMeta(new Metadata(meta.id(), null, meta.published(), List.of(), "Frontier Daily", null,
        new Dateline(new Span(0, 24), "KABUL", "Frontier Daily"), null));
    assertThat(values(dates.apply(doc))).containsExactly("Wednesday=2017-08-30");
  }

  @Test
  void lateMonth_inPastTense_isThatMonthWithModEnd() {
    Document doc = article(TUESDAY, "Fighting began in late August, the ministry said.", "late August=DATE:2017-08");
    assertThat(full(dates.apply(doc))).containsExactly("late August=DATE:2017-08:END");
  }

  @Test
  void bareMonth_inPastTense_isNotNextYears() {
    Document doc = article(TUESDAY, "The convoy was attacked in July near the border.", "July=DATE:2018-07");
    assertThat(values(dates.apply(doc))).containsExactly("July=2017-07");
  }

  @Test
  void bareMonth_inFutureTense_isTheComingOne() {
    Document doc = article(TUESDAY, "The council will vote in March on the plan.", "March=DATE:2017-03");
    assertThat(values(dates.apply(doc))).containsExactly("March=2018-03");
  }

  @Test
  void hyphenatedMidYear_missedByTheTagger_isFoundWithModMid() {
    Document doc = article(TUESDAY, "The militia has held the town since mid-2014.");
    assertThat(full(dates.apply(doc))).containsExactly("mid-2014=DATE:2014:MID");
  }

  @Test
  void ages_areNotTemporalExpressions() {
    Document doc = article(TUESDAY, "A 26-year-old man was killed. The driver, aged 40, fled.",
        "26-year-old=DURATION:P26Y", "aged 40=DURATION:P40Y");
    assertThat(dates.apply(doc).times()).isEmpty();
  }

  @Test
  void durations_stayDurations() {
    Document doc = article(TUESDAY, "The siege lasted three months.", "three months=DURATION:P3M");
    assertThat(full(dates.apply(doc))).containsExactly("three months=DURATION:P3M");
  }

  @Test
  void weekday_inPastTense_isTheMostRecentOneBeforePublication() {
    Document doc = article(TUESDAY, "Rebels attacked the base on Friday, officials said.", "Friday=DATE:2017-09-08");
    assertThat(values(dates.apply(doc))).containsExactly("Friday=2017-09-01");
  }

  @Test
  void weekday_afterWill_isTheNextOne() {
    Document doc = article(TUESDAY, "The envoys will meet on Friday in Geneva.", "Friday=DATE:2017-09-01");
    assertThat(values(dates.apply(doc))).containsExactly("Friday=2017-09-08");
  }

  @Test
  void weekdayNight_takesInThePartOfDay() {
    Document doc = article(TUESDAY, "Shells fell on the city Sunday night, residents said.", "Sunday=TIME:2017-09-10TNI");
    assertThat(full(dates.apply(doc))).containsExactly("Sunday night=TIME:2017-09-03TNI");
  }

  @Test
  void yearsAgo_isAYear_andVagueAgo_isPastRef() {
    Document doc = article(TUESDAY, "The dam was built two years ago. It was damaged several years ago.",
        "two years ago=DATE:2015-09-05", "several years ago=DATE:2014-09-05");
    assertThat(values(dates.apply(doc))).containsExactly("two years ago=2015", "several years ago=PAST_REF");
  }

  @Test
  void monthsAndWeeksAgo_keepTheirGranularity() {
    Document doc = article(TUESDAY, "The truce began five months ago and collapsed six weeks ago.",
        "five months ago=DATE:2017-04-05", "six weeks ago=DATE:2017-07-25");
    assertThat(values(dates.apply(doc))).containsExactly("five months ago=2017-04", "six weeks ago=2017-W30");
  }

  @Test
  void decade_isADateWithItsModifier() {
    Document doc = article(TUESDAY, "The party ruled in the late 1970s.", "1970s=SET:197X");
    assertThat(full(dates.apply(doc))).containsExactly("the late 1970s=DATE:197:END");
  }

  @Test
  void twoDigitDecades_afterTheAreFound() {
    Document doc = article(TUESDAY, "The conflict dates back to the 80s and 90s.");
    assertThat(values(dates.apply(doc))).containsExactly("the 80s=198", "90s=199");
  }

  @Test
  void ordinalCentury_isItsTwoDigitPrefix() {
    Document doc = article(TUESDAY, "The fort was built in the 11th century.", "the 11th century=DATE:10XX");
    assertThat(values(dates.apply(doc))).containsExactly("the 11th century=10");
  }

  @Test
  void candidateAcrossALineBreak_isSplitIntoHeadlineAndDateline() {
    Document doc = article(TUESDAY, "Talks will resume Friday\nSeptember 5, 2017\nDiplomats said the talks.",
        "Friday\nSeptember 5, 2017=DATE:2017-09-05");
    assertThat(values(dates.apply(doc))).containsExactly("Friday=2017-09-08", "September 5, 2017=2017-09-05");
  }

  @Test
  void yearAgo_inAnEarningsReport_isTheSameQuarterAYearBefore() {
    Document doc = article("1989-11-02", "The firm earned $5 million in the third quarter, up from $3 million a year ago.",
        "the third quarter=DATE:1989-Q3", "a year ago=DATE:1988-11-02");
    assertThat(values(dates.apply(doc))).containsExactly("the third quarter=1989-Q3", "a year ago=1988-Q3");
  }

  @Test
  void quarters_missedByTheTagger_areFoundAndReferredBackTo() {
    Document doc = article("1989-11-02", "Fourth-quarter sales will fall. In the quarter, costs rose from the year-ago period.");
    assertThat(values(dates.apply(doc)))
        .containsExactly("Fourth-quarter=1989-Q4", "the quarter=1989-Q4", "the year-ago period=1988-Q4");
  }

  @Test
  void latestQuarter_withoutEarlierQuarter_isTheLastCompletedOne() {
    Document doc = article("1989-11-02", "Profit rose in the latest quarter.", "the latest quarter=DURATION:PXM");
    assertThat(full(dates.apply(doc))).containsExactly("the latest quarter=DATE:1989-Q3");
  }

  @Test
  void adverbsOfSequence_areDropped() {
    Document doc = article(TUESDAY, "The ministry previously said it would once again pay quarterly.",
        "previously=DATE:PAST_REF", "once=DATE:PAST_REF", "quarterly=SET:P3M");
    assertThat(dates.apply(doc).times()).isEmpty();
  }

  @Test
  void monthWordStartingAName_isDropped() {
    Document doc = article(TUESDAY, "Foreign minister Jan Kavan said the talks would go on.", "Jan=DATE:2017-01");
    assertThat(dates.apply(doc).times()).isEmpty();
  }

  @Test
  void weekend_inPastTense_isTheWeekendJustGone() {
    Document doc = article(TUESDAY, "Clashes were reported over the weekend.", "the weekend=DATE:2017-W36-WE");
    assertThat(values(dates.apply(doc))).containsExactly("the weekend=2017-W35-WE");
  }

  @Test
  void monthDay_farAheadInPastTense_isLastYears() {
    Document doc = article("1998-02-06", "The ministry reported record losses on Aug. 6 last summer.", "Aug. 6=DATE:1998-08-06");
    assertThat(values(dates.apply(doc))).containsExactly("Aug. 6=1997-08-06");
  }

  @Test
  void theseDays_isPresentRef() {
    Document doc = article(TUESDAY, "Few people travel the road these days.", "days=DURATION:PXD");
    assertThat(full(dates.apply(doc))).containsExactly("these days=DATE:PRESENT_REF");
  }

  @Test
  void fiscalYear_andFractionalDuration_takeInTheirModifiers() {
    Document doc = article(TUESDAY, "In fiscal 1989 the camp held refugees for 2 1/2 years.",
        "1989=DATE:1989", "years=DURATION:PXY");
    assertThat(full(dates.apply(doc))).containsExactly("fiscal 1989=DATE:1989", "2 1/2 years=DURATION:P2Y6M");
  }

  @Test
  void withoutPublicationDate_relativeValuesStayUnderspecified() {
    Document doc = article(null, "Fighting began in July and ended on Friday.", "July=DATE:XXXX-07", "Friday=DATE:XXXX-WXX-5");
    assertThat(values(dates.apply(doc))).containsExactly("July=XXXX-07", "Friday=XXXX-WXX-5");
  }

  @Test
  void output_isSortedAndFreeOfOverlaps() {
    Document doc = article(TUESDAY, "Since mid-2014 and again on Friday, officials said.",
        "Friday=DATE:2017-09-08", "mid=DATE:2014");
    var times = dates.apply(doc).times();
    for (int i = 1; i < times.size(); i++) {
      assertThat(times.get(i).span().start()).isGreaterThanOrEqualTo(times.get(i - 1).span().end());
    }
    assertThat(values(dates.apply(doc))).containsExactly("mid-2014=2014", "Friday=2017-09-01");
  }

  @Test
  void utcClockTime_takesInTheZone_andIsWrittenZ() {
    Document doc = article(TUESDAY, "The ceasefire began at 18:00 UTC on the border.", "18:00=TIME:2017-09-05T18:00+0000");
    assertThat(values(dates.apply(doc))).containsExactly("18:00 UTC=2017-09-05T18:00Z");
  }

  @Test
  void previousYear_isTheYearBeforePublication() {
    Document doc = article(TUESDAY, "Attacks doubled compared with the previous year.", "the previous year=DATE:2017");
    assertThat(values(dates.apply(doc))).containsExactly("the previous year=2016");
  }

  @Test
  void yearEnd_spelledDecades_andFiscalYears_areFound() {
    Document doc = article(TUESDAY, "Aid fell through the nineties and will end by year-end, as in fiscal 2016.");
    assertThat(values(dates.apply(doc))).containsExactly("the nineties=199", "year-end=2017-12-31", "fiscal 2016=2016");
  }

  @Test
  void presentAsVerb_lowerCaseMarch_andTwoWordNames_areDropped() {
    Document doc = article(TUESDAY, "Envoys will present a plan. The march went on. April Glaspie said it.",
        "present=DATE:PRESENT_REF", "march=DATE:2017-03", "April Glaspie=DATE:2017-04");
    assertThat(dates.apply(doc).times()).isEmpty();
  }

  @Test
  void weekdayAfterUntil_isTheComingOne() {
    Document doc = article(TUESDAY, "Markets were closed until Friday, officials said.", "Friday=DATE:2017-09-01");
    assertThat(values(dates.apply(doc))).containsExactly("Friday=2017-09-08");
  }
}
