package org.herodotus.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known people of {@code people.tsv}, by the forms that name them: full names and variants
 * ("Barack Obama", "Obama") name one person on their own; surnames ("Bush") may be shared and
 * are only used once an article introduced the person or after a title. Immutable.
 */
final class People {

  static final People NONE = new People(Map.of(), Map.of(), 1);

  private final Map<String, Person> byForm;
  private final Map<String, List<Person>> bySurname;
  private final int longest;

  private People(Map<String, Person> byForm, Map<String, List<Person>> bySurname, int longest) {
    this.byForm = Map.copyOf(byForm);
    this.bySurname = Map.copyOf(bySurname);
    this.longest = longest;
  }

  /**
   * The people of a table in the format of {@code people.tsv}.
   *
   * @throws IllegalStateException if a line does not have the documented columns, a date does
   *     not parse, or one full form names two people; the message names the line
   */
  static People parse(String tsv) {
    Map<String, List<Person.Term>> terms = new LinkedHashMap<>();
    Map<String, List<String>> forms = new HashMap<>();
    Map<String, List<String>> surnames = new HashMap<>();
    int number = 0;
    for (String line : tsv.split("\n", -1)) {
      number++;
      String stripped = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (stripped.isBlank() || stripped.startsWith("#")) {
        continue;
      }
      String[] cols = stripped.split("\t", -1);
      if (cols.length != 7 || cols[0].isBlank() || cols[1].isBlank() || !cols[3].matches("[A-Z]{3}|[A-Z]{3}([A-Z]{3})+")
          || !cols[4].matches("-|[A-Z]{3}")) {
        throw malformed(number, line, "name, surnames, variants or -, ISO3 or organisation code, role code or -, from, to or -");
      }
      LocalDate from = date(cols[5], false, number, line);
      LocalDate to = cols[6].equals("-") ? null : date(cols[6], true, number, line);
      terms.computeIfAbsent(cols[0], k -> new ArrayList<>())
          .add(new Person.Term(cols[3], cols[4].equals("-") ? null : cols[4], from, to));
      List<String> own = forms.computeIfAbsent(cols[0], k -> new ArrayList<>(List.of(cols[0])));
      if (!cols[2].equals("-")) {
        for (String variant : cols[2].split(",")) {
          own.add(variant.strip());
        }
      }
      for (String surname : cols[1].split(",")) {
        surnames.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(surname.strip());
      }
    }
    Map<String, Person> byForm = new HashMap<>();
    Map<String, List<Person>> bySurname = new HashMap<>();
    int longest = 1;
    for (Map.Entry<String, List<Person.Term>> e : terms.entrySet()) {
      Person person = new Person(e.getKey(), List.copyOf(e.getValue()));
      for (String form : forms.get(e.getKey())) {
        Person other = byForm.putIfAbsent(form, person);
        if (other != null && other != person) {
          throw new IllegalStateException("people.tsv: '" + form + "' names both " + other.name() + " and " + person.name()
              + "; a full name or variant may name one person (shared surnames go in the surnames column)");
        }
        longest = Math.max(longest, form.split(" ").length);
      }
      for (String surname : surnames.get(e.getKey())) {
        List<Person> list = bySurname.computeIfAbsent(surname, k -> new ArrayList<>());
        if (!list.contains(person)) {
          list.add(person);
        }
        longest = Math.max(longest, surname.split(" ").length);
      }
    }
    bySurname.replaceAll((k, v) -> List.copyOf(v));
    return new People(byForm, bySurname, longest);
  }

  /** The person a full name or variant names, as written; or null. */
  Person byForm(String words) {
    return byForm.get(words);
  }

  /** The people with this surname, as written; empty if none. */
  List<Person> bySurname(String words) {
    return bySurname.getOrDefault(words, List.of());
  }

  /** The most words a form has, to bound look-ups. */
  int longest() {
    return longest;
  }

  private static LocalDate date(String text, boolean end, int line, String got) {
    try {
      if (text.matches("\\d{4}")) {
        return end ? LocalDate.of(Integer.parseInt(text), 12, 31) : LocalDate.of(Integer.parseInt(text), 1, 1);
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(text);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw malformed(line, got, "dates as YYYY, YYYY-MM or YYYY-MM-DD (got '" + text + "')");
    }
  }

  private static IllegalStateException malformed(int line, String got, String expected) {
    return new IllegalStateException("people.tsv line " + line + ": expected " + expected + " (tab-separated); got '" + got + "'");
  }
}
