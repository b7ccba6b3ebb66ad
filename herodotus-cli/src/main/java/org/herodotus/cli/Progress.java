package org.herodotus.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error: documents done (of the total, when it was
 * counted before the run), failed, rate, time elapsed and, with a total, the time left at the
 * rate so far:
 * {@code 1,234 / 19,043 documents (3 failed)  3.6 docs/s  12:34 elapsed  ~1:22:20 left}.
 * Shown only when standard error is a terminal (or when asked), so logs and pipes stay clean;
 * redrawn in place at most {@value #REDRAWS_PER_SECOND} times a second.
 */
final class Progress implements AutoCloseable {

  static final int REDRAWS_PER_SECOND = 5;
  private static final long REDRAW_NANOS = 1_000_000_000L / REDRAWS_PER_SECOND;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long start;
  private long total = -1;
  private long lastDraw;
  private int lastLength;
  private long done;
  private long failed;
  private long skipped;

  Progress(PrintStream err, boolean enabled) {
    this(err, enabled, System::nanoTime);
  }

  /** With {@code nanoTime} as the clock: a seam for tests. */
  Progress(PrintStream err, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  static boolean terminal() {
    return System.console() != null;
  }

  /** Sets the number of documents expected, when known; then the line shows it and the time left. */
  Progress total(OptionalLong expected) {
    total = expected.isPresent() ? expected.getAsLong() : -1;
    return this;
  }

  /** Counts one document finished: stored or written ({@code ok}), or failed. */
  void documentDone(boolean ok) {
    done++;
    failed += ok ? 0 : 1;
    redraw();
  }

  /**
   * Counts one document done without work (stored before with the same content). It counts as
   * done, but not into the rate the time left is reckoned at: on a resumed run the skipped
   * documents go by in moments, and the rest at the pipeline's pace.
   */
  void documentSkipped() {
    done++;
    skipped++;
    redraw();
  }

  private void redraw() {
    long now = nanoTime.getAsLong();
    if (enabled && now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  private void draw(long now) {
    String line = line(now);
    // pad over the rest of a longer previous line, which \r alone leaves on the screen
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    lastLength = line.length();
    err.flush();
  }

  /** The progress line at time {@code now} (in {@code nanoTime}'s units), without the carriage return. */
  String line(long now) {
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder line = new StringBuilder();
    boolean counted = total >= 0 && done <= total; // an estimate the run outgrew is no use
    line.append(String.format(Locale.ROOT, counted ? "%,d / %,d documents" : "%,d documents", done, total));
    line.append(String.format(Locale.ROOT, " (%,d failed)  %.1f docs/s  %s elapsed", failed, rate, clock(seconds)));
    double worked = seconds > 0 ? (done - skipped) / seconds : 0;
    if (counted && worked > 0) {
      line.append("  ~").append(clock((total - done) / worked)).append(" left");
    }
    return line.toString();
  }

  /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s < 3600 ? String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
  }

  double seconds() {
    return (nanoTime.getAsLong() - start) / 1e9;
  }

  @Override
  public void close() {
    if (enabled) {
      draw(nanoTime.getAsLong());
      err.println();
    }
  }
}
