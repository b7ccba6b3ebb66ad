package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * Finds the known people ({@code people.tsv}) of a document, token by token: a full name or
 * variant as written ("Barack Obama", "Putin"); a surname ("Bush", "al-Maliki") right after a
 * title ("President Bush", "Mr Bush") or, when the tagger sees a person there, once the article
 * introduced the person by full name. A shared surname goes to the person introduced, else to the
 * one in office on the publication date, and to nobody when those are of different states. Words
 * inside a longer tagged name ("Jeb Bush", "Trump Tower") are never a known person.
 */
final class Leaders {

  /** Honorifics that may stand before a surname besides the person agent nouns ("President"). */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sheikh", "sheik", "prince", "princess",
      "emir", "queen", "sultan", "ayatollah", "mullah", "crown", "sir", "lord", "dame", "chairman", "premier");

  private Leaders() {}

  /**
   * The known person at each token of {@code doc}, or null; marks each such token in
   * {@code names} with a person mention over the matched words.
   */
  static Person[] mark(Document doc, ActorKnowledge knowledge, Mention[] names) {
    People people = knowledge.people();
    Person[] at = new Person[doc.tokens().size()];
    LocalDate date = doc.meta().published();
    Set<Person> introduced = new HashSet<>();
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (!Character.isUpperCase(word(doc, i).charAt(0))) {
          continue;
        }
        for (int end = Math.min(s.endToken(), i + people.longest() + 4); end > i; end--) {
          if (insideLongerName(doc, i, end)) {
            continue;
          }
          String words = words(doc, i, end);
          Person person = people.byForm(words);
          if (person == null) {
            person = bySurname(doc, knowledge, people.bySurname(words), i, date, introduced, names);
          } else {
            introduced.add(person);
          }
          if (person != null) {
            Span span = new Span(doc.tokens().get(i).span().start(), doc.tokens().get(end - 1).span().end());
            Mention mention = new Mention(span, span.of(doc.text()), EntityType.PERSON, null, null);
            for (int t = i; t < end; t++) {
              at[t] = person;
              names[t] = mention;
            }
            i = end - 1;
            break;
          }
        }
      }
    }
    return at;
  }

  private static Person bySurname(Document doc, ActorKnowledge knowledge, List<Person> candidates, int i, LocalDate date,
      Set<Person> introduced, Mention[] names) {
    if (candidates.isEmpty()) {
      return null;
    }
    boolean titled = titled(doc, knowledge, i);
    boolean tagged = names[i] != null && names[i].type() == EntityType.PERSON;
    List<Person> known = candidates.stream().filter(introduced::contains).toList();
    if (!known.isEmpty() && (titled || tagged)) {
      return known.get(known.size() - 1);
    }
    if (!titled) {
      return null;
    }
    List<Person> chosen = new ArrayList<>(candidates);
    if (date != null && chosen.stream().anyMatch(p -> p.inOffice(date))) {
      chosen.removeIf(p -> !p.inOffice(date));
    }
    Set<String> states = new HashSet<>();
    chosen.forEach(p -> states.add(p.state(date)));
    return states.size() == 1 ? chosen.get(chosen.size() - 1) : null;
  }

  /** Whether a title stands right before token {@code i}: "President", "Foreign Minister", "Mr.". */
  private static boolean titled(Document doc, ActorKnowledge knowledge, int i) {
    int t = i - 1;
    if (t >= 0 && word(doc, t).equals(".")) {
      t--;
    }
    if (t < 0) {
      return false;
    }
    Token token = doc.tokens().get(t);
    String word = token.word().toLowerCase(Locale.ROOT).replace(".", "");
    Agent agent = knowledge.agent(token.word(), token.lemma());
    return TITLES.contains(word) || agent != null && agent.person() && agent.kind() == Agent.Kind.STATE
        && Character.isUpperCase(token.word().charAt(0));
  }

  /** Whether a tagged name covers tokens {@code [first, end)} and more: "Jeb Bush", "Trump Tower". */
  private static boolean insideLongerName(Document doc, int first, int end) {
    int start = doc.tokens().get(first).span().start();
    int stop = doc.tokens().get(end - 1).span().end();
    for (Mention m : doc.entities()) {
      EntityType type = m.type();
      if ((type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.LOCATION || type == EntityType.MISC)
          && m.span().start() < stop && m.span().end() > start && (m.span().start() < start || m.span().end() > stop)) {
        return true;
      }
    }
    return false;
  }

  private static String words(Document doc, int first, int end) {
    return doc.text().substring(doc.tokens().get(first).span().start(), doc.tokens().get(end - 1).span().end())
        .replaceAll("\\s+", " ");
  }

  private static String word(Document doc, int t) {
    return doc.tokens().get(t).word();
  }
}
