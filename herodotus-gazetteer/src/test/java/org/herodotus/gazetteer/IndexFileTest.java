package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFileTest {

  static CompactGazetteer small() {
    IndexBuilder builder = new IndexBuilder();
    int syria = builder.add(InMemoryGazetteerTest.SYRIA);
    builder.code("SY", syria);
    builder.code("SYR", syria);
    builder.add(InMemoryGazetteerTest.IDLIB_CITY);
    builder.add(InMemoryGazetteerTest.IDLIB_PROVINCE);
    int deir = builder.add(InMemoryGazetteerTest.DEIR);
    builder.name(deir, "Dayr az Zawr");
    builder.name(deir, "Deir al-Zor");
    builder.demonym("Syrians", "SY");
    return builder.build();
  }

  static byte[] bytes(CompactGazetteer gazetteer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndexFile.write(gazetteer, out);
    return out.toByteArray();
  }

  @Test
  void roundTrip_readsWhatWasWritten() throws IOException {
    CompactGazetteer written = small();
    CompactGazetteer read = IndexFile.read(new ByteArrayInputStream(bytes(written)));

    assertThat(read.all()).isEqualTo(written.all()).containsExactly(InMemoryGazetteerTest.SYRIA,
        InMemoryGazetteerTest.IDLIB_PROVINCE, InMemoryGazetteerTest.DEIR, InMemoryGazetteerTest.IDLIB_CITY);
    for (int k = 0; k < written.keys().size(); k++) {
      String key = written.keys().key(k);
      assertThat(read.lookup(key)).as(key).isEqualTo(written.lookup(key)).isNotEmpty();
    }
    assertThat(read.codes()).isEqualTo(written.codes());
    assertThat(read.demonyms()).isEqualTo(written.demonyms());
    assertThat(read.country("SYR")).contains(InMemoryGazetteerTest.SYRIA);
    assertThat(read.admin1("SY", "09")).contains(InMemoryGazetteerTest.IDLIB_PROVINCE);
    assertThat(read.countryOfDemonym("syrians")).contains(InMemoryGazetteerTest.SYRIA);
    assertThat(read.lookup("Dayr ez-Zawr")).containsExactly(InMemoryGazetteerTest.DEIR);
    assertThat(read.lookup("Idlib")).containsExactly(InMemoryGazetteerTest.IDLIB_PROVINCE, InMemoryGazetteerTest.IDLIB_CITY);
  }

  @Test
  void compactGazetteer_answersAsTheInMemoryOne() {
    CompactGazetteer compact = small();
    for (String name : new String[] {"Idlib", "Deir al-Zor", "Syria", "Aleppo"}) {
      assertThat(compact.lookup(name)).as(name).isEqualTo(InMemoryGazetteerTest.GAZETTEER.lookup(name));
    }
  }

  @Test
  void load_missingFile_saysHowToBuildIt(@TempDir Path dir) {
    Path missing = dir.resolve("gazetteer.idx");
    assertThatThrownBy(() -> Gazetteers.load(missing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist")
        .hasMessageContaining("herodotus gazetteer build");
  }

  @Test
  void load_truncatedFile_isCorrupt(@TempDir Path dir) throws IOException {
    byte[] whole = bytes(small());
    Path truncated = dir.resolve("truncated.idx");
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> Gazetteers.load(truncated))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(truncated.toString())
        .hasMessageContaining("herodotus gazetteer build");
  }

  @Test
  void load_foreignFile_isNotAnIndex(@TempDir Path dir) throws IOException {
    Path foreign = dir.resolve("foreign.idx");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(foreign))) {
      out.write("not an index at all".getBytes());
    }
    assertThatThrownBy(() -> Gazetteers.load(foreign))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a Herodotus gazetteer index");
  }

  @Test
  void load_badPosting_isCorrupt(@TempDir Path dir) throws IOException {
    CompactGazetteer good = small();
    CompactGazetteer.Keys keys = good.keys();
    int[] postings = keys.postings().clone();
    postings[0] = 99;
    CompactGazetteer bad = new CompactGazetteer(good.entries(),
        new CompactGazetteer.Keys(keys.chars(), keys.start(), keys.postingStart(), postings), good.codes(), good.demonyms());
    Path file = dir.resolve("bad.idx");
    Files.write(file, bytes(bad));
    assertThatThrownBy(() -> Gazetteers.load(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row 99 is outside the 4 entries");
  }
}
