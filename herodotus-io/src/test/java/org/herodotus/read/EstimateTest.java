package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Articles#estimate}: the document count a progress display shows before reading. */
class EstimateTest {

  @TempDir Path dir;

  @Test
  void folder_countsPagesAsOneAndJsonLinesByNonBlankLines_asReadingYields() {
    Reading.write(dir, "a.txt", "GENEVA (Reuters) - One.");
    Reading.write(dir, "b.html", "<html><body><p>Two, from a page.</p></body></html>");
    Reading.write(dir, "sub/c.jsonl", "{\"id\": \"c1\", \"text\": \"Three.\"}\n\n   \n{\"id\": \"c2\", \"text\": \"Four.\"}\r\n"
        + "{\"id\": \"c3\", \"text\": \"Five, no newline at the end.\"}");
    Reading.write(dir, "d", "{\"id\": \"d1\", \"text\": \"Six: JSON Lines without an extension.\"}\n");
    Reading.write(dir, ".hidden.txt", "Left out.");
    Reading.write(dir, "photo.jpg", "not read");

    assertThat(Articles.estimate(List.of(dir.toString()))).isEqualTo(OptionalLong.of(6));
    assertThat(Reading.all(dir)).hasSize(6);
  }

  @Test
  void files_addUp() {
    Path text = Reading.write(dir, "a.txt", "One.");
    Path lines = Reading.write(dir, "b.ndjson", "{\"id\": \"1\", \"text\": \"x\"}\n{\"id\": \"2\", \"text\": \"y\"}\n");
    Path empty = Reading.write(dir, "c.jsonl", "\n\n");
    assertThat(Articles.estimate(List.of(text.toString(), lines.toString(), empty.toString()))).isEqualTo(OptionalLong.of(3));
  }

  @Test
  void standardInputWebWarcFeedsAndAddressLists_areUnknown() {
    Path text = Reading.write(dir, "a.txt", "One.");
    Path feed = Reading.write(dir, "news.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>");
    assertThat(Articles.estimate(List.of(text.toString(), "-"))).isEmpty();
    assertThat(Articles.estimate(List.of("https://example.org/news"))).isEmpty();
    assertThat(Articles.estimate(List.of(Reading.write(dir, "crawl.warc.gz", "x").toString()))).isEmpty();
    assertThat(Articles.estimate(List.of(Reading.write(dir, "f.rss", "<rss/>").toString()))).isEmpty();
    assertThat(Articles.estimate(List.of(Reading.write(dir, "list.urls", "https://example.org/\n").toString()))).isEmpty();
    assertThat(Articles.estimate(List.of(feed.toString()))).isEmpty();
    assertThat(Articles.estimate(List.of(dir.toString()))).isEmpty(); // the folder holds a feed
  }
}
