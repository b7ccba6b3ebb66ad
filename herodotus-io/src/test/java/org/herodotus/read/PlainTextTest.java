package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.herodotus.read.Reading.done;
import static org.herodotus.read.Reading.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {

  @TempDir Path dir;

  @Test
  void plainText_sample_keepsWholeTextAndFindsTitleAndDateline() {
    Path file = Reading.write(dir, Samples.DEFECTORS, Samples.bytes(Samples.DEFECTORS));

    Document doc = done(Reading.one(file));

    Metadata meta = doc.meta();
    assertThat(doc.text()).isEqualTo(Samples.text(Samples.DEFECTORS));
    assertThat(meta.title()).isEqualTo("Former Islamic State fighters slip out of Syria into Turkey");
    assertThat(meta.dateline().place()).isEqualTo("ERBIL, Kurdistan Region");
    assertThat(meta.dateline().outlet()).isEqualTo("Kurdistan 24");
    assertThat(doc.textOf(meta.dateline().span())).isEqualTo("ERBIL, Kurdistan Region (Kurdistan 24) –");
    assertThat(meta.origin()).isEqualTo(file.toString());
  }

  @Test
  void plainText_datelineWithOutlet_setsPlaceAndSource() {
    Document doc = text("UN convoy reaches Aleppo\n\nGENEVA (Reuters) - A convoy of 31 trucks arrived on Thursday.");

    assertThat(doc.meta().dateline().place()).isEqualTo("GENEVA");
    assertThat(doc.meta().source()).isEqualTo("Reuters");
  }

  @Test
  void plainText_datelineWithoutOutlet_leavesSourceEmpty() {
    Document doc = text("WASHINGTON — The Senate voted on Tuesday to extend sanctions on three militia leaders.");

    assertThat(doc.meta().dateline().place()).isEqualTo("WASHINGTON");
    assertThat(doc.meta().source()).isNull();
    assertThat(doc.meta().title()).isNull();
  }

  @Test
  void plainText_noDateline_ordinaryFirstSentence() {
    Document doc = text("Militants return\n\nOfficials in Europe said on Monday that militants could return home.");

    assertThat(doc.meta().dateline()).isNull();
    assertThat(doc.meta().title()).isEqualTo("Militants return");
  }

  @Test
  void plainText_firstLineIsSentence_isNoTitle() {
    Document doc = text("The UN said aid would arrive on Friday.\n\nIt gave no figures.");

    assertThat(doc.meta().title()).isNull();
    assertThat(doc.meta().dateline()).isNull();
  }

  @Test
  void plainText_firstLineWithoutBlankLine_isNoTitle() {
    assertThat(text("Aid arrives\nThe UN said aid would arrive on Friday.").meta().title()).isNull();
  }

  @Test
  void plainText_byline_givesAuthorsAndDatelineAfterIt() {
    Document doc = text("Suicide bomber kills 12\n\nBy Nadia Rahimi and Tom Feller\n\n"
        + "KABUL (Frontier Daily) – A suicide bomber blew himself up near a ministry on Wednesday.");

    assertThat(doc.meta().authors()).containsExactly("Nadia Rahimi", "Tom Feller");
    assertThat(doc.meta().dateline().place()).isEqualTo("KABUL");
  }

  @Test
  void plainText_bylineFirst_givesAuthorsAndNoTitle() {
    Document doc = text("By Omar Aziz\n\nBEIRUT: Rockets hit the south overnight, the army said.");

    assertThat(doc.meta().title()).isNull();
    assertThat(doc.meta().authors()).containsExactly("Omar Aziz");
    assertThat(doc.textOf(doc.meta().dateline().span())).isEqualTo("BEIRUT:");
  }

  @Test
  void plainText_windowsLineEnds_becomeNewlines() {
    Document doc = text("Aid arrives\r\n\r\nGENEVA (Reuters) - Trucks arrived.\r\n");

    assertThat(doc.text()).isEqualTo("Aid arrives\n\nGENEVA (Reuters) - Trucks arrived.\n");
    assertThat(doc.meta().title()).isEqualTo("Aid arrives");
    assertThat(doc.textOf(doc.meta().dateline().span())).isEqualTo("GENEVA (Reuters) -");
  }

  @Test
  void plainText_noId_idIsStableHashOfText() {
    Document first = text("GENEVA (Reuters) - Trucks arrived.");
    Document second = text("GENEVA (Reuters) - Trucks arrived.");

    assertThat(first.id()).hasSize(16).matches("[0-9a-f]+").isEqualTo(second.id());
    assertThat(text("GENEVA (Reuters) - Trucks left.").id()).isNotEqualTo(first.id());
  }

  @Test
  void plainText_defaultPublished_isUsed() {
    Path file = Reading.write(dir, "a.txt", "GENEVA (Reuters) - Trucks arrived.");
    ReadOptions options = Reading.OPTIONS.withDefaultPublished(LocalDate.of(2017, 9, 5));

    Document doc = done(Reading.all(options, file.toString()).get(0));

    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2017, 9, 5));
    assertThat(doc.meta().authors()).isEqualTo(List.of());
  }

  @Test
  void plainText_secondSample_readsReutersStyle() {
    Path file = Reading.write(dir, Samples.AID_CONVOY, Samples.bytes(Samples.AID_CONVOY));

    Document doc = done(Reading.one(file));

    assertThat(doc.meta().title()).isEqualTo("UN convoy reaches besieged districts after weeks of talks");
    assertThat(doc.meta().source()).isEqualTo("Reuters");
    assertThat(doc.textOf(doc.meta().dateline().span())).isEqualTo("GENEVA (Reuters) -");
  }
}
