package org.herodotus.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedDocumentsTest {

  static List<Outcome> readAll(AnnotatedDocuments documents) {
    List<Outcome> all = new ArrayList<>();
    try (documents) {
      documents.forEachRemaining(all::add);
    }
    return all;
  }

  @Test
  void open_readsDocumentsBackAndReportsBadLinesWithTheirPlace(@TempDir Path dir) throws Exception {
    Document doc = DocumentJsonTest.annotated();
    Path file = dir.resolve("annotated.jsonl");
    Files.writeString(file, DocumentJson.write(doc, true) + "\n\n{broken\n" + DocumentJson.write(doc, true) + "\n");
    List<Outcome> outcomes = readAll(AnnotatedDocuments.open(List.of(file.toString()), System.in));
    assertThat(outcomes).hasSize(3);
    assertThat(((Outcome.Done) outcomes.get(0)).document()).isEqualTo(doc);
    assertThat(((Outcome.Failed) outcomes.get(1)).describe()).startsWith(file + ":3 failed at read: not a JSON document");
    assertThat(outcomes.get(2)).isInstanceOf(Outcome.Done.class);
  }

  @Test
  void open_readsStandardInput() {
    String line = DocumentJson.write(DocumentJsonTest.annotated(), true) + "\n";
    List<Outcome> outcomes = readAll(AnnotatedDocuments.open(List.of("-"),
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))));
    assertThat(outcomes).singleElement().isInstanceOf(Outcome.Done.class);
  }

  @Test
  void open_folder_isRejectedSayingWhatItReads(@TempDir Path dir) {
    assertThatThrownBy(() -> AnnotatedDocuments.open(List.of(dir.toString()), System.in))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--with-tokens");
  }
}
