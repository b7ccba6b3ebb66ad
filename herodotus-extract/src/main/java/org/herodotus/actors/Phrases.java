package org.herodotus.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.entities.Entities;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * Finds the references to actors in each sentence, from words alone: names ("ISIS", "Turkey",
 * "Turgut Ozal"), noun phrases headed by an agent noun with the words before it ("Turkish border
 * guards", "Hungarian and Romanian officials", "UN peacekeepers") and a state, region or
 * organisation after it ("officials in Europe"), definite descriptions ("the terror group") and
 * personal pronouns. The phrase is read from the tokens and their tags, so it works with or
 * without a dependency parse.
 */
final class Phrases {

  private static final Set<String> LOCATIVE = Set.of("in", "into", "from", "to", "across", "near", "at", "inside",
      "through", "toward", "towards", "within", "around", "outside", "via", "throughout", "out");
  private static final Set<String> AFTER_HEAD = Set.of("in", "of", "from", "for");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> NEUTER = Set.of("it", "its", "they", "their");
  private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "ousted", "deposed", "toppled");
  /** Capitalised words inside titles, which taggers call proper nouns: "Prime Minister", "Foreign Secretary". */
  private static final Set<String> TITLE_WORDS = Set.of("prime", "foreign", "defence", "defense", "interior", "finance",
      "vice", "deputy", "crown", "supreme", "acting", "interim", "chief");
  private static final Set<String> LED = Set.of("led", "backed", "based", "sponsored", "funded", "allied", "run", "owned");

  private final Document doc;
  private final ActorKnowledge knowledge;
  private final Origin[] origins;
  private final Mention[] names;
  private final Person[] known;

  Phrases(Document doc, ActorKnowledge knowledge) {
    this.doc = doc;
    this.knowledge = knowledge;
    this.origins = Origins.of(doc, knowledge);
    this.names = new Mention[doc.tokens().size()];
    for (Mention m : doc.entities()) {
      if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON && !place(m)) {
        int first = doc.tokenAt(m.span().start());
        for (int t = first; t < names.length && doc.tokens().get(t).span().start() < m.span().end(); t++) {
          if (origins[t] == null || origins[t].source() != Origin.Source.NAME) {
            names[t] = m;
          }
        }
      }
    }
    this.known = Leaders.mark(doc, knowledge, names);
  }

  /**
   * Whether the place layer resolved the words of {@code m}, or a place name that holds them, to a
   * city, an administrative division or a country: the tagger's PERSON "Deir al-Zor" (or "Deir"
   * alone, of "Deir al-Zor") is a place, no person.
   */
  private boolean place(Mention m) {
    for (Place p : doc.places()) {
      String f = p.featureCode();
      if (p.country() != null && f != null && p.span().contains(m.span()) && (f.startsWith("PPL") || f.startsWith("ADM") || f.startsWith("PCL"))) {
        return true;
      }
    }
    return false;
  }

  /** Every reference of the document, in text order of heads. */
  List<Reference> all() {
    List<Reference> refs = new ArrayList<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      Sentence sentence = doc.sentences().get(s);
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Origin origin = origins[i];
        if (known[i] != null) {
          int end = endOf(names[i], i);
          refs.add(name(s, sentence, names[i], i, end));
          i = end - 1;
        } else if (origin != null) {
          i = origin.end() - 1;
          addOrigin(refs, s, sentence, origin);
        } else if (names[i] != null) {
          int end = endOf(names[i], i);
          refs.add(name(s, sentence, names[i], i, end));
          i = end - 1;
        } else if (PRONOUNS.contains(lower(i)) && tag(i).startsWith("PRP")) {
          Span span = token(i).span();
          refs.add(new Reference(s, i, span, span.of(doc.text()), null, null, null, ActorType.PERSON, null, null,
              Reference.Form.PRONOUN, null));
        } else if (NEUTER.contains(lower(i)) && tag(i).startsWith("PRP")) {
          Span span = token(i).span();
          refs.add(new Reference(s, i, span, span.of(doc.text()), null, null, null, null, null, null, Reference.Form.PRONOUN, null));
        } else if (isAgentHead(i, sentence)) {
          refs.addAll(described(s, sentence, i));
        }
      }
    }
    return refs;
  }

  /** A named actor is always a reference; a state is one unless it only says where, or modifies. */
  private void addOrigin(List<Reference> refs, int s, Sentence sentence, Origin origin) {
    Span span = new Span(token(origin.first()).span().start(), token(origin.end() - 1).span().end());
    String text = span.of(doc.text());
    if (origin.named() != null) {
      Named n = origin.named();
      refs.add(new Reference(s, origin.end() - 1, span, n.name(), n.code(), n.country(), null, n.type(), n, null,
          Reference.Form.NAME, "named:" + n.name()));
      return;
    }
    if (origin.source() == Origin.Source.REGION || modifiesAgent(origin.end(), sentence)) {
      return;
    }
    int before = origin.first() - 1;
    boolean locative = before >= sentence.firstToken() && (LOCATIVE.contains(lower(before))
        || (DEFINITE.contains(lower(before)) && before > sentence.firstToken() && LOCATIVE.contains(lower(before - 1))));
    if (origin.source() == Origin.Source.COUNTRY && !locative) {
      refs.add(new Reference(s, origin.end() - 1, span, text, origin.code(), origin.country(), null, ActorType.STATE, null, null,
          Reference.Form.NAME, "state:" + origin.country()));
    } else if (origin.source() == Origin.Source.NATIONALITY && isPluralNoun(origin.end() - 1)) {
      refs.add(new Reference(s, origin.end() - 1, span, text, origin.code(), origin.country(), null, ActorType.GROUP, null, null,
          Reference.Form.NAME, "people:" + origin.country()));
    }
  }

  /** Whether the words from {@code i} on lead, through modifiers, to an agent noun that heads them. */
  private boolean modifiesAgent(int i, Sentence sentence) {
    int t = i;
    if (t < sentence.endToken() && (word(t).equals("'s") || word(t).equals("’s"))) {
      t++;
    }
    while (t < sentence.endToken()) {
      if (isAgentHead(t, sentence) || (names[t] != null && names[t].type() == EntityType.PERSON)) {
        return true;
      }
      if (origins[t] != null || knowledge.agent(word(t), lemma(t)) != null || isModifier(t)) {
        t++;
        continue;
      }
      return false;
    }
    return false;
  }

  private Reference name(int s, Sentence sentence, Mention m, int first, int end) {
    boolean person = m.type() == EntityType.PERSON;
    Walk walk = walkLeft(first, sentence);
    Agent own = person ? null : knowledge.agent(word(end - 1), lemma(end - 1));
    String sector = walk.sector != null ? walk.sector : own == null ? null : own.sector();
    String prefix = walk.prefixes.isEmpty() ? null : walk.prefixes.get(0).code();
    String country = walk.prefixes.isEmpty() ? null : walk.prefixes.get(0).country();
    for (int t = first; t < end && prefix == null; t++) {
      if (origins[t] != null && origins[t].isState()) {
        prefix = origins[t].code();
        country = origins[t].country();
      } else if (!person && origins[t] == null && Character.isUpperCase(word(t).charAt(0))) {
        country = Entities.country(word(t)); // "the Latvian Constitutional Court": the entity layer leaves the demonym to the name
        prefix = country;
      }
    }
    ActorType type = person ? ActorType.PERSON
        : own != null && own.kind() == Agent.Kind.STATE && country != null ? ActorType.STATE_ORGAN : ActorType.ORGANIZATION;
    Span span = new Span(token(walk.first).span().start(), token(end - 1).span().end());
    String text = m.text();
    String key = (person ? "person:" : "org:") + text.toLowerCase(Locale.ROOT);
    Person leader = known[first];
    if (leader != null) {
      Person.Office office = leader.office(doc.meta().published(), walk.sector != null, walk.former, country);
      return new Reference(s, end - 1, span, leader.name(), office.prefix(), office.country(), office.sector(), ActorType.PERSON,
          null, null, Reference.Form.NAME, "known:" + leader.name());
    }
    if (person && walk.former) {
      sector = "ELI";
    }
    return new Reference(s, end - 1, span, text, prefix, country, sector, type, null, null, Reference.Form.NAME, key);
  }

  /** The references a noun phrase headed by agent noun {@code head} makes: one per coordinated state. */
  private List<Reference> described(int s, Sentence sentence, int head) {
    Agent agent = knowledge.agent(word(head), lemma(head));
    Walk walk = walkLeft(head, sentence);
    Agent effective = agent.sector() == null && walk.agent != null ? walk.agent : agent;
    String sector = walk.former ? null : effective.sector() != null ? effective.sector() : walk.sector;
    StringBuilder after = new StringBuilder();
    List<Origin> prefixes = new ArrayList<>(walk.prefixes);
    if (prefixes.isEmpty()) {
      Origin following = following(head, sentence);
      if (following != null) {
        prefixes.add(following);
        after.append(doc.text(), token(head).span().end(), token(following.end() - 1).span().end());
      }
    }
    boolean singular = agent.person() && word(head).equalsIgnoreCase(agent.noun());
    boolean definite = walk.first > sentence.firstToken() && DEFINITE.contains(lower(walk.first - 1));
    List<Reference> refs = new ArrayList<>();
    if (prefixes.isEmpty()) {
      Span span = new Span(token(walk.first).span().start(), token(head).span().end());
      String code = sector == null ? null : (effective.kind() == Agent.Kind.ALLIANCE ? "IGO" : "---") + sector;
      Reference.Form form = definite && walk.first == head || definite && walk.plain ? Reference.Form.DEFINITE : Reference.Form.DESCRIPTION;
      String key = singular ? null : "generic:" + code + ":" + agent.noun() + (walk.former ? ":former" : "");
      refs.add(new Reference(s, head, span, span.of(doc.text()) + after, null, null, sector, type(effective, null, singular),
          null, agent, form, key));
      return refs;
    }
    for (int k = 0; k < prefixes.size(); k++) {
      Origin origin = prefixes.get(k);
      int first = k == prefixes.size() - 1 || origin.first() > head ? walk.first : origin.first();
      Span span = new Span(token(first).span().start(), token(head).span().end());
      Named named = origin.named();
      String code = named != null && (effective.kind() == Agent.Kind.ARMED || sector == null || named.code().endsWith(sector))
          ? origin.code() : origin.code() + (sector == null ? "" : sector);
      String country = origin.country();
      String key = singular ? null : "described:" + code + (walk.former ? ":former" : "") + (named != null ? ":" + agent.noun() : "");
      refs.add(new Reference(s, head, span, span.of(doc.text()) + after, origin.code(), country, sector,
          type(effective, named, singular), named, agent, Reference.Form.DESCRIPTION, key));
    }
    return refs;
  }

  private static ActorType type(Agent agent, Named named, boolean singular) {
    if (singular) {
      return ActorType.PERSON;
    }
    if (named != null && !(agent.kind() == Agent.Kind.PEOPLE && agent.sector() != null)) {
      return named.type();
    }
    return switch (agent.kind()) {
      case STATE -> ActorType.STATE_ORGAN;
      case ARMED -> ActorType.ARMED_GROUP;
      case PEOPLE -> ActorType.GROUP;
      case ALLIANCE -> ActorType.INTERNATIONAL_ORGANIZATION;
    };
  }

  /** A state, region or organisation right after the head: "officials in Europe", "the government of Iraq". */
  private Origin following(int head, Sentence sentence) {
    int t = head + 1;
    if (t >= sentence.endToken() || !AFTER_HEAD.contains(lower(t))) {
      return null;
    }
    t++;
    if (t < sentence.endToken() && lower(t).equals("the")) {
      t++;
    }
    return t < sentence.endToken() && origins[t] != null && origins[t].first() == t ? origins[t] : null;
  }

  /** What the words before a head say: states, a role, "former"; and where the phrase starts. */
  private static final class Walk {
    int first;
    final List<Origin> prefixes = new ArrayList<>();
    String sector;
    Agent agent;
    boolean former;
    /** Only plain modifiers, no state or organisation: "the terror group" still points back. */
    boolean plain = true;
  }

  private Walk walkLeft(int head, Sentence sentence) {
    Walk walk = new Walk();
    walk.first = head;
    int t = head - 1;
    while (t >= sentence.firstToken()) {
      Origin origin = origins[t];
      if (origin != null) {
        if (isLedBy(origin)) {
          walk.first = origin.first();
          walk.plain = false;
          break;
        }
        walk.prefixes.add(origin);
        walk.plain = false;
        walk.first = origin.first();
        t = origin.first() - 1;
        if (t >= sentence.firstToken() + 1 && (lower(t).equals("and") || word(t).equals(",")) && origins[t - 1] != null
            && origins[t - 1].isState() == origin.isState()) {
          t--;
        }
        continue;
      }
      if (word(t).equals(")") && t - 2 >= sentence.firstToken() && origins[t - 1] != null && word(t - 2).equals("(")
          && t - 3 >= sentence.firstToken() && origins[t - 3] != null && origins[t - 3].named() != null
          && origins[t - 3].named() == origins[t - 1].named()) {
        t -= 3;
        continue;
      }
      if ((word(t).equals("'s") || word(t).equals("’s")) && t - 1 >= sentence.firstToken() && origins[t - 1] != null) {
        t--;
        continue;
      }
      Agent agent = names[t] == null ? knowledge.agent(word(t), lemma(t)) : null;
      if (agent != null) {
        walk.sector = walk.sector == null ? agent.sector() : walk.sector;
        walk.agent = walk.agent == null && agent.sector() != null ? agent : walk.agent;
        walk.first = t--;
        continue;
      }
      if (LED.contains(lower(t)) && t - 2 >= sentence.firstToken() && word(t - 1).equals("-")) {
        walk.first = t - 2;
        walk.plain = false;
        break;
      }
      if (FORMER.contains(lower(t)) && !tag(t).equals("VBD")) {
        walk.former = true;
        walk.first = t--;
        continue;
      }
      if (names[t] == null && (isModifier(t) || TITLE_WORDS.contains(lower(t)))) {
        walk.first = t--;
        continue;
      }
      break;
    }
    return walk;
  }

  /** "US-led", "Kurdish-led", "Iran-backed": the state leads or backs the actor, it is not its state. */
  private boolean isLedBy(Origin origin) {
    int after = origin.end();
    return after + 1 < doc.tokens().size() && word(after).equals("-") && LED.contains(lower(after + 1));
  }

  /** Words that may stand between a determiner and a head: adjectives, nouns, numbers, "26-year-old". */
  private boolean isModifier(int t) {
    String tag = tag(t);
    String word = word(t);
    if (tag.equals("X")) {
      return Character.isLetterOrDigit(word.charAt(0)) && !DEFINITE.contains(word.toLowerCase(Locale.ROOT))
          && !Set.of("a", "an", "and", "or", "of", "in", "some", "several").contains(word.toLowerCase(Locale.ROOT));
    }
    return tag.startsWith("JJ") || tag.equals("CD") || (tag.equals("VBN") && t > 0 && word(t - 1).equals("-")) || (tag.startsWith("NN") && !tag.startsWith("NNP"))
        || tag.equals("HYPH") || (word.equals("-") && t > 0) || (word.indexOf('-') > 0 && Character.isLetterOrDigit(word.charAt(0)));
  }

  /** Whether token {@code i} is an agent noun heading its phrase: not followed by another noun it modifies. */
  private boolean isAgentHead(int i, Sentence sentence) {
    Agent agent = knowledge.agent(word(i), lemma(i));
    if (agent == null || names[i] != null || (!tag(i).equals("X") && !tag(i).startsWith("NN") && !tag(i).startsWith("JJ"))) {
      return false;
    }
    int next = i + 1;
    if (next >= sentence.endToken()) {
      return true;
    }
    if (word(next).equals("-") && next + 1 < sentence.endToken() && token(next).span().start() == token(i).span().end()
        && token(next + 1).span().start() == token(next).span().end() && tag(next + 1).startsWith("NN")) {
      return false;
    }
    if (tag(i).startsWith("JJ")) {
      return tag(next).startsWith("VB") || tag(next).startsWith("W") || tag(next).equals("IN") || tag(next).equals(",")
          || tag(next).equals(".");
    }
    if (names[next] != null && names[next].type() == EntityType.PERSON) {
      return false;
    }
    if (knowledge.agent(word(next), lemma(next)) != null && (tag(next).equals("X") || tag(next).startsWith("NN"))) {
      return false;
    }
    return !tag(next).startsWith("NN") || tag(next).startsWith("NNP");
  }

  private boolean isPluralNoun(int t) {
    String tag = tag(t);
    return tag.equals("NNS") || tag.equals("NNPS") || (tag.equals("X") && word(t).endsWith("s"));
  }

  private int endOf(Mention m, int first) {
    int end = first;
    while (end < names.length && names[end] == m) {
      end++;
    }
    return end;
  }

  private Token token(int t) {
    return doc.tokens().get(t);
  }

  private String word(int t) {
    return token(t).word();
  }

  private String lemma(int t) {
    return token(t).lemma();
  }

  private String lower(int t) {
    return word(t).toLowerCase(Locale.ROOT);
  }

  private String tag(int t) {
    return token(t).tag();
  }
}
