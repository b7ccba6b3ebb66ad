package org.herodotus.attribution;

/**
 * One entry of the cue lexicon ({@code cues.tsv}): a verb that introduces what someone says,
 * claims, believes or wants, optionally with the object noun it needs ("voice concern").
 *
 * @param lemma the verb's lemma ("say", "voice")
 * @param object the lemma of the object noun that must come with it ("concern"), or {@code null}
 * @param implies what the cue says about its content
 * @param takes what its content can be
 */
record Cue(String lemma, String object, Implies implies, Takes takes) {

  /** What a cue says about its content. */
  enum Implies { REPORTED, CLAIMED, NEGATED, HYPOTHETICAL, BELIEVED }

  /** What the content of a cue can be. */
  enum Takes {
    /** A clause: "said that ...", "..., he said". */
    CLAUSE,
    /** A clause or an infinitive: "wants to leave". */
    CLAUSE_OR_INFINITIVE,
    /** A clause or what was said as an object ("said yes"), and the cue may introduce a direct quote: "he said". */
    SPEECH,
    /** A clause, or the object and what follows it: a position taken ("called the plan a disaster"). */
    OBJECT
  }

  /** Any other verb of a person or organization with a clause: a stance whose events are not attributed. */
  static final Cue STANCE = new Cue("*", null, Implies.BELIEVED, Takes.CLAUSE_OR_INFINITIVE);

  /** A name and a colon opening a transcript line or a headline ("TAPPER: ...", "Gingrich: ..."), built in. */
  static final Cue COLON = new Cue(":", null, Implies.REPORTED, Takes.SPEECH);

  /** The "according to" cue, built in. */
  static final Cue ACCORDING_TO = new Cue("according", "to", Implies.REPORTED, Takes.CLAUSE);
}
