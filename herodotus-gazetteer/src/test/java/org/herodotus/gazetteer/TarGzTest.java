package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzTest {

  /** A .tgz of {@code files} (path to content), as ustar with names up to 100 bytes. */
  static Path tgz(Path file, Map<String, String> files) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    for (Map.Entry<String, String> entry : files.entrySet()) {
      byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
      byte[] header = new byte[512];
      put(header, 0, entry.getKey());
      put(header, 100, "0000644");
      put(header, 124, String.format("%011o", content.length));
      header[156] = '0';
      put(header, 257, "ustar");
      tar.writeBytes(header);
      tar.writeBytes(content);
      tar.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }
    tar.writeBytes(new byte[1024]);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      tar.writeTo(out);
    }
    return file;
  }

  private static void put(byte[] header, int offset, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }

  @Test
  void read_returnsTheWantedFilesOnly(@TempDir Path dir) throws IOException {
    String big = "x".repeat(1500);
    Path archive = tgz(dir.resolve("p.tgz"), Map.of("package/README.md", big, "package/data.txt", "Idlib\tSY",
        "package/empty.txt", ""));

    Map<String, byte[]> read = TarGz.read(archive, Set.of("package/data.txt", "package/empty.txt"));

    assertThat(read).containsOnlyKeys("package/data.txt", "package/empty.txt");
    assertThat(new String(read.get("package/data.txt"), StandardCharsets.UTF_8)).isEqualTo("Idlib\tSY");
    assertThat(read.get("package/empty.txt")).isEmpty();
  }

  @Test
  void read_missingFile_namesArchiveAndFile(@TempDir Path dir) throws IOException {
    Path archive = tgz(dir.resolve("p.tgz"), Map.of("package/a.txt", "a"));
    assertThatThrownBy(() -> TarGz.read(archive, Set.of("package/countries.json")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("p.tgz has no file package/countries.json");
  }
}
