package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.herodotus.read.Reading.done;
import static org.herodotus.read.Reading.failed;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Batch;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesTest {

  @TempDir Path dir;

  /** The example in the Javadoc of {@link Articles}. */
  @Test
  void open_javadocExample_feedsABatch() {
    Path samples = Reading.write(dir, "samples/" + Samples.WIRE_JSONL, Samples.bytes(Samples.WIRE_JSONL)).getParent();
    Pipeline pipeline = Pipeline.of();
    List<Outcome> sink = new ArrayList<>();
    int failed;

    try (ArticleStream articles = Articles.open(List.of(samples.toString()), ReadOptions.defaults())) {
      failed = new Batch(pipeline, 4).run(articles, sink::add);
    }

    assertThat(failed).isZero();
    assertThat(sink).extracting(outcome -> done(outcome).id()).containsExactly("wire-0001", "wire-0002", "wire-0003");
  }

  @Test
  void folder_readsRecursivelyInSortedPathOrder() {
    Reading.write(dir, "b.txt", "GENEVA (Reuters) - Second.");
    Reading.write(dir, "a/z.txt", "GENEVA (Reuters) - First, in a subfolder.");
    Reading.write(dir, "c/d.jsonl", "{\"id\": \"c1\", \"text\": \"Third.\"}\n{\"id\": \"c2\", \"text\": \"Fourth.\"}\n");
    Reading.write(dir, "d.html", "<html><body><p>Fifth, from a page.</p></body></html>");

    List<Outcome> outcomes = Reading.all(dir);

    assertThat(outcomes).extracting(outcome -> done(outcome).meta().origin()).containsExactly(
        dir.resolve("a/z.txt").toString(), dir.resolve("b.txt").toString(),
        dir.resolve("c/d.jsonl") + ":1", dir.resolve("c/d.jsonl") + ":2", dir.resolve("d.html").toString());
  }

  @Test
  void folder_skipsHiddenFilesAndImagesSilently() {
    Reading.write(dir, ".draft.txt", "GENEVA (Reuters) - Hidden.");
    Reading.write(dir, ".git/config", "[core]");
    Reading.write(dir, "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
    Reading.write(dir, "archive.zip", new byte[] {'P', 'K', 3, 4, 0});
    Reading.write(dir, "story.txt", "GENEVA (Reuters) - Visible.");

    List<Outcome> outcomes = Reading.all(dir);

    assertThat(outcomes).hasSize(1);
    assertThat(done(outcomes.get(0)).text()).isEqualTo("GENEVA (Reuters) - Visible.");
  }

  @Test
  void folder_binaryFileWithTextName_isReported() {
    Reading.write(dir, "notes.dat1", new byte[] {1, 2, 0, 4});

    assertThat(failed(Reading.one(dir)).message()).startsWith("looks like a binary file (NUL byte at offset 2)");
  }

  @Test
  void inputs_keepGivenOrderAndOrigins() {
    Path second = Reading.write(dir, "2.txt", "BEIRUT: Second.");
    Path first = Reading.write(dir, "1.txt", "BEIRUT: First.");

    List<Outcome> outcomes = Reading.all(Reading.OPTIONS, second.toString(), first.toString());

    assertThat(outcomes).extracting(outcome -> done(outcome).meta().origin())
        .containsExactly(second.toString(), first.toString());
  }

  @Test
  void stdin_jsonLines_isSniffedAndStreamed() {
    List<Outcome> outcomes = Reading.all(Reading.stdin("\n  {\"id\": \"s1\", \"text\": \"One.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}"), "-");

    assertThat(outcomes).extracting(outcome -> done(outcome).id()).containsExactly("s1", "s2");
    assertThat(done(outcomes.get(1)).meta().origin()).isEqualTo("-:3");
  }

  @Test
  void stdin_html_isSniffed() {
    Document doc = done(Reading.all(Reading.stdin(Samples.text(Samples.KABUL_HTML)), "-").get(0));

    assertThat(doc.meta().source()).isEqualTo("Frontier Daily");
    assertThat(doc.meta().origin()).isEqualTo("-");
  }

  @Test
  void stdin_plainText_isSniffed() {
    Document doc = done(Reading.all(Reading.stdin(Samples.text(Samples.AID_CONVOY)), "-").get(0));

    assertThat(doc.text()).isEqualTo(Samples.text(Samples.AID_CONVOY));
    assertThat(doc.meta().origin()).isEqualTo("-");
  }

  @Test
  void open_missingPath_throwsNamingPath() {
    String missing = dir.resolve("nowhere.txt").toString();

    assertThatThrownBy(() -> Articles.open(List.of(missing), Reading.OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("input '" + missing + "' does not exist")
        .hasMessageEndingWith("give an existing file or folder, or - for standard input");
  }

  @Test
  void open_blankInput_throwsInsteadOfReadingWorkingDirectory() {
    assertThatThrownBy(() -> Articles.open(List.of(" "), Reading.OPTIONS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("input ' ' does not exist");
  }

  @Test
  void stdin_hugeJsonLines_isReadLineByLine() {
    CountingRecords records = new CountingRecords(1_000_000);

    try (ArticleStream stream = Articles.open(List.of("-"), Reading.OPTIONS.withStdin(records))) {
      for (int i = 1; i <= 3; i++) {
        assertThat(done(stream.next()).id()).isEqualTo("r" + i);
      }
    }

    assertThat(records.served).isLessThan(1 << 20);
  }

  /** Standard input of {@code count} short JSON records, made as they are read. */
  static final class CountingRecords extends java.io.InputStream {
    private final int count;
    private int record;
    private byte[] line = new byte[0];
    private int position;
    long served;

    CountingRecords(int count) {
      this.count = count;
    }

    @Override
    public int read() {
      if (position == line.length) {
        if (record == count) {
          return -1;
        }
        record++;
        line = ("{\"id\": \"r" + record + "\", \"text\": \"BEIRUT: Report " + record + " of the shelling.\"}\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        position = 0;
      }
      served++;
      return line[position++];
    }
  }

  @Test
  void open_noInputsOrStdinTwice_throws() {
    assertThatThrownBy(() -> Articles.open(List.of(), Reading.OPTIONS)).hasMessageContaining("no inputs given");
    assertThatThrownBy(() -> Articles.open(List.of("-", "-"), Reading.OPTIONS))
        .hasMessage("standard input '-' is given 2 times; give it once");
  }

  @Test
  void open_isLazy_readsNothingBeforeHasNext() {
    Path file = Reading.write(dir, "a.txt", "BEIRUT: First.");
    try (ArticleStream stream = Articles.open(List.of(file.toString()), Reading.OPTIONS)) {
      Reading.write(dir, "a.txt", "BEIRUT: Changed before reading.");

      assertThat(done(stream.next()).text()).isEqualTo("BEIRUT: Changed before reading.");
      assertThat(stream.hasNext()).isFalse();
      assertThatThrownBy(stream::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void close_midStream_endsIt() {
    Path file = Reading.write(dir, "a.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
    ArticleStream stream = Articles.open(List.of(file.toString()), Reading.OPTIONS);
    stream.next();

    stream.close();
    stream.close();

    assertThat(stream.hasNext()).isFalse();
  }

  @Test
  void readOptions_invalid_areRejectedWithAdvice() {
    assertThatThrownBy(() -> ReadOptions.defaults().withMaxChars(0))
        .hasMessage("--max-chars must be at least 1, got 0; the default is 2000000");
    assertThatThrownBy(() -> new ReadOptions(null, 10, null)).hasMessageContaining("System.in");
    assertThat(new ReadOptions(null, 10, new ByteArrayInputStream(new byte[0])).maxBytes()).isEqualTo(40);
  }
}
