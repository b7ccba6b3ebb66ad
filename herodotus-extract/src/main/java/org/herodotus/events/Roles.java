package org.herodotus.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Dependency;

/**
 * Who acts and who is acted on, from the syntactic roles around a trigger: subjects and passive
 * agents are sources; objects, passive subjects and the objects of "against", "on", "with", ...
 * are targets. Nouns take their sources from "by", possessives and nationality modifiers ("an
 * offensive by X", "Israeli strikes"), or from the subject of the verb they are the object of
 * ("launched an offensive"). Participles take the noun they modify ("an offensive backed by").
 * Coordinated participants ("Hungarian and Romanian officials") come out as several heads.
 */
final class Roles {

  /** Prepositions whose object is a target of a verb ("fired at", "sanctions against", "talks with"). */
  private static final Set<String> TARGET_CASES = Set.of("against", "on", "upon", "with", "at", "to", "toward", "towards", "of");
  /** Prepositions that make their object the recipient of an act named by a noun ("sanctions on Iran", "support to Israel"). */
  private static final Set<String> RECIPIENT_CASES = Set.of("against", "on", "upon", "to", "toward", "towards");
  /** Head words that only count the people named by their "of" phrase ("hundreds of fighters"). */
  static final Set<String> QUANTIFIERS = Set.of("hundred", "hundreds", "dozen", "dozens", "thousand", "thousands",
      "score", "scores", "some", "several", "many", "most", "all", "number", "group", "million", "millions", "few");
  /** Relations that stay inside a participant's words. */
  private static final Set<String> PHRASE = Set.of("compound", "amod", "det", "flat", "nmod", "nummod", "case", "det:qmod", "nmod:poss");

  private Roles() {}

  /** The heads of the sources of the act at {@code t}. */
  static List<Integer> sources(Parse parse, int t, boolean movement, Set<Integer> exclude) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.dependents(t)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.startsWith("nsubj:xsubj") || r.equals("obl:agent") || r.equals("obl:by") && !parse.noun(t)
          || (parse.noun(t) && (r.equals("nmod:poss") || r.equals("nmod:agent") || r.equals("nmod:by")
              || (movement && r.equals("nmod:of"))))) {
        out.add(antecedent(parse, t, d.dependent()));
      }
    }
    out.removeIf(x -> !candidate(parse, x, exclude));
    if (out.isEmpty() && parse.noun(t)) {
      for (Dependency d : parse.dependents(t)) {
        if ((d.relation().equals("amod") || d.relation().equals("compound")) && Character.isUpperCase(parse.token(d.dependent()).word().charAt(0))
            && !exclude.contains(d.dependent())) {
          out.add(d.dependent()); // "Israeli strikes", "a Kurdish-led offensive"
        }
      }
    }
    if (out.isEmpty()) {
      Dependency head = parse.head(t);
      if (head != null && !head.isRoot() && parse.inside(head.governor())) {
        String r = head.relation();
        if (parse.noun(t) && (r.equals("obj") || Parse.is(r, "obl") || Parse.is(r, "nsubj:pass")) && parse.verb(head.governor())) {
          out.addAll(parse.dependents(head.governor(), "nsubj"));
        } else if (Parse.is(r, "xcomp") || Parse.is(r, "conj") || Parse.is(r, "advcl")) {
          out.addAll(parse.dependents(head.governor(), "nsubj"));
        }
      }
      out.removeIf(x -> !candidate(parse, x, exclude));
    }
    Dependency head = parse.head(t);
    if (out.isEmpty() && movement && head != null && !head.isRoot() && head.relation().equals("acl:relcl") && head.governor() < t) {
      out.add(head.governor()); // "the defectors who remain have gathered in Idlib": who moves is the noun the clause modifies
      out.removeIf(x -> !candidate(parse, x, exclude));
    }
    return heads(parse, out);
  }

  /** The antecedent of a relative pronoun subject ("a Saudi national who fled"), else the subject itself. */
  private static int antecedent(Parse parse, int t, int subject) {
    if (!parse.tag(subject).startsWith("W")) {
      return subject;
    }
    Dependency head = parse.head(t);
    return head != null && !head.isRoot() && parse.inside(head.governor()) ? head.governor() : subject;
  }

  /** The heads of the targets of the act at {@code t}; a movement's targets are none. */
  static List<Integer> targets(Parse parse, int t, boolean movement, Set<Integer> exclude) {
    List<Integer> out = new ArrayList<>();
    if (movement) {
      return out;
    }
    for (Dependency d : parse.dependents(t)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("iobj") || Parse.is(r, "nsubj:pass")) {
        out.add(d.dependent());
      }
    }
    out.removeIf(x -> !candidate(parse, x, exclude));
    if (out.isEmpty()) {
      for (Dependency d : parse.dependents(t)) {
        String r = d.relation();
        boolean oblique = parse.noun(t) ? Parse.is(r, "nmod") && !r.equals("nmod:poss") : Parse.is(r, "obl");
        if (oblique && TARGET_CASES.contains(Parse.subtype(r)) && !(parse.verb(t) && Parse.subtype(r).equals("of"))) {
          out.add(d.dependent());
        }
      }
    }
    if (out.isEmpty()) {
      for (Dependency d : parse.dependents(t)) {
        if (exclude.contains(d.dependent())) {
          out.addAll(recipients(parse, d.dependent(), "nmod")); // "lifted sanctions on Iran": the pattern's noun names the target
        }
      }
    }
    Dependency head = parse.head(t);
    if (out.isEmpty() && parse.noun(t) && head != null && !head.isRoot() && parse.inside(head.governor())
        && parse.verb(head.governor())) {
      if (!head.relation().equals("obj")) {
        out.addAll(parse.dependents(head.governor(), "obj")); // "engaged peacekeepers in a firefight"
      }
      out.addAll(parse.dependents(head.governor(), "iobj")); // "gave the Ivory Coast aid"
      out.addAll(recipients(parse, head.governor(), "obl")); // "provide support to Israel", "imposed sanctions on Iran"
    }
    out.removeIf(x -> !candidate(parse, x, exclude));
    if (out.isEmpty() && head != null && !head.isRoot() && head.relation().startsWith("acl") && parse.inside(head.governor())
        && parse.tag(t).equals("VBN")) {
      out.add(head.governor());
    }
    return heads(parse, out);
  }

  /** The objects of {@code t}'s recipient prepositions ("on Iran", "to Israel") by relation family {@code family}. */
  private static List<Integer> recipients(Parse parse, int t, String family) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : parse.dependents(t)) {
      if (Parse.is(d.relation(), family) && RECIPIENT_CASES.contains(Parse.subtype(d.relation()))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Whether a token can name a participant: a noun, pronoun or number that is not excluded. */
  private static boolean candidate(Parse parse, int x, Set<Integer> exclude) {
    String tag = parse.tag(x);
    return !exclude.contains(x) && (tag.startsWith("NN") || tag.startsWith("PRP") || tag.equals("CD")
        || (tag.equals("DT") || tag.equals("JJ")) && QUANTIFIERS.contains(parse.lemma(x)) // "some paid smugglers"
        || parse.lemma(x).equals("national"));
  }

  /** Replaces a quantifier head ("hundreds of fighters") by what it counts. */
  static List<Integer> heads(Parse parse, List<Integer> candidates) {
    List<Integer> out = new ArrayList<>();
    for (int c : candidates) {
      int head = c;
      if (QUANTIFIERS.contains(parse.lemma(c)) || parse.tag(c).equals("CD")) {
        List<Integer> counted = parse.dependents(c, "nmod:of");
        if (!counted.isEmpty()) {
          head = counted.get(0);
        }
      }
      if (!out.contains(head)) {
        out.add(head);
      }
    }
    return out;
  }

  /** The tokens of the phrase headed by {@code head}, head first, then in text order. */
  static List<Integer> phrase(Parse parse, int head) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(head);
    seen.add(head);
    while (!todo.isEmpty()) {
      int t = todo.poll();
      for (Dependency d : parse.dependents(t)) {
        String family = d.relation().contains(":") && !PHRASE.contains(d.relation())
            ? d.relation().substring(0, d.relation().indexOf(':')) : d.relation();
        boolean marker = t == head && d.relation().equals("case");
        if (PHRASE.contains(family) && !marker && !seen.contains(d.dependent()) && Math.abs(d.dependent() - head) < 12) {
          seen.add(d.dependent());
          todo.add(d.dependent());
        }
      }
    }
    List<Integer> out = new ArrayList<>(seen);
    out.sort(null);
    out.remove(Integer.valueOf(head));
    out.add(0, head);
    return out;
  }
}
