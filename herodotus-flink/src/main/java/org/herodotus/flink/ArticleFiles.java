package org.herodotus.flink;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.MutableRecordAndPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.herodotus.output.DocumentJson;
import org.herodotus.pipeline.Outcome;
import org.herodotus.read.ArticleStream;
import org.herodotus.read.Articles;
import org.herodotus.read.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the articles of one file for Flink's {@code FileSource} through herodotus-io's readers,
 * so the job reads what {@code herodotus extract} reads (WARC, JSON Lines, HTML, text), each
 * article as one line of article JSON ({@link DocumentJson}: id, metadata, text).
 *
 * <p>A file is one split, read from the start; its position is the number of reader outcomes
 * consumed (failures included), so a restored reader skips exactly what was emitted before the
 * checkpoint. An article the reader cannot read is logged and skipped, as the CLI records and
 * skips it. Files must be on a file system every task manager sees as local (a local disk in a
 * MiniCluster, an NFS or a Kubernetes volume mount on a cluster): the WARC reader seeks.
 */
final class ArticleFiles implements BulkFormat<String, FileSourceSplit> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ArticleFiles.class);
  /** Articles handed on per batch: small, as each takes the pipeline a second or so. */
  private static final int BATCH = 16;

  @Override
  public Reader<String> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new ArticleReader(split, 0);
  }

  @Override
  public Reader<String> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new ArticleReader(split, skip);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<String> getProducedType() {
    return Types.STRING;
  }

  /** The articles of one file, in batches, with the count of outcomes consumed as each one's position. */
  private static final class ArticleReader implements BulkFormat.Reader<String> {

    private final ArticleStream articles;
    private final String file;
    private long consumed;

    ArticleReader(FileSourceSplit split, long skip) throws IOException {
      if (!"file".equals(split.path().toUri().getScheme()) && split.path().toUri().getScheme() != null) {
        throw new IOException("articles are read from files every task manager sees locally, not from " + split.path()
            + ": mount the archive (NFS, a Kubernetes volume) and pass its file: URI");
      }
      this.file = new File(split.path().toUri().getPath()).getPath();
      this.articles = Articles.open(List.of(file), ReadOptions.defaults());
      while (consumed < skip && articles.hasNext()) {
        articles.next();
        consumed++;
      }
    }

    @Override
    public RecordIterator<String> readBatch() {
      List<String> lines = new ArrayList<>();
      List<Long> positions = new ArrayList<>();
      while (lines.size() < BATCH && articles.hasNext()) {
        Outcome outcome = articles.next();
        consumed++;
        if (outcome instanceof Outcome.Done done) {
          lines.add(DocumentJson.write(done.document(), false));
          positions.add(consumed);
        } else if (outcome instanceof Outcome.Failed failed) {
          LOG.warn("skipped an article of {}: {}", file, failed.describe());
        }
      }
      return lines.isEmpty() && !articles.hasNext() ? null : new Batch(lines, positions);
    }

    @Override
    public void close() {
      articles.close();
    }
  }

  /** One batch of article lines, each with the outcomes consumed up to and including it. */
  private static final class Batch implements BulkFormat.RecordIterator<String> {

    private final List<String> lines;
    private final List<Long> positions;
    private final MutableRecordAndPosition<String> current = new MutableRecordAndPosition<>();
    private int next;

    Batch(List<String> lines, List<Long> positions) {
      this.lines = lines;
      this.positions = positions;
    }

    @Override
    public RecordAndPosition<String> next() {
      if (next >= lines.size()) {
        return null;
      }
      current.set(lines.get(next), CheckpointedPosition.NO_OFFSET, positions.get(next));
      next++;
      return current;
    }

    @Override
    public void releaseBatch() {}
  }
}
