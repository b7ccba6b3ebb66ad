package org.herodotus.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on standard error: documents done, failed, rate. Shown only when
 * standard error is a terminal (or when asked), so logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {

  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int done;
  private int failed;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static boolean terminal() {
    return System.console() != null;
  }

  void documentDone(boolean ok) {
    done++;
    failed += ok ? 0 : 1;
    long now = System.nanoTime();
    if (enabled && now - lastDraw > 200_000_000L) {
      lastDraw = now;
      draw();
    }
  }

  private void draw() {
    double seconds = (System.nanoTime() - start) / 1e9;
    String spinner = "|/-\\".substring(done % 4, done % 4 + 1);
    err.printf(Locale.ROOT, "\r%s %,d documents (%,d failed)  %.1f docs/s  %s elapsed ",
        spinner, done, failed, done / Math.max(seconds, 1e-9), Durations.format(seconds));
    err.flush();
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    if (enabled) {
      draw();
      err.println();
    }
  }
}
