package org.herodotus.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least an interval apart: a caller waits until the host's next
 * slot, which it then takes. Hosts do not wait for each other. Thread-safe.
 */
final class HostThrottle {

  private final long intervalNanos;
  private final Map<String, Long> nextSlot = new HashMap<>();

  HostThrottle(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /**
   * Waits for {@code host}'s next slot.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  void await(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextSlot.getOrDefault(host, now));
      nextSlot.put(host, slot + intervalNanos);
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
