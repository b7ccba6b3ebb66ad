package org.herodotus.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * A known person from {@code people.tsv}: a head of state or government, a foreign minister, the
 * head of an international organisation or armed group, with the terms of the offices held.
 *
 * @param name the canonical name ("Barack Obama")
 * @param terms the terms of office, in table order
 */
record Person(String name, List<Term> terms) {

  /**
   * One term of office.
   *
   * @param state the ISO3 code of the state, or the code of the organisation led ({@code IGOUNO})
   * @param role the CAMEO role code the office gives ({@code GOV}), or null for an organisation's code alone
   * @param from the first day
   * @param to the last day, or null while in office
   */
  record Term(String state, String role, LocalDate from, LocalDate to) {

    boolean contains(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** The ISO3 code of the state, or null when the office is an organisation's. */
    String country() {
      return state.length() == 3 ? state : null;
    }

    /** Days from the term to {@code date}: 0 inside it. */
    long distance(LocalDate date) {
      if (contains(date)) {
        return 0;
      }
      return date.isBefore(from) ? from.toEpochDay() - date.toEpochDay() : date.toEpochDay() - to.toEpochDay();
    }
  }

  /**
   * What the person is an actor as: the prefix of the code, the country and the role.
   *
   * @param prefix the state or organisation code ({@code USA}, {@code IGOUNO})
   * @param country the ISO3 code, or null
   * @param sector the role ({@code GOV}, {@code ELI}), or null
   */
  record Office(String prefix, String country, String sector) {}

  /**
   * The person's office in an article published on {@code date} (null: unknown). "Former" makes
   * an elite of the state of the nearest term; a title ("President Obama") means in office, in
   * the nearest term of the state the article names ({@code state}, or null) if there is one;
   * otherwise the term containing the date, else an elite; with no date, the latest term.
   */
  Office office(LocalDate date, boolean titled, boolean former, String state) {
    Term nearest = nearest(date, false);
    if (titled && state != null && !nearest.state().equals(state)) {
      Person ofState = new Person(name, terms.stream().filter(t -> t.state().equals(state)).toList());
      nearest = ofState.terms().isEmpty() ? nearest : ofState.nearest(date, false);
    }
    if (former) {
      return elite(date);
    }
    if (date == null || titled || nearest.contains(date)) {
      return new Office(nearest.state(), nearest.country(), nearest.role());
    }
    return elite(date);
  }

  /** Whether the person held an office on {@code date}. */
  boolean inOffice(LocalDate date) {
    return terms.stream().anyMatch(t -> t.contains(date));
  }

  /** The state code of the term nearest {@code date} (the latest without one). */
  String state(LocalDate date) {
    return nearest(date, false).state();
  }

  private Office elite(LocalDate date) {
    Term term = nearest(date, true);
    if (term == null) {
      Term any = nearest(date, false);
      return new Office(any.state(), null, null);
    }
    return new Office(term.state(), term.state(), "ELI");
  }

  /** The term nearest {@code date}, later terms winning ties; the latest when date is null. */
  private Term nearest(LocalDate date, boolean ofState) {
    Term best = null;
    for (Term t : terms) {
      if (ofState && t.country() == null) {
        continue;
      }
      if (best == null || (date == null ? !t.from().isBefore(best.from()) : t.distance(date) <= best.distance(date))) {
        best = t;
      }
    }
    return best;
  }
}
