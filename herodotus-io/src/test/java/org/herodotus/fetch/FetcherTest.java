package org.herodotus.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.herodotus.testing.LocalWeb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a site on 127.0.0.1: no internet. */
class FetcherTest {

  static final String PAGE = "<html><body><p>The river rose overnight.</p></body></html>";
  static final FetchOptions FAST = FetchOptions.defaults().withPerHostInterval(Duration.ZERO);

  final LocalWeb web = LocalWeb.start();

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void get_sendsOurUserAgent_readsRobotsOnce_decodesCharsetOfContentType() throws Exception {
    web.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin\n");
    web.page("/news/1", "text/html; charset=ISO-8859-1", "<p>Caf\u00e9 owners in K\u00f6ln</p>");
    Fetcher fetcher = new Fetcher(FAST);
    Fetched first = fetcher.get(web.url("/news/1"));
    fetcher.get(web.url("/news/1"));
    assertThat(first.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(new String(first.body(), first.charset())).isEqualTo("<p>Caf\u00e9 owners in K\u00f6ln</p>");
    assertThat(web.requestsFor("/robots.txt")).isEqualTo(1);
    assertThat(web.requests()).allSatisfy(r -> assertThat(r.header("User-Agent")).isEqualTo(FetchOptions.USER_AGENT));
  }

  @Test
  void robotsDisallow_forOurAgent_failsWithoutAskingForThePage() {
    web.page("/robots.txt", "text/plain", "User-agent: Herodotus\nDisallow: /archive/\n");
    web.page("/archive/2019", "text/html", PAGE);
    assertThatThrownBy(() -> new Fetcher(FAST).get(web.url("/archive/2019")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("/archive/2019 is disallowed for herodotus by")
        .hasMessageContaining("/robots.txt");
    assertThat(web.requestsFor("/archive/2019")).isZero();
  }

  @Test
  void robotsMissing_allowsAll_serverErrorOnRobots_allowsNothing() throws Exception {
    web.page("/a", "text/html", PAGE);
    assertThat(new Fetcher(FAST).get(web.url("/a")).body()).isNotEmpty(); // robots.txt is a 404 here
    web.on("/robots.txt", exchange -> LocalWeb.send(exchange, 503, "text/plain", new byte[0]));
    assertThatThrownBy(() -> new Fetcher(FAST).get(web.url("/a"))).hasMessageContaining("disallowed");
  }

  @Test
  void perHostInterval_spacesRequestsToOneHost() throws Exception {
    web.page("/robots.txt", "text/plain", "");
    web.page("/a", "text/html", PAGE);
    Fetcher fetcher = new Fetcher(FetchOptions.defaults().withPerHostInterval(Duration.ofMillis(300)));
    long start = System.nanoTime();
    fetcher.get(web.url("/a")); // robots.txt, then the page: two slots
    fetcher.get(web.url("/a"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("robots.txt and two pages, 300 ms apart").isGreaterThanOrEqualTo(600);
  }

  @Test
  void conditionalGet_sendsValidators_notModifiedHasNoBody() throws Exception {
    web.on("/feed.xml", exchange -> {
      if ("\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.getResponseHeaders().set("ETag", "\"v7\"");
        LocalWeb.send(exchange, 304, null, new byte[0]);
      } else {
        exchange.getResponseHeaders().set("ETag", "\"v7\"");
        exchange.getResponseHeaders().set("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT");
        LocalWeb.send(exchange, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
      }
    });
    Fetcher fetcher = new Fetcher(FAST);
    Fetched first = fetcher.get(web.url("/feed.xml"));
    assertThat(first.notModified()).isFalse();
    assertThat(first.validators()).isEqualTo(new Validators("\"v7\"", "Wed, 25 Nov 2026 10:00:00 GMT"));
    Fetched second = fetcher.get(web.url("/feed.xml"), first.validators());
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
    LocalWeb.Request asked = web.requests().get(web.requests().size() - 1);
    assertThat(asked.header("If-Modified-Since")).isEqualTo("Wed, 25 Nov 2026 10:00:00 GMT");
  }

  @Test
  void redirects_followedToTheEnd_butNotPastTheLimit() throws Exception {
    web.on("/old", exchange -> redirect(exchange, "/newer"));
    web.on("/newer", exchange -> redirect(exchange, "/newest"));
    web.page("/newest", "text/html", PAGE);
    web.on("/loop", exchange -> redirect(exchange, "/loop"));
    Fetcher fetcher = new Fetcher(FAST);
    assertThat(fetcher.get(web.url("/old")).url()).isEqualTo(web.url("/newest"));
    assertThatThrownBy(() -> fetcher.get(web.url("/loop"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("redirected more than 5 times");
  }

  @Test
  void redirectToAnotherScheme_isRefused() {
    web.on("/ftp", exchange -> redirect(exchange, "ftp://127.0.0.1/file.txt"));
    assertThatThrownBy(() -> new Fetcher(FAST).get(web.url("/ftp")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only http and https are fetched");
    assertThatThrownBy(() -> new Fetcher(FAST).get(URI.create("file:///etc/passwd")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an absolute web address");
  }

  @Test
  void slowEndpoint_timesOutWithAClearMessage() {
    web.on("/slow", exchange -> {
      sleep(3000);
      LocalWeb.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    });
    Fetcher fetcher = new Fetcher(FAST.withReadTimeout(Duration.ofMillis(400)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher.get(web.url("/slow"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("did not answer within 400 ms");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
  }

  @Test
  void slowBody_afterTheHeaders_timesOutToo() {
    web.on("/trickle", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 30; i++) {
          out.write("<p>more</p>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          sleep(100);
        }
      }
    });
    Fetcher fetcher = new Fetcher(FAST.withReadTimeout(Duration.ofMillis(500)));
    assertThatThrownBy(() -> fetcher.get(web.url("/trickle"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("took longer than 500 ms to read");
  }

  @Test
  void oversizedBody_failsClearly_withOrWithoutContentLength() {
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    web.on("/big", exchange -> LocalWeb.send(exchange, 200, "text/html", big));
    web.on("/big-chunked", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(big);
      }
    });
    Fetcher fetcher = new Fetcher(FAST.withMaxBodyBytes(1024 * 1024));
    assertThatThrownBy(() -> fetcher.get(web.url("/big"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("is 2097152 bytes, over the limit of 1,048,576 bytes");
    assertThatThrownBy(() -> fetcher.get(web.url("/big-chunked"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("is more than 1048576 bytes, over the limit");
  }

  @Test
  void errorStatus_namesTheUrlAndTheStatus() {
    assertThatThrownBy(() -> new Fetcher(FAST).get(web.url("/gone"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("/gone answered HTTP 404 (not found)");
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws java.io.IOException {
    exchange.getResponseHeaders().set("Location", location);
    LocalWeb.send(exchange, 302, null, new byte[0]);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
