package org.herodotus.read;

import java.io.InputStream;
import java.time.LocalDate;
import org.herodotus.fetch.Fetcher;

/**
 * How articles are read.
 *
 * @param defaultPublished the publication date of articles that state none, or {@code null}
 * @param maxChars the longest article text accepted, in characters ({@code --max-chars}); longer
 *     articles fail, and files of more than four bytes a character are not read at all
 * @param stdin what {@code "-"} reads
 * @param fetcher fetches web addresses given as inputs and the pages feed items link to; {@code null}
 *     means nothing is fetched: a web address is then an error, and a feed item gives the text it has
 * @throws IllegalArgumentException if {@code maxChars < 1} or {@code stdin} is {@code null}
 */
public record ReadOptions(LocalDate defaultPublished, int maxChars, InputStream stdin, Fetcher fetcher) {

  /** The default limit on an article's length: two million characters. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  public ReadOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("--max-chars must be at least 1, got " + maxChars
          + "; the default is " + DEFAULT_MAX_CHARS);
    }
    if (stdin == null) {
      throw new IllegalArgumentException("no standard input given; pass System.in, or a stream for tests");
    }
  }

  /** Options that fetch nothing. */
  public ReadOptions(LocalDate defaultPublished, int maxChars, InputStream stdin) {
    this(defaultPublished, maxChars, stdin, null);
  }

  /** No default publication date, {@value #DEFAULT_MAX_CHARS} characters, {@code System.in}, no fetching. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_CHARS, System.in, null);
  }

  public ReadOptions withDefaultPublished(LocalDate date) {
    return new ReadOptions(date, maxChars, stdin, fetcher);
  }

  public ReadOptions withMaxChars(int chars) {
    return new ReadOptions(defaultPublished, chars, stdin, fetcher);
  }

  public ReadOptions withStdin(InputStream in) {
    return new ReadOptions(defaultPublished, maxChars, in, fetcher);
  }

  /** These options fetching with {@code web}, or fetching nothing if it is {@code null}. */
  public ReadOptions withFetcher(Fetcher web) {
    return new ReadOptions(defaultPublished, maxChars, stdin, web);
  }

  /** The most bytes read of one file or record: four a character, at most what an array holds. */
  long maxBytes() {
    return Math.min(4L * maxChars, Integer.MAX_VALUE - 16);
  }
}
