package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Admin1RegionsTest {

  @Test
  void variants_dropAndAddDesignators() {
    assertThat(Admin1Regions.variants("Idlib Governorate"))
        .contains("Idlib Governorate", "Idlib", "Idlib Province");
  }
}
