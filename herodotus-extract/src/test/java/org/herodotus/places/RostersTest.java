package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RostersTest {

  @Test
  void teamSheet_isARoster_outsideItsBrackets() {
    String text = "Arsenal won.\nAlmunia, Lauren, Toure, Campbell, Cole, Pires, Flamini, Vieira, Clichy, Van Persie (Bergkamp 68), Henry.\n";
    assertThat(Rosters.inRoster(text, text.indexOf("Clichy"))).isTrue();
    assertThat(Rosters.inRoster(text, text.indexOf("Bergkamp"))).isFalse();
    assertThat(Rosters.inRoster(text, text.indexOf("Arsenal"))).isFalse();
  }

  @Test
  void sentenceListingTowns_isNoRoster() {
    String text = "Guardsmen opened armories in Hutchinson, Kingman, Larned, Pratt, Salina, Hays and Dodge City on Saturday.";
    assertThat(Rosters.inRoster(text, text.indexOf("Larned"))).isFalse();
  }
}
