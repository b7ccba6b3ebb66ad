package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.testing.NewsPages.BRIDGE;
import static org.herodotus.testing.NewsPages.FERRY;
import static org.herodotus.testing.NewsPages.MARKET;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.read.FeedState;
import org.herodotus.store.Store;
import org.herodotus.testing.LocalWeb;
import org.herodotus.testing.NewsPages;
import org.herodotus.testing.WarcFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} from WARC archives, feed files, web addresses and polled feeds, with a pipeline
 * that adds nothing (no models): what is read, counted and stored, and that again adds nothing.
 */
class IngestSourcesTest {

  static final String SITE = "https://courier.example";

  static IngestCommand ingest() {
    return new IngestCommand(config -> Pipeline.of(doc -> doc), PollLoop::untilStopped);
  }

  static byte[] warcPage(String id, NewsPages.Story story) {
    return WarcFiles.response(id, SITE + story.path(), story.date() + "T08:00:00Z", story.page());
  }

  @Test
  void warcAndFeedFiles_areStored_andASecondRunAddsNothing(@TempDir Path dir) throws Exception {
    Path warc = Files.write(dir.resolve("CC-NEWS-20261126.warc.gz"), WarcFiles.concat(
        WarcFiles.gzip(warcPage("w-1", FERRY)), WarcFiles.gzip(warcPage("w-2", BRIDGE)), WarcFiles.gzip(warcPage("w-3", MARKET))));
    Path feed = Files.writeString(dir.resolve("courier.xml"), NewsPages.rssWithFullText(SITE, FERRY, BRIDGE));
    Path data = dir.resolve("data");

    Console first = Console.command(ingest(), "--data", data.toString(), "--threads", "1", warc.toString(), feed.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).contains("5 documents into " + data + ": 5 new, 0 unchanged, 0 replaced, 0 failed; the store holds 5 documents");

    Console second = Console.command(ingest(), "--data", data.toString(), warc.toString(), feed.toString());
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).contains("5 documents into " + data + ": 0 new, 5 unchanged, 0 replaced, 0 failed; the store holds 5 documents");
  }

  @Test
  void truncatedWarc_storesTheWholeRecords_reportsTheCut_exitsOne(@TempDir Path dir) throws Exception {
    byte[] last = WarcFiles.gzip(warcPage("w-3", MARKET));
    Path warc = Files.write(dir.resolve("cut.warc.gz"), WarcFiles.concat(
        WarcFiles.gzip(warcPage("w-1", FERRY)), WarcFiles.gzip(warcPage("w-2", BRIDGE)), Arrays.copyOf(last, last.length / 2)));
    Path data = dir.resolve("data");
    Console run = Console.command(ingest(), "--data", data.toString(), warc.toString());
    assertThat(run.status()).isEqualTo(Errors.FAILED_DOCUMENTS);
    assertThat(run.out()).contains("3 documents into " + data + ": 2 new, 0 unchanged, 0 replaced, 1 failed");
    assertThat(run.err()).contains("cut.warc.gz@", "failed at read: the WARC file ends inside the record");
  }

  @Test
  void feedPolledTwice_secondPollIsNotModified_urlListIsFetched(@TempDir Path dir) throws Exception {
    try (LocalWeb web = LocalWeb.start()) {
      String site = web.url("").toString();
      serveFeed(web, NewsPages.rssWithTeasers(site, FERRY, BRIDGE), "\"a\"");
      web.page(FERRY.path(), "text/html; charset=utf-8", FERRY.page());
      web.page(BRIDGE.path(), "text/html; charset=utf-8", BRIDGE.page());
      web.page(MARKET.path(), "text/html; charset=utf-8", MARKET.page());
      Path data = dir.resolve("data");
      String feed = web.url("/rss").toString();

      Console first = Console.command(ingest(), "--data", data.toString(), "--rate", "100", "--feed", feed);
      assertThat(first.status()).as(first.err()).isZero();
      assertThat(first.out()).contains("2 documents into " + data + ": 2 new");
      assertThat(Files.readString(data.resolve(FeedState.FILE))).contains("\"etag\" : \"\\\"a\\\"\"", "courier--2026-11-24-ferry-strike");

      Console second = Console.command(ingest(), "--data", data.toString(), "--rate", "100", "--feed", feed);
      assertThat(second.out()).as(second.err()).contains("0 documents into " + data + ": 0 new");
      assertThat(web.requestsFor(FERRY.path())).isEqualTo(1);

      Path list = Files.writeString(dir.resolve("reading-list.txt"), "# to read\n" + web.url(MARKET.path()) + "\n\n");
      Console urls = Console.command(ingest(), "--data", data.toString(), "--rate", "100", "--urls", list.toString());
      assertThat(urls.out()).as(urls.err()).contains("1 documents into " + data + ": 1 new");
      try (Store store = Store.open(data)) {
        assertThat(store.documentCount()).isEqualTo(3);
      }
    }
  }

  @Test
  void every_pollsUntilStopped_thenEndsCleanly_savingTheState(@TempDir Path dir) throws Exception {
    try (LocalWeb web = LocalWeb.start()) {
      serveFeed(web, NewsPages.rssWithFullText(SITE, FERRY), "\"a\"");
      Path data = dir.resolve("data");
      PollLoop loop = PollLoop.untilStopped();
      IngestCommand command = new IngestCommand(config -> Pipeline.of(doc -> doc), () -> loop);
      CompletableFuture<Console> running = CompletableFuture.supplyAsync(() -> Console.command(command,
          "--data", data.toString(), "--rate", "100", "--feed", web.url("/rss").toString(), "--every", "10s"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!Files.exists(data.resolve(FeedState.FILE)) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(running).isNotDone();
      loop.stop();
      Console console = running.get(20, TimeUnit.SECONDS);
      assertThat(console.status()).as(console.err()).isZero();
      assertThat(console.out()).contains("1 documents into " + data + ": 1 new");
    }
  }

  @Test
  void every_withoutFeed_isAUsageError() {
    Console console = Console.command(ingest(), "--every", "15m", "x.txt");
    assertThat(console.status()).isEqualTo(Errors.USAGE);
    assertThat(console.err()).contains("--every polls feeds, and no --feed is given");
    Console tooOften = Console.command(ingest(), "--feed", "https://courier.example/rss", "--every", "1s");
    assertThat(tooOften.status()).isEqualTo(Errors.USAGE);
    assertThat(tooOften.err()).contains("shorter than 10 s");
  }

  private static void serveFeed(LocalWeb web, String feed, String etag) {
    AtomicReference<String> body = new AtomicReference<>(feed);
    web.on("/rss", exchange -> {
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalWeb.send(exchange, 304, null, new byte[0]);
      } else {
        LocalWeb.send(exchange, 200, "application/rss+xml", body.get().getBytes(StandardCharsets.UTF_8));
      }
    });
  }
}
