package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.herodotus.read.FeedState;
import org.herodotus.store.Store;
import org.herodotus.testing.LocalWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --feed URL --every} in a child JVM, ended with SIGTERM (what Ctrl-C's SIGINT does
 * too) in the middle of a poll: the poll finishes, the feed state is saved and the store is
 * closed before the JVM ends. The feed has no items, so no models load.
 */
class IngestInterruptTest {

  static final String EMPTY_FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet desk</title></channel></rss>";

  @Test
  void sigtermDuringAPoll_finishesThePoll_savesTheState_thenEnds(@TempDir Path dir) throws Exception {
    try (LocalWeb web = LocalWeb.start()) {
      web.on("/rss", exchange -> {
        sleep(3000); // the signal arrives while the feed is being fetched
        exchange.getResponseHeaders().set("ETag", "\"quiet-1\"");
        LocalWeb.send(exchange, 200, "application/rss+xml", EMPTY_FEED.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      });
      Path data = dir.resolve("data");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          Herodotus.class.getName(), "ingest", "--data", data.toString(), "--rate", "100",
          "--feed", web.url("/rss").toString(), "--every", "10s")
          .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (web.requestsFor("/rss") == 0 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(web.requestsFor("/rss")).as(Files.readString(dir.resolve("err.txt"))).isEqualTo(1);
      child.destroy(); // SIGTERM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(dir.resolve("out.txt"))).contains("0 documents into " + data);
      assertThat(Files.readString(data.resolve(FeedState.FILE))).contains("\"etag\" : \"\\\"quiet-1\\\"\"");
      assertThat(web.requestsFor("/rss")).as("no second poll").isEqualTo(1);
      try (Store store = Store.open(data)) {
        assertThat(store.documentCount()).isZero();
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
