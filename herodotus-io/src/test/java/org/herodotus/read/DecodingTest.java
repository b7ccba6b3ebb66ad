package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecodingTest {

  @Test
  void decode_validUtf8_isUtf8() {
    byte[] bytes = "Café in Zaporizhzhia: Запоріжжя".getBytes(StandardCharsets.UTF_8);

    assertThat(Decoding.decode(bytes, bytes.length, false)).isEqualTo("Café in Zaporizhzhia: Запоріжжя");
  }

  @Test
  void decode_windows1252_smartQuotesAndAccents() {
    byte[] bytes = "“Café” – 5 €".getBytes(Decoding.WINDOWS_1252);

    assertThat(Decoding.decode(bytes, bytes.length, false)).isEqualTo("“Café” – 5 €");
  }

  @Test
  void decode_lastByteIsLoneAccent_isWindows1252NotTruncation() {
    byte[] bytes = "café".getBytes(Decoding.WINDOWS_1252);

    assertThat(Decoding.decode(bytes, bytes.length, false)).isEqualTo("café");
  }

  @Test
  void decode_utf8CutInsideCharacter_dropsThePartialCharacter() {
    byte[] whole = "Kyiv – Київ".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);

    assertThat(Decoding.decode(cut, cut.length, false)).isEqualTo("Kyiv – Киї");
  }

  @Test
  void decode_mostlyUtf8WithOneBadByte_staysUtf8() {
    byte[] good = "Київ – Харків – Одеса".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 2);
    bytes[good.length] = ' ';
    bytes[good.length + 1] = (byte) 0xFF;

    assertThat(Decoding.decode(bytes, bytes.length, false)).isEqualTo("Київ – Харків – Одеса \uFFFD");
  }

  @Test
  void binaryProblem_textAndUtf16Bom_areText() {
    byte[] text = "line\tone\r\nline two\f".getBytes(StandardCharsets.US_ASCII);
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b', 0};

    assertThat(Decoding.binaryProblem(text, text.length)).isNull();
    assertThat(Decoding.binaryProblem(utf16, utf16.length)).isNull();
  }

  @Test
  void sniff_firstNonBlankCharacter_decidesFormat() {
    assertThat(Format.sniff("\n  {\"text\": 1}")).isEqualTo(Format.JSON_LINES);
    assertThat(Format.sniff("\uFEFF<!doctype html>")).isEqualTo(Format.HTML);
    assertThat(Format.sniff("GENEVA (Reuters) -")).isEqualTo(Format.TEXT);
    assertThat(Format.ofName("A.HTM")).isEqualTo(Format.HTML);
    assertThat(Format.ofName("wire.ndjson")).isEqualTo(Format.JSON_LINES);
    assertThat(Format.ofName("README")).isEqualTo(Format.UNKNOWN);
  }

  @Test
  void dates_formatsSourcesUse_giveTheDateAsWritten() {
    assertThat(Dates.parse("2018-03-21T09:40:00+04:30")).hasToString("2018-03-21");
    assertThat(Dates.parse("2018/03/21")).hasToString("2018-03-21");
    assertThat(Dates.parse("20180321")).hasToString("2018-03-21");
    assertThat(Dates.parse("Wed, 21 Mar 2018 09:40:00 GMT")).hasToString("2018-03-21");
    assertThat(Dates.parse("March 21, 2018")).hasToString("2018-03-21");
    assertThat(Dates.parse("2018-02-30")).isNull();
    assertThat(Dates.parse("soon")).isNull();
  }
}
