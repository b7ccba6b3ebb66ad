package org.herodotus.actors;

import java.util.List;
import java.util.Locale;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;

/**
 * Links references that point back to their antecedents, where the evidence is clear:
 *
 * <ul>
 *   <li>"he", "she": the latest person in the sentence so far or the three before;
 *   <li>"the man", "the minister": the latest person within three sentences with the same role
 *       or none;
 *   <li>"the group", "the terror group", "the organisation": the latest named armed group (else
 *       named organisation) in the article;
 *   <li>"the militants", "the smugglers": the latest reference with the same noun within three
 *       sentences; for armed nouns, else the latest armed group there;
 *   <li>an apposition, "The man, a 26-year-old Saudi national": the description is the man.
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
        case PRONOUN -> latest(refs, i, WINDOW, r -> r.type() == ActorType.PERSON, links);
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
    }
  }

  private static int definite(List<Reference> refs, int i, Links links) {
    Reference ref = refs.get(i);
    Agent agent = ref.agent();
    if (agent.noun().equals("group") || agent.noun().startsWith("organi")) {
      int armed = latest(refs, i, Integer.MAX_VALUE, r -> r.form() == Reference.Form.NAME && r.named() != null && r.type() == ActorType.ARMED_GROUP, links);
      return armed >= 0 ? armed : latest(refs, i, Integer.MAX_VALUE, r -> r.form() == Reference.Form.NAME && r.type() == ActorType.ORGANIZATION, links);
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
}
