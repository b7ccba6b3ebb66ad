package org.herodotus.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.testing.NewsPages.BRIDGE;
import static org.herodotus.testing.NewsPages.FERRY;
import static org.herodotus.testing.NewsPages.MARKET;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.herodotus.model.Document;
import org.herodotus.output.DocumentJson;
import org.herodotus.testing.NewsPages;
import org.herodotus.testing.WarcFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's file format over a CC-NEWS-style WARC file (gzip record by record), and its restore. */
class ArticleFilesTest {

  static final String SITE = "https://courier.example";

  @TempDir
  Path dir;

  /** A CC-NEWS-style file: a request, then three pages ({@link NewsPages}, written for the project), each record gzipped. */
  Path warc() throws IOException {
    Path file = dir.resolve("news.warc.gz");
    Files.write(file, WarcFiles.concat(
        WarcFiles.gzip(WarcFiles.request("r-1", SITE + FERRY.path(), "2026-11-24T08:00:00Z")),
        WarcFiles.gzip(page("a-1", FERRY)), WarcFiles.gzip(page("a-2", BRIDGE)), WarcFiles.gzip(page("a-3", MARKET))));
    return file;
  }

  static byte[] page(String id, NewsPages.Story story) {
    return WarcFiles.response(id, SITE + story.path(), story.date() + "T08:00:00Z", story.page());
  }

  static FileSourceSplit split(Path file) throws IOException {
    return new FileSourceSplit("0", new org.apache.flink.core.fs.Path(file.toUri()), 0, Files.size(file), 0, Files.size(file));
  }

  static List<RecordAndPosition<String>> readAll(BulkFormat.Reader<String> reader) throws IOException {
    List<RecordAndPosition<String>> all = new ArrayList<>();
    for (BulkFormat.RecordIterator<String> batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
      for (RecordAndPosition<String> r = batch.next(); r != null; r = batch.next()) {
        all.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
      }
    }
    reader.close();
    return all;
  }

  @Test
  void warc_responsesAreArticles_withTheirUrls_andRequestsAreSkipped() throws IOException {
    List<RecordAndPosition<String>> records = readAll(new ArticleFiles().createReader(new Configuration(), split(warc())));
    List<Document> docs = records.stream().map(r -> DocumentJson.read(r.getRecord())).toList();
    assertThat(docs).extracting(d -> d.meta().url())
        .containsExactly(SITE + FERRY.path(), SITE + BRIDGE.path(), SITE + MARKET.path());
    assertThat(docs.get(1).text()).isEqualTo(BRIDGE.text());
    // each article's position: the reader's outcomes up to and including it (a request yields none)
    assertThat(records).extracting(RecordAndPosition::getRecordSkipCount).containsExactly(1L, 2L, 3L);
  }

  @Test
  void restore_skipsWhatWasHandedOnBeforeTheCheckpoint() throws IOException {
    Path file = warc();
    FileSourceSplit restored = split(file).updateWithCheckpointedPosition(new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2));
    List<RecordAndPosition<String>> records = readAll(new ArticleFiles().restoreReader(new Configuration(), restored));
    assertThat(records).extracting(r -> DocumentJson.read(r.getRecord()).meta().url()).containsExactly(SITE + MARKET.path());
    assertThat(records).extracting(RecordAndPosition::getRecordSkipCount).containsExactly(3L);
  }
}
