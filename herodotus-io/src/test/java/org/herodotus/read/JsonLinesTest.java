package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.read.Reading.done;
import static org.herodotus.read.Reading.failed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Outcome;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesTest {

  @TempDir Path dir;

  @Test
  void jsonl_wireSample_readsThreeRecordsInOrder() {
    Path file = Reading.write(dir, Samples.WIRE_JSONL, Samples.bytes(Samples.WIRE_JSONL));

    List<Outcome> outcomes = Reading.all(file);

    assertThat(outcomes).hasSize(3);
    Document first = done(outcomes.get(0));
    assertThat(first.id()).isEqualTo("wire-0001");
    assertThat(first.meta().title()).isEqualTo("Shelling kills five in Donetsk suburb");
    assertThat(first.meta().published()).isEqualTo(LocalDate.of(2016, 11, 2));
    assertThat(first.meta().source()).isEqualTo("Eastern Wire");
    assertThat(first.meta().url()).isEqualTo("https://example.org/wire/0001");
    assertThat(first.meta().origin()).isEqualTo(file + ":1");
    assertThat(first.text()).startsWith("DONETSK, Ukraine (Eastern Wire) - Shelling killed five civilians");
    assertThat(first.meta().dateline().place()).isEqualTo("DONETSK, Ukraine");
    assertThat(done(outcomes.get(1)).meta().dateline().outlet()).isEqualTo("Horn Report");
  }

  @Test
  void jsonl_htmlRecord_readsPageWithRecordFieldsWinning() {
    Path file = Reading.write(dir, Samples.WIRE_JSONL, Samples.bytes(Samples.WIRE_JSONL));

    Document third = done(Reading.all(file).get(2));

    assertThat(third.id()).isEqualTo("wire-0003");
    assertThat(third.meta().published()).isEqualTo(LocalDate.of(2020, 2, 27));
    assertThat(third.meta().source()).isEqualTo("Eastern Wire");
    assertThat(third.meta().title()).isEqualTo("Protesters demand release of detained journalists");
    assertThat(third.text()).isEqualTo("Several hundred people marched through the centre of Minsk on Thursday to demand "
        + "the release of four journalists detained last week, witnesses said.\n\nPolice did not intervene. A spokesman "
        + "for the interior ministry said the journalists were being held on charges of organising unauthorised "
        + "gatherings and would appear in court next month.");
    assertThat(third.meta().origin()).endsWith(":3");
  }

  @Test
  void jsonl_badLineBetweenGoodOnes_failsAloneWithLineNumber() {
    Path file = Reading.write(dir, "mixed.jsonl", """
        {"id": "a", "text": "GENEVA (Reuters) - Talks resumed."}

        {"id": "b", text: "unquoted key"}
        {"id": "c", "text": "BEIRUT: Rockets hit the south."}
        """);

    List<Outcome> outcomes = Reading.all(file);

    assertThat(outcomes).hasSize(3);
    assertThat(done(outcomes.get(0)).id()).isEqualTo("a");
    Outcome.Failed bad = failed(outcomes.get(1));
    assertThat(bad.origin()).isEqualTo(file + ":3");
    assertThat(bad.message()).startsWith("line 3 is not JSON: Unexpected character").contains("at column 13");
    assertThat(bad.cause()).isNotNull();
    assertThat(done(outcomes.get(2)).meta().origin()).isEqualTo(file + ":4");
  }

  @Test
  void jsonl_recordWithoutText_failsWithItsId() {
    Path file = Reading.write(dir, "a.jsonl", "{\"id\": \"x-7\", \"title\": \"No body\"}\n");

    Outcome.Failed bad = failed(Reading.one(file));

    assertThat(bad.documentId()).isEqualTo("x-7");
    assertThat(bad.message()).isEqualTo("record has neither \"text\" nor \"html\"; give the article in one of them");
  }

  @Test
  void jsonl_text_isKeptExactly() {
    String text = "  GENEVA (Reuters) - Talks resumed.\r\n\r\nNo progress was made.  \n";
    Path file = Reading.write(dir, "exact.jsonl", "{\"text\": \"  GENEVA (Reuters) - Talks resumed.\\r\\n\\r\\nNo progress was made.  \\n\"}\r\n");

    Document doc = done(Reading.one(file));

    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.meta().title()).isNull();
    assertThat(doc.textOf(doc.meta().dateline().span())).isEqualTo("GENEVA (Reuters) -");
    assertThat(doc.id()).isEqualTo(Fields.idOf(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"published\": \"2017-09-05\"",
      "\"published\": \"2017-09-05T10:00:00\"",
      "\"published\": \"2017-09-05T10:00:00Z\"",
      "\"published\": \"2017-09-05T23:30:00-05:00\"",
      "\"date\": \"2017-09-05\"",
      "\"dct\": \"2017-09-05T10:00:00+02:00\"",
  })
  void jsonl_dateFields_giveCalendarDateAsWritten(String field) {
    Path file = Reading.write(dir, "d.jsonl", "{" + field + ", \"text\": \"Talks resumed.\"}");

    assertThat(done(Reading.one(file)).meta().published()).isEqualTo(LocalDate.of(2017, 9, 5));
  }

  @Test
  void jsonl_unreadableDate_failsNamingFieldAndValue() {
    Path file = Reading.write(dir, "d.jsonl", "{\"id\": \"q\", \"published\": \"last Tuesday\", \"text\": \"Talks resumed.\"}");

    assertThat(failed(Reading.one(file)).message())
        .startsWith("record field \"published\" is \"last Tuesday\", which is not a date");
  }

  @Test
  void jsonl_authorsStringOrArray_andNumericId() {
    Path file = Reading.write(dir, "a.jsonl", """
        {"id": 17, "authors": "Lina Sayed", "text": "Talks resumed."}
        {"authors": ["Lina Sayed", "Omar Aziz"], "text": "Talks failed."}
        """);

    List<Outcome> outcomes = Reading.all(file);

    assertThat(done(outcomes.get(0)).id()).isEqualTo("17");
    assertThat(done(outcomes.get(0)).meta().authors()).containsExactly("Lina Sayed");
    assertThat(done(outcomes.get(1)).meta().authors()).containsExactly("Lina Sayed", "Omar Aziz");
  }

  @Test
  void jsonl_wrongFieldTypeOrNonObject_failsSayingWhat() {
    Path file = Reading.write(dir, "a.jsonl", "{\"text\": 42}\n[1, 2]\n");

    List<Outcome> outcomes = Reading.all(file);

    assertThat(failed(outcomes.get(0)).message()).isEqualTo("record field \"text\" is a JSON number, not a string");
    assertThat(failed(outcomes.get(1)).message()).startsWith("line 2 is a JSON array, not an object");
  }

  @Test
  void jsonl_jsonArrayFile_failsOnceWithAdvice() {
    Path file = Reading.write(dir, "all.json", "[{\"text\": \"a\"},\n{\"text\": \"b\"}]");

    assertThat(failed(Reading.one(file)).message()).contains("JSON array, not JSON Lines").contains("jq -c");
  }

  @Test
  void jsonl_lineLongerThanLimit_failsWithoutStoppingTheFile() {
    ReadOptions options = Reading.OPTIONS.withMaxChars(100);
    Path file = Reading.write(dir, "big.jsonl",
        "{\"text\": \"" + "x".repeat(1000) + "\"}\n{\"id\": \"small\", \"text\": \"Talks resumed.\"}\n");

    List<Outcome> outcomes = Reading.all(options, file.toString());

    assertThat(failed(outcomes.get(0)).message())
        .isEqualTo("line 1 is 1,012 bytes, more than the 400 bytes read for --max-chars 100; raise --max-chars or split the file");
    assertThat(done(outcomes.get(1)).id()).isEqualTo("small");
  }

  @Test
  void jsonl_textLongerThanMaxChars_fails() {
    Path file = Reading.write(dir, "a.jsonl", "{\"id\": \"long\", \"text\": \"" + "y".repeat(150) + "\"}");

    Outcome.Failed bad = failed(Reading.all(Reading.OPTIONS.withMaxChars(120), file.toString()).get(0));

    assertThat(bad.documentId()).isEqualTo("long");
    assertThat(bad.message()).isEqualTo("text is 150 characters, more than --max-chars 120; raise --max-chars or split the file");
  }

  @Test
  void jsonl_invalidUtf8Line_fallsBackForThatLineOnly() {
    byte[] bad = "{\"text\": \"caf\u00e9 bombing\"}\n".getBytes(Decoding.WINDOWS_1252);
    byte[] good = "{\"text\": \"Caf\u00e9 reopened\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] both = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);

    List<Outcome> outcomes = Reading.all(Reading.write(dir, "mixed.jsonl", both));

    assertThat(done(outcomes.get(0)).text()).isEqualTo("café bombing");
    assertThat(done(outcomes.get(1)).text()).isEqualTo("Café reopened");
  }
}
