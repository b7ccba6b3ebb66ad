package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateRangeTest {

  static String range(String value) {
    DateRange r = DateRange.of(value);
    return r == null ? null : r.start() + ".." + r.end();
  }

  @Test
  void timexValues_coverTheirDays() {
    assertThat(range("2017-07-14")).isEqualTo("2017-07-14..2017-07-14");
    assertThat(range("2017-07-14T10:00")).isEqualTo("2017-07-14..2017-07-14");
    assertThat(range("2016-02")).isEqualTo("2016-02-01..2016-02-29");
    assertThat(range("2017-W01")).isEqualTo("2017-01-02..2017-01-08");
    assertThat(range("2017-Q3")).isEqualTo("2017-07-01..2017-09-30");
    assertThat(range("2017-H1")).isEqualTo("2017-01-01..2017-06-30");
    assertThat(range("2017-WI")).isEqualTo("2017-12-01..2018-02-28");
    assertThat(range("2017")).isEqualTo("2017-01-01..2017-12-31");
  }

  @Test
  void noCalendarPeriod_isNull() {
    assertThat(range("PRESENT_REF")).isNull();
    assertThat(range("201")).isNull();
    assertThat(range("2017-02-30")).isNull();
    assertThat(range(null)).isNull();
  }
}
