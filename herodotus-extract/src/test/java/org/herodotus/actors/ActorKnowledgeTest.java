package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorKnowledgeTest {

  @Test
  void shipped_loadsAllThreeTables() {
    ActorKnowledge k = ActorKnowledge.shipped();
    assertThat(k.agent("forces", "force").sector()).isEqualTo("MIL");
    assertThat(k.named("Daesh").name()).isEqualTo("Islamic State");
    assertThat(k.region("Europe")).isEqualTo("EUR");
  }

  @Test
  void named_capitalForms_matchOnlyInCapitals() {
    ActorKnowledge k = ActorKnowledge.shipped();
    assertThat(k.named("IS").code()).isEqualTo("IMGMUSISI");
    assertThat(k.named("is")).isNull();
    assertThat(k.named("Al-Qaeda").name()).isEqualTo("al-Qaeda");
    assertThat(k.named("amnesty")).isNull();
  }

  @Test
  void parse_formListedTwice_failsNamingTableAndLine() {
    assertThatThrownBy(() -> ActorKnowledge.parse("", "Hamas\tPSEREBHMS\tARMED_GROUP\tPSE\t\nHamas\tPSEREB\tARMED_GROUP\tPSE\t", ""))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("names.tsv line 2").hasMessageContaining("'Hamas'");
  }

  @Test
  void parse_wrongColumns_failsSayingWhatWasExpected() {
    assertThatThrownBy(() -> ActorKnowledge.parse("soldier\tsoldiers\tMILITARY\tSTATE\tPERSON", "", ""))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("agents.tsv line 1: expected");
  }

  @Test
  void parse_userTables_extendWhatIsKnown() {
    ActorKnowledge k = ActorKnowledge.parse("# own\nwarlord\twarlords\tUAF\tARMED\tPERSON\n", "", "Sahel\tWAF\n");
    assertThat(k.agent("warlords", "warlord").kind()).isEqualTo(Agent.Kind.ARMED);
    assertThat(k.region("Sahel")).isEqualTo("WAF");
  }
}
