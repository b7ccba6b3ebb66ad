package org.herodotus.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {

  @Test
  void fits_lettersInOrderFromWordStarts_fit() {
    assertThat(Acronyms.fits("SDF", "Syrian Democratic Forces")).isTrue();
    assertThat(Acronyms.fits("ISIL", "Islamic State of Iraq and the Levant")).isTrue();
    assertThat(Acronyms.fits("OSCE", "Organization for Security and Co-operation in Europe")).isTrue();
  }

  @Test
  void fits_firstLetterNotStartingAWord_doesNotFit() {
    assertThat(Acronyms.fits("PKK", "Kurdistan Workers Party")).isFalse();
    assertThat(Acronyms.fits("UN", "Sweden")).isFalse();
  }

  @Test
  void isAcronym_needsTwoCapitals() {
    assertThat(Acronyms.isAcronym("SDF")).isTrue();
    assertThat(Acronyms.isAcronym("IS")).isTrue();
    assertThat(Acronyms.isAcronym("Sweden")).isFalse();
    assertThat(Acronyms.isAcronym("is")).isFalse();
  }
}
