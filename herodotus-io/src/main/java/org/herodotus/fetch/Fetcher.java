package org.herodotus.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches web pages and feeds politely, with {@code java.net.http.HttpClient}:
 * <ol>
 *   <li>only {@code http} and {@code https} URLs;
 *   <li>robots.txt of each host is read once a day and honoured (the group for our name, else {@code *});
 *       a robots.txt that is missing (4xx) allows everything, one that cannot be read (5xx, network
 *       error) allows nothing, as RFC 9309 says;
 *   <li>requests to one host are {@link FetchOptions#perHostInterval()} apart;
 *   <li>redirects are followed up to {@link FetchOptions#maxRedirects()}, each hop checked again;
 *   <li>bodies over {@link FetchOptions#maxBodyBytes()} fail without being read whole;
 *   <li>a conditional GET sends {@code If-None-Match} and {@code If-Modified-Since}.
 * </ol>
 * Thread-safe; share one per process so the robots cache and the host intervals are shared.
 */
public final class Fetcher {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
  private static final int ROBOTS_MAX_BYTES = 512 * 1024;
  /** Closes the body of a response that takes longer than the read timeout. */
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "herodotus-fetch-timeout");
    thread.setDaemon(true);
    return thread;
  });

  private final FetchOptions options;
  private final HttpClient client;
  private final HostThrottle throttle;
  /** robots.txt rules by origin, with when they were read ({@link System#nanoTime()}). */
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();

  private record Robots(RobotsTxt rules, long readAt) {}

  /** How long robots.txt rules are used before being read again: RFC 9309 asks for at most 24 hours. */
  static final long ROBOTS_MAX_AGE_NANOS = TimeUnit.HOURS.toNanos(24);

  public Fetcher(FetchOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("no fetch options given; pass FetchOptions.defaults()");
    }
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.throttle = new HostThrottle(options.perHostInterval());
  }

  public FetchOptions options() {
    return options;
  }

  /** Whether {@code input} is an {@code http:} or {@code https:} URL, which this fetcher reads. */
  public static boolean isWebUrl(String input) {
    String lower = input == null ? "" : input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** The body at {@code url}: {@code get(url, Validators.NONE)}. */
  public Fetched get(URI url) throws FetchException {
    return get(url, Validators.NONE);
  }

  /**
   * The body at {@code url}, asked for only if it changed since {@code since}.
   *
   * @throws FetchException if the URL is refused by robots.txt, answers with an error status,
   *     times out, redirects too often, has a body over the limit, or cannot be reached
   * @throws IllegalArgumentException if {@code url} is not an absolute http or https URL
   */
  public Fetched get(URI url, Validators since) throws FetchException {
    URI current = checked(url);
    for (int hop = 0; ; hop++) {
      if (!robotsFor(current).allows(pathOf(current))) {
        throw new FetchException(current + " is disallowed for " + options.robotsName() + " by "
            + robotsUrl(current) + " (or it answered with a server error); leave it out, or ask the site's owner");
      }
      HttpResponse<InputStream> response = send(current, since);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        closeQuietly(response.body());
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(current + " answered " + status + " without a Location header; check the address");
        }
        if (hop >= options.maxRedirects()) {
          throw new FetchException(url + " redirected more than " + options.maxRedirects()
              + " times (last to " + location + "); check the address in a browser");
        }
        current = checked(current.resolve(location.strip()));
        continue;
      }
      Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      if (status == 304) {
        closeQuietly(response.body());
        return new Fetched(current, true, new byte[0], contentType,
            charsetOf(contentType), validators.etag() == null && validators.lastModified() == null ? since : validators);
      }
      if (status < 200 || status > 299) {
        closeQuietly(response.body());
        throw new FetchException(current + " answered HTTP " + status
            + (status == 404 || status == 410 ? " (not found); check the address"
                : status == 429 || status >= 500 ? "; the site is busy or failing, try again later"
                : "; check the address and whether the page is public"));
      }
      byte[] body = body(current, response);
      return new Fetched(current, false, body, contentType, charsetOf(contentType), validators);
    }
  }

  private HttpResponse<InputStream> send(URI url, Validators since) throws FetchException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(options.readTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            + "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5")
        .header("Accept-Encoding", "identity")
        .GET();
    if (since != null && since.etag() != null) {
      request.header("If-None-Match", since.etag());
    }
    if (since != null && since.lastModified() != null) {
      request.header("If-Modified-Since", since.lastModified());
    }
    try {
      throttle.await(hostOf(url));
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException("could not connect to " + url.getHost() + " within " + seconds(options.connectTimeout())
          + "; check the address and the network", e);
    } catch (HttpTimeoutException e) {
      throw new FetchException(url + " did not answer within " + seconds(options.readTimeout())
          + "; try again later", e);
    } catch (ConnectException e) {
      throw new FetchException("could not connect to " + url.getHost() + ": " + describe(e)
          + "; check the address and the network", e);
    } catch (IOException e) {
      throw new FetchException("could not fetch " + url + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while fetching " + url, e);
    }
  }

  /** Reads the body, at most the limit, closing it when it takes longer than the read timeout. */
  private byte[] body(URI url, HttpResponse<InputStream> response) throws FetchException {
    return body(url, response, options.maxBodyBytes(), false);
  }

  /** The body, failing when it is over {@code limit}, or cut there when {@code truncate}. */
  private byte[] body(URI url, HttpResponse<InputStream> response, long limit, boolean truncate) throws FetchException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    InputStream in = response.body();
    if (declared > limit && !truncate) {
      closeQuietly(in);
      throw tooLarge(url, declared + " bytes");
    }
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> {
      timedOut.set(true);
      closeQuietly(in);
    }, options.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > limit) {
        if (truncate) {
          return java.util.Arrays.copyOf(bytes, (int) limit);
        }
        throw tooLarge(url, "more than " + limit + " bytes");
      }
      return bytes;
    } catch (IOException | UncheckedIOException e) {
      if (timedOut.get()) {
        throw new FetchException("the body of " + url + " took longer than " + seconds(options.readTimeout())
            + " to read; try again later", e);
      }
      throw new FetchException("could not read the body of " + url + ": " + describe(e), e);
    } finally {
      deadline.cancel(false);
    }
  }

  private FetchException tooLarge(URI url, String size) {
    return new FetchException("the body of " + url + " is " + size + ", over the limit of "
        + String.format(Locale.ROOT, "%,d", options.maxBodyBytes()) + " bytes; it is not an article page, or raise the limit");
  }

  /**
   * The robots.txt rules of {@code url}'s host, read on first use and again after a day (a poll
   * that runs for days sees new rules); a host that cannot be reached is asked again next time.
   */
  private RobotsTxt robotsFor(URI url) throws FetchException {
    String origin = originOf(url);
    Robots known = robots.get(origin);
    if (known == null || System.nanoTime() - known.readAt() > ROBOTS_MAX_AGE_NANOS) {
      known = new Robots(readRobots(url), System.nanoTime());
      robots.put(origin, known);
    }
    return known.rules();
  }

  private RobotsTxt readRobots(URI url) throws FetchException {
    URI robotsUrl = robotsUrl(url);
    HttpResponse<InputStream> response;
    try {
      response = send(robotsUrl, Validators.NONE);
    } catch (FetchException e) {
      throw new FetchException("could not read " + robotsUrl + " before fetching " + url + ": " + e.getMessage(), e);
    }
    int status = response.statusCode();
    if (status >= 200 && status <= 299) {
      // RFC 9309 asks crawlers to read at least 500 KiB and ignore the rest.
      byte[] bytes = body(robotsUrl, response, ROBOTS_MAX_BYTES, true);
      return RobotsTxt.parse(new String(bytes, StandardCharsets.UTF_8), options.robotsName());
    }
    closeQuietly(response.body());
    // RFC 9309: a robots.txt that is unavailable (4xx) allows all, an unreachable one (5xx) nothing.
    // Redirects of robots.txt are not followed here and count as unavailable.
    return status >= 500 ? RobotsTxt.DISALLOW_ALL : RobotsTxt.ALLOW_ALL;
  }

  private static URI robotsUrl(URI url) {
    return URI.create(originOf(url) + "/robots.txt");
  }

  private static URI checked(URI url) {
    if (url == null || !url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("'" + url + "' is not an absolute web address; give one like https://example.org/news");
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("'" + url + "' is a " + scheme + ": address; only http and https are fetched");
    }
    return url;
  }

  private static String originOf(URI url) {
    String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT);
    return url.getPort() < 0 ? origin : origin + ":" + url.getPort();
  }

  private static String hostOf(URI url) {
    return url.getHost().toLowerCase(Locale.ROOT);
  }

  private static String pathOf(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  /** The charset {@code contentType} names, or {@code null}. */
  static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String seconds(java.time.Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Only read from: nothing is lost.
    }
  }
}
