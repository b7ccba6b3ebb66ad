package org.herodotus.fetch;

import java.time.Duration;

/**
 * How politely and how far {@link Fetcher} goes: who it says it is, how long it waits, how often
 * it asks one host, how much it reads.
 *
 * @param userAgent the {@code User-Agent} header; its first word (before {@code /}) is the name
 *     robots.txt rules are matched against
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the response headers, and again for the whole body
 * @param perHostInterval the least time between two requests to one host (robots.txt included)
 * @param maxBodyBytes the largest response body read; a larger one fails
 * @param maxRedirects how many redirects are followed before giving up
 * @throws IllegalArgumentException if a duration is negative or zero (the interval may be zero),
 *     or a limit is not positive
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration readTimeout,
    Duration perHostInterval, long maxBodyBytes, int maxRedirects) {

  /** What Herodotus says it is. */
  public static final String USER_AGENT = "Herodotus/0.1 (+https://github.com/herodotus)";
  /** The default largest body: 10 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  public FetchOptions {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("no User-Agent given; pass FetchOptions.USER_AGENT");
    }
    positive("connect timeout", connectTimeout);
    positive("read timeout", readTimeout);
    if (perHostInterval == null || perHostInterval.isNegative()) {
      throw new IllegalArgumentException("the interval between requests to one host must be zero or more, got "
          + perHostInterval);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the largest body must be at least 1 byte, got " + maxBodyBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("the number of redirects followed must be 0 or more, got " + maxRedirects);
    }
  }

  /**
   * Herodotus's User-Agent, 10 s to connect, 30 s to read, one request a second per host, bodies up
   * to 10 MB, five redirects.
   */
  public static FetchOptions defaults() {
    return new FetchOptions(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1),
        DEFAULT_MAX_BODY_BYTES, 5);
  }

  public FetchOptions withPerHostInterval(Duration interval) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, interval, maxBodyBytes, maxRedirects);
  }

  public FetchOptions withReadTimeout(Duration timeout) {
    return new FetchOptions(userAgent, connectTimeout, timeout, perHostInterval, maxBodyBytes, maxRedirects);
  }

  public FetchOptions withMaxBodyBytes(long bytes) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, perHostInterval, bytes, maxRedirects);
  }

  public FetchOptions withMaxRedirects(int redirects) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, perHostInterval, maxBodyBytes, redirects);
  }

  /** The name robots.txt groups are matched against: the User-Agent up to its first {@code /} or space. */
  String robotsName() {
    String name = userAgent.strip().split("[/\\s]", 2)[0];
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  private static void positive(String what, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be positive, got " + value);
    }
  }
}
