package org.herodotus.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Dateline;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ERBIL, Kurdistan Region (Kurdistan 24) – Hundreds fled. | ERBIL, Kurdistan Region (Kurdistan 24) – | ERBIL, Kurdistan Region | Kurdistan 24",
      "GENEVA (Reuters) - A UN convoy arrived. | GENEVA (Reuters) - | GENEVA | Reuters",
      "KABUL (Frontier Daily) – A bomber struck. | KABUL (Frontier Daily) – | KABUL | Frontier Daily",
      "DONETSK, Ukraine (Eastern Wire) - Shelling killed five. | DONETSK, Ukraine (Eastern Wire) - | DONETSK, Ukraine | Eastern Wire",
      "MOGADISHU, Somalia, March 3 (AP) — Troops retook Sabiid. | MOGADISHU, Somalia, March 3 (AP) — | MOGADISHU, Somalia | AP",
      "WASHINGTON — The Senate voted on Tuesday. | WASHINGTON — | WASHINGTON | ",
      "BEIRUT: Rockets hit the south overnight. | BEIRUT: | BEIRUT | ",
      "NEW YORK, March 3 (Reuters) -- Stocks fell. | NEW YORK, March 3 (Reuters) -- | NEW YORK | Reuters",
      "RAS AL-AIN, Syria — Turkish-backed fighters advanced. | RAS AL-AIN, Syria — | RAS AL-AIN, Syria | ",
      "Kabul, Afghanistan — Gunmen attacked a hotel. | Kabul, Afghanistan — | Kabul, Afghanistan | ",
      "Sanaa (Xinhua) - Air strikes hit the port. | Sanaa (Xinhua) - | Sanaa | Xinhua",
      "SÃO PAULO (Reuters) - Police raided a favela. | SÃO PAULO (Reuters) - | SÃO PAULO | Reuters",
  })
  void at_wireDatelineStyles_givePlaceOutletAndSpan(String text, String span, String place, String outlet) {
    Dateline dateline = Datelines.at(text, 0);

    assertThat(dateline).isNotNull();
    assertThat(dateline.span().of(text)).isEqualTo(span);
    assertThat(dateline.place()).isEqualTo(place);
    assertThat(dateline.outlet()).isEqualTo(outlet);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Officials in Europe said the militants could return home.",
      "The UN said - in a statement on Monday - that talks would resume.",
      "The UN (a body of 193 states) - said nothing.",
      "BREAKING: Explosion heard in central Kabul.",
      "UPDATE - Death toll rises to 12.",
      "In Geneva, Switzerland - talks resumed.",
      "Police, Army - both were deployed.",
      "Rebels said they had taken the town.",
      "US officials said on Monday that the strike killed two.",
      "I - for one - disagree.",
      "Meanwhile, Russia – which backs the government – said nothing.",
      "Update: the road is open.",
      "GENEVA is where talks will resume.",
  })
  void at_ordinarySentence_isNoDateline(String text) {
    assertThat(Datelines.at(text, 0)).isNull();
  }

  @Test
  void at_offset_spanIndexesWholeText() {
    String text = "Headline here\n\nGENEVA (Reuters) - Talks resumed.";

    Dateline dateline = Datelines.at(text, 15);

    assertThat(dateline.span()).isEqualTo(new Span(15, 33));
    assertThat(dateline.span().of(text)).isEqualTo("GENEVA (Reuters) -");
  }

  @Test
  void at_notAtParagraphStart_isNoDateline() {
    assertThat(Datelines.at("Talks resumed in GENEVA (Reuters) - on Monday.", 0)).isNull();
  }

  @Test
  void at_dashWithoutFollowingText_isNoDateline() {
    assertThat(Datelines.at("GENEVA -", 0)).isNull();
  }
}
