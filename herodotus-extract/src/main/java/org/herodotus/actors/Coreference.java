package org.herodotus.actors;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;

/**
 * Links references that point back to their antecedents, where the evidence is clear:
 *
 * <ul>
 *   <li>"he", "she": the latest person in the sentence so far or the three before;
 *   <li>"it" and "they" as subjects (a verb follows), "its" and "their": "it", "its" a state,
 *       organisation or armed group named or described in the singular, "they", "their" a group
 *       described in the plural ("Iraqi forces", "Saudis").
 *       The antecedent is the speaker right before the verb ("Kigali said (that) it") if
 *       compatible, else the subject of the sentence (its first reference) if compatible, else
 *       the only compatible reference before the pronoun; when the pronoun is the sentence's
 *       first reference, the subject of the previous sentence if compatible. Never an expletive
 *       "It is ... that", never one of several coordinated actors ("France and Germany said
 *       they");
 *   <li>"the country", "the nation": the latest state named in the sentence or the one before;
 *   <li>"the man", "the minister": the latest person within three sentences with the same role
 *       or none;
 *   <li>"the group", "the terror group", "the organisation": the latest named armed group (else
 *       named organisation) in the article;
 *   <li>"the militants", "the smugglers": the latest reference with the same noun within three
 *       sentences; for armed nouns, else the latest armed group there;
 *   <li>an apposition, "The man, a 26-year-old Saudi national": the description is the man;
 *   <li>an acronym in parentheses right after a name, "National Union for the Total Independence
 *       of Angola (UNITA)": the acronym is the name, and takes its code.
 * </ul>
 *
 * A reference with no clear antecedent stays an actor of its own.
 */
final class Coreference {

  private static final int WINDOW = 3;

  private Coreference() {}

  /** Links references into {@code links}: {@code links.union(anaphor, antecedent)}. */
  static void link(Document doc, List<Reference> refs, Links links) {
    for (int i = 0; i < refs.size(); i++) {
      Reference ref = refs.get(i);
      int antecedent = switch (ref.form()) {
        case PRONOUN -> ref.type() == ActorType.PERSON ? latest(refs, i, WINDOW, r -> r.type() == ActorType.PERSON, links)
            : neuter(doc, refs, i);
        case DEFINITE -> definite(refs, i, links);
        default -> -1;
      };
      if (antecedent >= 0) {
        links.union(i, antecedent);
      }
      int apposed = apposition(doc, refs, i);
      if (apposed >= 0) {
        links.union(apposed, i);
      }
      int expanded = acronym(doc, refs, i);
      if (expanded >= 0) {
        links.union(i, expanded);
      }
    }
  }

  private static int definite(List<Reference> refs, int i, Links links) {
    Reference ref = refs.get(i);
    Agent agent = ref.agent();
    if (agent.noun().equals("group") || agent.noun().startsWith("organi")) {
      int armed = latest(refs, i, Integer.MAX_VALUE, r -> r.form() == Reference.Form.NAME && r.named() != null && r.type() == ActorType.ARMED_GROUP, links);
      return armed >= 0 ? armed : latest(refs, i, Integer.MAX_VALUE, r -> r.form() == Reference.Form.NAME && r.type() == ActorType.ORGANIZATION, links);
    }
    if (agent.noun().equals("country") || agent.noun().equals("nation")) {
      return latest(refs, i, 1, r -> r.type() == ActorType.STATE, links);
    }
    if (ref.type() == ActorType.PERSON) {
      return latest(refs, i, WINDOW, r -> r.type() == ActorType.PERSON
          && (agent.sector() == null || r.sector() == null || agent.sector().equals(r.sector())), links);
    }
    int same = latest(refs, i, WINDOW, r -> r.agent() != null && r.agent().noun().equals(agent.noun()), links);
    if (same >= 0 || agent.kind() != Agent.Kind.ARMED) {
      return same;
    }
    return latest(refs, i, WINDOW, r -> r.type() == ActorType.ARMED_GROUP && r.form() != Reference.Form.DEFINITE, links);
  }

  private static final Set<ActorType> SINGULAR_BODIES = EnumSet.of(ActorType.STATE, ActorType.STATE_ORGAN,
      ActorType.INTERNATIONAL_ORGANIZATION, ActorType.ORGANIZATION, ActorType.ARMED_GROUP);
  private static final Set<String> EXPLETIVE_VERBS = Set.of("is", "was", "'s", "has", "had", "seems", "seemed", "appears",
      "appeared", "remains", "remained", "will", "would", "may", "might");

  /** The antecedent of "it" or "they" reference {@code i}, or -1 when the evidence is not clear. */
  private static int neuter(Document doc, List<Reference> refs, int i) {
    Reference ref = refs.get(i);
    String word = doc.tokens().get(ref.head()).word().toLowerCase(Locale.ROOT);
    boolean plural = word.startsWith("the");
    Predicate<Reference> compatible = r -> r.form() != Reference.Form.PRONOUN
        && (plural ? isPlural(doc, r) : SINGULAR_BODIES.contains(r.type()) && !isPlural(doc, r));
    if ((word.equals("it") || word.equals("they")) && !beforeVerb(doc, ref.head())) {
      return -1;
    }
    int first = doc.sentences().get(ref.sentence()).firstToken();
    if (!plural && ref.head() == first && ref.head() + 1 < doc.tokens().size()
        && EXPLETIVE_VERBS.contains(doc.tokens().get(ref.head() + 1).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int subject = -1;
    int only = -1;
    int count = 0;
    int previousSubject = -1;
    for (int j = 0; j < i; j++) {
      Reference candidate = refs.get(j);
      if (candidate.sentence() == ref.sentence() && candidate.head() < ref.head()) {
        if (subject < 0 && (j == 0 || refs.get(j - 1).sentence() != ref.sentence())) {
          subject = compatible.test(candidate) ? j : -2;
        }
        if (compatible.test(candidate)) {
          count++;
          only = j;
        }
      } else if (candidate.sentence() == ref.sentence() - 1 && (j == 0 || refs.get(j - 1).sentence() != candidate.sentence())) {
        previousSubject = compatible.test(candidate) ? j : -1;
      }
    }
    int speaker = speaker(doc, refs, i, compatible);
    int antecedent = speaker >= 0 ? speaker : subject >= 0 ? subject : count == 1 ? only : subject == -1 ? previousSubject : -1;
    return antecedent >= 0 && !coordinated(refs, antecedent) ? antecedent : -1;
  }

  /** "Kigali said it", "Kigali said that it": the reference right before the verb before the pronoun, if compatible. */
  private static int speaker(Document doc, List<Reference> refs, int i, Predicate<Reference> compatible) {
    int verb = refs.get(i).head() - 1;
    if (verb >= 0 && doc.tokens().get(verb).word().equalsIgnoreCase("that")) {
      verb--;
    }
    if (verb < 1 || !doc.tokens().get(verb).tag().matches("VB[DZP]")) {
      return -1;
    }
    for (int j = i - 1; j >= 0 && refs.get(j).head() >= verb - 1; j--) {
      if (refs.get(j).head() == verb - 1 && compatible.test(refs.get(j))) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a verb follows token {@code t}, perhaps after an adverb: "it would", "they quickly left". */
  private static boolean beforeVerb(Document doc, int t) {
    for (int k = t + 1; k < Math.min(doc.tokens().size(), t + 3); k++) {
      String tag = doc.tokens().get(k).tag();
      if (tag.startsWith("VB") || tag.equals("MD")) {
        return true;
      }
      if (!tag.startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /** Whether another reference shares the head of reference {@code j}: "Hungarian and Romanian officials". */
  private static boolean coordinated(List<Reference> refs, int j) {
    Reference ref = refs.get(j);
    return (j > 0 && refs.get(j - 1).head() == ref.head()) || (j + 1 < refs.size() && refs.get(j + 1).head() == ref.head());
  }

  /** Whether a reference is to many: a plural noun at its head. */
  private static boolean isPlural(Document doc, Reference r) {
    String tag = doc.tokens().get(r.head()).tag();
    if (r.agent() != null) {
      return tag.equals("NNS") || tag.equals("NNPS") || !doc.tokens().get(r.head()).word().equalsIgnoreCase(r.agent().noun());
    }
    return r.type() == ActorType.GROUP;
  }

  /** The latest reference before {@code i}, at most {@code window} sentences back, that matches. */
  private static int latest(List<Reference> refs, int i, int window, java.util.function.Predicate<Reference> test, Links links) {
    Reference ref = refs.get(i);
    for (int j = i - 1; j >= 0; j--) {
      Reference candidate = refs.get(j);
      if (ref.sentence() - candidate.sentence() > window) {
        return -1;
      }
      if (candidate.head() < ref.head() && test.test(candidate) && (candidate.form() != Reference.Form.PRONOUN || links.linked(j))) {
        return j;
      }
    }
    return -1;
  }

  /** "X, a/an/the DESCRIPTION": the index of X when reference {@code i} is such a description, else -1. */
  private static int apposition(Document doc, List<Reference> refs, int i) {
    Reference ref = refs.get(i);
    if (ref.form() != Reference.Form.DESCRIPTION && ref.form() != Reference.Form.DEFINITE || ref.agent() == null) {
      return -1;
    }
    int first = doc.tokenAt(ref.span().start());
    int t = first - 1;
    if (t < 0 || !List.of("a", "an", "the").contains(doc.tokens().get(t).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    if (t - 1 < 0 || !doc.tokens().get(t - 1).word().equals(",")) {
      return -1;
    }
    int before = t - 2;
    for (int j = i - 1; j >= 0; j--) {
      Reference candidate = refs.get(j);
      if (candidate.head() == before && candidate.sentence() == ref.sentence()
          && (candidate.type() == ActorType.PERSON) == (ref.type() == ActorType.PERSON)) {
        return j;
      }
      if (candidate.head() < before) {
        return -1;
      }
    }
    return -1;
  }

  /** The name that acronym reference {@code i} stands in parentheses right after ("... of Angola (UNITA)"), or -1. */
  private static int acronym(Document doc, List<Reference> refs, int i) {
    Reference ref = refs.get(i);
    int first = doc.tokenAt(ref.span().start());
    int last = ref.head();
    if (ref.form() != Reference.Form.NAME || ref.type() == ActorType.PERSON || first != last || first < 2
        || last + 1 >= doc.tokens().size() || !doc.tokens().get(first - 1).word().equals("(")
        || !doc.tokens().get(last + 1).word().equals(")") || !ref.name().matches("[A-Z][A-Z.&-]*[A-Z]")) {
      return -1;
    }
    for (int j = i - 1; j >= 0; j--) {
      Reference candidate = refs.get(j);
      if (candidate.head() == first - 2 && candidate.sentence() == ref.sentence() && candidate.form() == Reference.Form.NAME
          && candidate.type() != ActorType.PERSON) {
        return j;
      }
      if (candidate.head() < first - 2) {
        return -1;
      }
    }
    return -1;
  }
}
