package org.herodotus.events;

import java.util.Set;
import org.herodotus.model.Dependency;
import org.herodotus.model.Mode;

/**
 * Whether the text asserts an act, from the trigger and the clauses above it: a negation ("did not
 * attack", "no attacks") negates; a conditional or possibility modal ("would", "could"), an "if"
 * clause, or a governing verb of wish ("would prefer the militants die") makes it hypothetical;
 * "will" or a governing verb of plan makes it planned; a governing verb of saying makes it
 * reported, of claiming claimed, and "according to" reports the whole sentence. The nearest
 * non-factual cue wins over reporting.
 */
final class Modes {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> POSSIBLE = Set.of("would", "could", "might", "may", "should", "must", "can");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> WISHES = Set.of("prefer", "hope", "wish", "like", "propose", "suggest", "seek", "try",
      "attempt", "expect", "urge", "ask", "want", "demand", "call", "appeal", "request", "need");
  private static final Set<String> PLANS = Set.of("plan", "intend", "aim", "decide", "promise", "pledge", "vow",
      "prepare", "agree", "threaten", "offer", "schedule", "set", "commit", "ready", "willing");
  private static final Set<String> DENIALS = Set.of("deny", "refuse", "reject", "decline", "fail", "stop", "halt");
  private static final Set<String> CLAIMS = Set.of("claim", "allege", "accuse", "blame", "charge", "insist");
  private static final Set<String> REPORTS = Set.of("say", "tell", "report", "announce", "state", "add", "confirm",
      "note", "quote", "reveal", "declare", "write", "explain", "believe", "think", "know", "indicate", "show");
  private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "csubj", "parataxis", "acl", "obl", "obj");

  private Modes() {}

  /** The mode of the act whose trigger is {@code t}. */
  static Mode of(Parse parse, int t) {
    Mode reported = null;
    int at = t;
    for (int depth = 0; depth < 6; depth++) {
      Mode own = own(parse, at);
      if (own == Mode.HYPOTHETICAL && backshifted(parse, at)) {
        return Mode.PLANNED; // "said it would tighten the blockade": the "will" of direct speech
      }
      if (own != null) {
        return own;
      }
      Dependency head = parse.head(at);
      if (head == null || head.isRoot() || !parse.inside(head.governor())) {
        break;
      }
      String family = head.relation().contains(":") ? head.relation().substring(0, head.relation().indexOf(':')) : head.relation();
      if (family.equals("conj")) {
        at = head.governor();
        continue;
      }
      if (!CLAUSAL.contains(family) || (family.equals("obl") || family.equals("obj")) && !parse.verb(at) && !parse.noun(at)) {
        break;
      }
      String governor = parse.lemma(head.governor());
      if (DENIALS.contains(governor)) {
        return Mode.NEGATED;
      }
      if (WISHES.contains(governor)) {
        return Mode.HYPOTHETICAL;
      }
      if (PLANS.contains(governor)) {
        return Mode.PLANNED;
      }
      if (reported == null && CLAIMS.contains(governor)) {
        reported = Mode.CLAIMED;
      } else if (reported == null && REPORTS.contains(governor)) {
        reported = Mode.REPORTED;
      }
      at = head.governor();
    }
    if (reported == null && accordingTo(parse)) {
      reported = Mode.REPORTED;
    }
    return reported == null ? Mode.ASSERTED : reported;
  }

  /** Whether {@code lemma} is a verb of saying or claiming ("say", "report", "claim"). */
  static boolean reporting(String lemma) {
    return REPORTS.contains(lemma) || CLAIMS.contains(lemma);
  }

  /** The mode the words on the token itself give: negation, modal, condition; null when none. */
  static Mode own(Parse parse, int t) {
    for (Dependency d : parse.dependents(t)) {
      String lemma = parse.lemma(d.dependent());
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("det") || r.equals("neg")) && NEGATIONS.contains(lemma)) {
        return Mode.NEGATED;
      }
    }
    for (Dependency d : parse.dependents(t)) {
      String lemma = parse.lemma(d.dependent());
      String r = d.relation();
      String word = parse.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (Parse.is(r, "aux") && POSSIBLE.contains(word)) {
        return Mode.HYPOTHETICAL;
      }
      if (Parse.is(r, "aux") && (FUTURE.contains(word) || FUTURE.contains(lemma))) {
        return Mode.PLANNED;
      }
      if (r.equals("mark") && CONDITIONS.contains(lemma)) {
        return Mode.HYPOTHETICAL;
      }
    }
    return null;
  }

  /** Whether {@code t} has "would" and is the complement of a verb of saying. */
  private static boolean backshifted(Parse parse, int t) {
    boolean would = false;
    for (Dependency d : parse.dependents(t)) {
      would |= Parse.is(d.relation(), "aux") && parse.token(d.dependent()).word().equalsIgnoreCase("would");
    }
    Dependency head = parse.head(t);
    return would && head != null && !head.isRoot() && parse.inside(head.governor())
        && (head.relation().equals("ccomp") || head.relation().equals("parataxis"))
        && (REPORTS.contains(parse.lemma(head.governor())) || parse.lemma(head.governor()).equals("confirm"));
  }

  /**
   * Whether a negated act is refused: "would not", "will not", "cannot" rather than "did not". The
   * negation of a noun act is on the verb it is the argument of ("would not provide support",
   * "will not lift the sanctions"), so the modal is looked for there too.
   */
  static boolean refused(Parse parse, int t) {
    int at = t;
    for (int step = 0; step < 3; step++) {
      if (modal(parse, at)) {
        return true;
      }
      Dependency head = parse.head(at);
      boolean argument = head != null && !head.isRoot() && parse.inside(head.governor()) && parse.noun(at)
          && (head.relation().equals("obj") || Parse.is(head.relation(), "obl") || head.relation().equals("nsubj:pass"));
      if (!argument || own(parse, at) == Mode.NEGATED) {
        return false;
      }
      at = head.governor();
    }
    return false;
  }

  /** Whether {@code t} has a modal or future auxiliary ("would", "will", "wo" of "won't", "ca" of "can't"). */
  private static boolean modal(Parse parse, int t) {
    for (Dependency d : parse.dependents(t)) {
      String word = parse.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (Parse.is(d.relation(), "aux") && (POSSIBLE.contains(word) || FUTURE.contains(word) || word.equals("wo") || word.equals("ca"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean accordingTo(Parse parse) {
    for (int t = parse.sentence.firstToken(); t < parse.sentence.endToken(); t++) {
      for (Dependency d : parse.governors(t)) {
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          return true;
        }
      }
    }
    return false;
  }
}
