package org.herodotus.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {

  @Test
  void shippedLexicon_readsSpeechClaimsAndBeliefs() {
    Cues cues = Cues.shipped();
    assertThat(cues.of("say")).extracting(Cue::implies).containsExactly(Cue.Implies.REPORTED);
    assertThat(cues.of("allege")).extracting(Cue::implies).containsExactly(Cue.Implies.CLAIMED);
    assertThat(cues.of("voice")).extracting(Cue::object).contains("concern");
    assertThat(cues.hedge("privately")).isTrue();
    assertThat(cues.noun("claim").implies()).isEqualTo(Cue.Implies.CLAIMED);
  }

  @Test
  void repeatedCue_isRejectedWithTheRow() {
    assertThatThrownBy(() -> Cues.parse(List.of("say\tREPORTED\tspeech", "say\tCLAIMED\tspeech"), List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'say' twice");
  }

  @Test
  void unknownImplication_namesTheAllowedOnes() {
    assertThatThrownBy(() -> Cues.parse(List.of("say\tTRUE\tspeech"), List.of(), List.of()))
        .hasMessageContaining("REPORTED, CLAIMED, NEGATED, HYPOTHETICAL, BELIEVED");
  }
}
