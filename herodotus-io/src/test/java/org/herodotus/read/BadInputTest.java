package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.read.Reading.done;
import static org.herodotus.read.Reading.failed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.herodotus.pipeline.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

  @TempDir Path dir;

  @Test
  void emptyFile_failsAsEmpty() {
    Path file = Reading.write(dir, "empty.txt", "");

    Outcome.Failed failure = failed(Reading.one(file));

    assertThat(failure.message()).startsWith("document is empty");
    assertThat(failure.documentId()).isEqualTo(file.toString());
    assertThat(failure.origin()).isEqualTo(file.toString());
  }

  @Test
  void whitespaceOnlyFiles_failAsEmpty() {
    assertThat(failed(Reading.one(Reading.write(dir, "blank.txt", " \n\t\n"))).message()).startsWith("document is empty");
    assertThat(failed(Reading.one(Reading.write(dir, "blank.html", "\n  \n"))).message()).startsWith("document is empty");
  }

  @Test
  void binaryFile_failsNamingTheNulByte() {
    byte[] bytes = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    bytes = Arrays.copyOf(bytes, 64);

    Outcome.Failed failure = failed(Reading.one(Reading.write(dir, "image.txt", bytes)));

    assertThat(failure.message()).isEqualTo(
        "looks like a binary file (NUL byte at offset 6); Herodotus reads text, HTML and JSON Lines");
  }

  @Test
  void controlCharacters_failAsBinary() {
    byte[] bytes = new byte[100];
    Arrays.fill(bytes, (byte) 'a');
    Arrays.fill(bytes, 0, 20, (byte) 0x01);

    assertThat(failed(Reading.one(Reading.write(dir, "x.bin1", bytes))).message())
        .startsWith("looks like a binary file (20 control characters in its first 100 bytes)");
  }

  @Test
  void fiftyMegabyteFile_failsFastWithTheLimit() throws IOException {
    Path file = dir.resolve("huge.txt");
    byte[] line = "GENEVA (Reuters) - A long day of talks ended without agreement.\n".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }

    Outcome.Failed failure = org.junit.jupiter.api.Assertions.assertTimeout(Duration.ofSeconds(5), () -> failed(Reading.one(file)));

    assertThat(failure.message()).startsWith("file is 52,428,8")
        .contains("more than the 8,000,000 bytes read for --max-chars 2,000,000; raise --max-chars or split the file");
  }

  @Test
  void largeFileOfUnknownType_failsAfterSniffing() {
    byte[] bytes = new byte[2_000];
    Arrays.fill(bytes, (byte) 'w');

    Outcome.Failed failure = failed(Reading.all(Reading.OPTIONS.withMaxChars(100), Reading.write(dir, "notes", bytes).toString()).get(0));

    assertThat(failure.message()).startsWith("file is 2,000 bytes, more than the 400 bytes read for --max-chars 100");
  }

  @Test
  void textLongerThanMaxChars_failsWithSizeAndLimit() {
    Path file = Reading.write(dir, "long.txt", "z".repeat(150));

    Outcome.Failed failure = failed(Reading.all(Reading.OPTIONS.withMaxChars(120), file.toString()).get(0));

    assertThat(failure.message()).isEqualTo("text is 150 characters, more than --max-chars 120; raise --max-chars or split the file");
  }

  @Test
  void invalidUtf8_fallsBackToWindows1252() {
    Path file = Reading.write(dir, "cp1252.txt", "Blast at a café in Mosul – police".getBytes(Decoding.WINDOWS_1252));

    assertThat(done(Reading.one(file)).text()).isEqualTo("Blast at a café in Mosul – police");
  }

  @Test
  void utf16WithBom_isDecoded() {
    byte[] body = "ERBIL (Rudaw) – Talks in Erbil, كردستان.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    var doc = done(Reading.one(Reading.write(dir, "utf16.txt", bytes)));

    assertThat(doc.text()).isEqualTo("ERBIL (Rudaw) – Talks in Erbil, كردستان.");
    assertThat(doc.meta().dateline().outlet()).isEqualTo("Rudaw");
  }

  @Test
  void utf16JsonLinesWithBom_areRead() {
    byte[] body = "{\"id\": \"u\", \"text\": \"Kyiv – shelling.\"}\r\n{\"id\": \"v\", \"text\": \"Two.\"}".getBytes(StandardCharsets.UTF_16BE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFE;
    bytes[1] = (byte) 0xFF;
    System.arraycopy(body, 0, bytes, 2, body.length);

    var outcomes = Reading.all(Reading.write(dir, "utf16.jsonl", bytes));

    assertThat(done(outcomes.get(0)).text()).isEqualTo("Kyiv – shelling.");
    assertThat(done(outcomes.get(1)).id()).isEqualTo("v");
  }

  @Test
  void utf8Bom_isNotPartOfTheText() {
    byte[] body = "BEIRUT: Rockets hit.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    var doc = done(Reading.one(Reading.write(dir, "bom.txt", bytes)));

    assertThat(doc.text()).isEqualTo("BEIRUT: Rockets hit.");
    assertThat(doc.meta().dateline().place()).isEqualTo("BEIRUT");
  }

  @Test
  void htmlDeclaringLatin1_isDecodedAsDeclared() {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head>"
        + "<body><p>Zamieszki w Łodzi i Gdańsku trwały całą noc.</p></body></html>";

    var doc = done(Reading.one(Reading.write(dir, "pl.html", page.getBytes(java.nio.charset.Charset.forName("ISO-8859-2")))));

    assertThat(doc.text()).isEqualTo("Zamieszki w Łodzi i Gdańsku trwały całą noc.");
  }
}
