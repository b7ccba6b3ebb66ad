package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.testing.NewsPages.FERRY;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herodotus.pipeline.Outcome;
import org.herodotus.testing.LocalWeb;
import org.herodotus.testing.WarcFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB web page fails clearly, from a file, a WARC record or the web, without being held whole. */
class HugePageTest {

  static final long FIFTY_MB = 50L * 1024 * 1024;
  static final byte[] PARAGRAPH = "<p>The council met again on Tuesday to discuss the budget for the coming year.</p>\n"
      .getBytes(StandardCharsets.UTF_8);

  static void writeHugePage(OutputStream out) throws IOException {
    out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
    for (long written = 0; written < FIFTY_MB; written += PARAGRAPH.length) {
      out.write(PARAGRAPH);
    }
    out.write("</article></body></html>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void file_failsBeforeReading_namingItsSizeAndMaxChars(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("huge.html");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(page))) {
      writeHugePage(out);
    }
    Outcome.Failed failed = Reading.failed(Reading.one(page));
    assertThat(failed.message()).startsWith("file is 52,4").contains("more than the 8,000,000 bytes read for --max-chars 2,000,000",
        "raise --max-chars");
  }

  @Test
  void warcRecord_failsAlone_andTheNextRecordIsRead(@TempDir Path dir) throws IOException {
    java.io.ByteArrayOutputStream html = new java.io.ByteArrayOutputStream();
    writeHugePage(html);
    Path warc = Reading.write(dir, "huge.warc", WarcFiles.concat(
        WarcFiles.response("big", "https://courier.example/big", "2026-11-26T00:00:00Z", html.toString(StandardCharsets.UTF_8)),
        WarcFiles.response("small", "https://courier.example" + FERRY.path(), "2026-11-26T00:00:00Z", FERRY.page())));
    html = null;
    List<Outcome> outcomes = Reading.all(warc);
    assertThat(outcomes).hasSize(2);
    assertThat(Reading.failed(outcomes.get(0)).message()).contains("the record's payload is 8,000,001 bytes, more than the 8,000,000 bytes");
    assertThat(Reading.done(outcomes.get(1)).text()).isEqualTo(FERRY.text());
  }

  @Test
  void webPage_failsAtTheFetchersLimit_withoutContentLength() {
    try (LocalWeb web = LocalWeb.start()) {
      web.on("/huge", exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0); // chunked: the size is known only by reading
        try (OutputStream out = exchange.getResponseBody()) {
          writeHugePage(out);
        }
      });
      List<Outcome> outcomes = Reading.all(FeedArticlesTest.fetching(), web.url("/huge").toString());
      assertThat(Reading.failed(outcomes.get(0)).message()).contains("is more than 10485760 bytes, over the limit of 10,485,760 bytes");
    }
  }
}
