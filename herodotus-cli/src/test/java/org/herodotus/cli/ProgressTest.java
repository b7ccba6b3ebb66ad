package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link Progress} on a hand-driven clock: no real time. */
class ProgressTest {

  static final long SECOND = 1_000_000_000L;

  long now = 1_000 * SECOND;
  ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  Progress progress(boolean enabled) {
    return new Progress(err, enabled, () -> now);
  }

  @Test
  void withTotal_showsDoneOfTotalRateElapsedAndTimeLeft() {
    Progress bar = progress(true).total(OptionalLong.of(19_043));
    for (int i = 0; i < 1_234; i++) {
      bar.documentDone(i % 500 != 7);
    }
    now += 754 * SECOND; // 12:34
    assertThat(bar.line(now)).isEqualTo("1,234 / 19,043 documents (3 failed)  1.6 docs/s  12:34 elapsed  ~3:01:22 left");
  }

  @Test
  void withoutTotal_showsNoTimeLeft() {
    Progress bar = progress(true).total(OptionalLong.empty());
    bar.documentDone(true);
    bar.documentDone(false);
    now += 4 * SECOND;
    assertThat(bar.line(now)).isEqualTo("2 documents (1 failed)  0.5 docs/s  0:04 elapsed");
  }

  @Test
  void skippedDocuments_countAsDone_butNotIntoTheTimeLeft() {
    Progress bar = progress(true).total(OptionalLong.of(1_100));
    for (int i = 0; i < 1_000; i++) {
      bar.documentSkipped(); // a resumed run: stored before, no work
    }
    now += 50 * SECOND;
    for (int i = 0; i < 50; i++) {
      bar.documentDone(true); // then one a second through the pipeline
    }
    // 1,050 done in 50 s is 21 docs/s, but the 50 left go at 1 a second
    assertThat(bar.line(now)).isEqualTo("1,050 / 1,100 documents (0 failed)  21.0 docs/s  0:50 elapsed  ~0:50 left");
  }

  @Test
  void onlySkipped_noTimeLeftYet() {
    Progress bar = progress(true).total(OptionalLong.of(10));
    bar.documentSkipped();
    now += SECOND;
    assertThat(bar.line(now)).isEqualTo("1 / 10 documents (0 failed)  1.0 docs/s  0:01 elapsed");
  }

  @Test
  void moreDocumentsThanCounted_dropsTheTotal() {
    Progress bar = progress(true).total(OptionalLong.of(1));
    bar.documentDone(true);
    bar.documentDone(true);
    now += 2 * SECOND;
    assertThat(bar.line(now)).isEqualTo("2 documents (0 failed)  1.0 docs/s  0:02 elapsed");
  }

  @Test
  void redraws_atMostFiveTimesASecond_onOneLine() {
    try (Progress bar = progress(true).total(OptionalLong.of(100))) {
      for (int i = 0; i < 100; i++) {
        now += SECOND / 100; // 100 documents a second, for one second
        bar.documentDone(true);
      }
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown.chars().filter(c -> c == '\r').count()).isBetween(5L, 7L); // 5 redraws and the final one
    assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1); // the line ends once, at close
    assertThat(shown.substring(shown.lastIndexOf('\r') + 1).strip())
        .isEqualTo("100 / 100 documents (0 failed)  100.0 docs/s  0:01 elapsed  ~0:00 left");
  }

  @Test
  void disabled_printsNothing() {
    try (Progress bar = progress(false).total(OptionalLong.of(3))) {
      now += SECOND;
      bar.documentDone(true);
    }
    assertThat(bytes.size()).isZero();
  }

  @Test
  void clock_minutesAndHours() {
    assertThat(Progress.clock(7)).isEqualTo("0:07");
    assertThat(Progress.clock(754)).isEqualTo("12:34");
    assertThat(Progress.clock(3723)).isEqualTo("1:02:03");
  }
}
