package org.herodotus.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.Gazetteers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelinesTest {

  @Test
  void gazetteer_loadsAnIndexOncePerProcess_howeverItsPathIsWritten(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("copy.idx");
    Gazetteers.save(Gazetteers.loadDefault(), index);

    Gazetteer first = Pipelines.gazetteer(index);

    assertThat(first.lookup("Raqqa")).isNotEmpty();
    assertThat(first).isNotSameAs(Gazetteers.loadDefault());
    assertThat(Pipelines.gazetteer(dir.resolve("sub/../copy.idx"))).isSameAs(first);
  }

  @Test
  void gazetteer_missingIndex_saysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> Pipelines.gazetteer(dir.resolve("none.idx")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
  }
}
