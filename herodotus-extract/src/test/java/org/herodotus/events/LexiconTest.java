package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void loadDefault_everyCodeIsInTheCameoTable() {
    Lexicon lexicon = Lexicon.loadDefault(); // throws on a code the table lacks
    assertThat(lexicon.plover("190")).isEqualTo("ASSAULT");
    assertThat(lexicon.plover("1951")).isEqualTo("ASSAULT");
    assertThat(lexicon.plover("0841")).isEqualTo("RETREAT");
    assertThat(lexicon.plover("010")).isNull();
    assertThat(lexicon.ploverColumn("08")).isEqualTo("CONCEDE|RETREAT");
  }

  @Test
  void frameCode_longestPrefixOfTheActWins() {
    Lexicon lexicon = Lexicon.loadDefault();
    assertThat(lexicon.frameCode("THREATEN", "190")).isEqualTo("1384");
    assertThat(lexicon.frameCode("THREATEN", "193")).isEqualTo("138");
    assertThat(lexicon.frameCode("DEMAND", "0841")).isEqualTo("1053");
    assertThat(lexicon.frameCode("INTENT", "0831")).isEqualTo("0341");
    assertThat(lexicon.frameCode("REJECT", null)).isEqualTo("120");
  }

  @Test
  void of_unknownCode_failsNamingTheRow() {
    assertThatThrownBy(() -> Lexicon.of(List.<String[]>of(new String[] {"190", "Use force", "ASSAULT"}),
        List.<String[]>of(new String[] {"199", "v", "attack"}), List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'199' is not a CAMEO code");
  }
}
