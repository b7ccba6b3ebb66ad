package org.herodotus.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends {@code ingest --every} cleanly on Ctrl-C (SIGINT or SIGTERM): a shutdown hook asks the loop
 * to stop, the loop stops reading new items, stores those already read, saves the feed state and
 * closes the store; the hook waits for that (at most {@value #GRACE_SECONDS} s) before the JVM ends.
 */
final class PollLoop {

  static final long GRACE_SECONDS = 120;

  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;

  private PollLoop(boolean installHook) {
    hook = installHook ? new Thread(this::onShutdown, "herodotus-stop-polling") : null;
    if (hook != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /** A loop that stops when the JVM is asked to end. */
  static PollLoop untilInterrupted() {
    return new PollLoop(true);
  }

  /** A loop stopped only by {@link #stop()}: for tests. */
  static PollLoop untilStopped() {
    return new PollLoop(false);
  }

  /** Asks the loop to stop after the documents already read. */
  void stop() {
    stop.countDown();
  }

  boolean stopping() {
    return stop.getCount() == 0;
  }

  /** Waits {@code interval} for the next poll; false if asked to stop meanwhile. */
  boolean awaitNext(Duration interval) {
    try {
      return !stop.await(interval.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Says the loop has ended and everything is saved; the shutdown hook may let the JVM end. */
  void finished() {
    done.countDown();
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook is running and now returns.
      }
    }
  }

  private void onShutdown() {
    stop();
    try {
      done.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
