package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeopleTest {

  private static final String GUTERRES = "Antonio Guterres\tGuterres\tAntónio Guterres\tPRT\tGOV\t1995\t2002\n"
      + "Antonio Guterres\tGuterres\t-\tIGOUNO\t-\t2017-01\t-\n";

  @Test
  void shipped_knowsLeadersByNameVariantAndSurname() {
    People people = ActorKnowledge.shipped().people();
    assertThat(people.byForm("Vladimir Putin").name()).isEqualTo("Vladimir Putin");
    assertThat(people.byForm("Putin")).isSameAs(people.byForm("Vladimir Putin"));
    assertThat(people.byForm("Bush")).isNull();
    assertThat(people.bySurname("Bush")).extracting(Person::name).containsExactly("George H. W. Bush", "George W. Bush");
  }

  @Test
  void office_resolvesAgainstThePublicationDate() {
    Person guterres = People.parse(GUTERRES).byForm("António Guterres");
    assertThat(guterres.office(LocalDate.of(2000, 5, 1), false, false, null)).isEqualTo(new Person.Office("PRT", "PRT", "GOV"));
    assertThat(guterres.office(LocalDate.of(2020, 5, 1), false, false, null)).isEqualTo(new Person.Office("IGOUNO", null, null));
    assertThat(guterres.office(LocalDate.of(2010, 5, 1), false, false, null)).isEqualTo(new Person.Office("PRT", "PRT", "ELI"));
    assertThat(guterres.office(null, false, false, null)).isEqualTo(new Person.Office("IGOUNO", null, null));
    assertThat(guterres.office(LocalDate.of(2020, 5, 1), false, true, null)).isEqualTo(new Person.Office("PRT", "PRT", "ELI"));
  }

  @Test
  void parse_oneVariantForTwoPeople_failsNamingBoth() {
    assertThatThrownBy(() -> People.parse("George H. W. Bush\tBush\tGeorge Bush\tUSA\tGOV\t1989\t1993\n"
        + "George W. Bush\tBush\tGeorge Bush\tUSA\tGOV\t2001\t2009\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'George Bush'").hasMessageContaining("George W. Bush");
  }

  @Test
  void parse_badDate_failsNamingTheLine() {
    assertThatThrownBy(() -> People.parse("# people\nBarack Obama\tObama\t-\tUSA\tGOV\t2009-13\t2017\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("people.tsv line 2").hasMessageContaining("2009-13");
  }
}
