package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Dependency;
import org.herodotus.model.Span;

/**
 * Reported speech, beliefs and positions from the dependency parse of one sentence: a cue verb of
 * the lexicon with its content clause ("said that ...", "told the Guardian ...", "wants to ...",
 * "have voiced concern that ..."), a cue that follows the clause it attributes ("..., the Guardian
 * reported"), and "according to X". Outer cues come first: a cue inside content already found is
 * part of that content (PolNeAR marks one attribution per stretch of text).
 */
final class Reports {

  /** Relations by which a cue governs its content clause. */
  private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis", "dep");
  /** Relations by which a cue follows the clause it attributes ("…, the Guardian reported"). */
  private static final Set<String> FOLLOWING = Set.of("parataxis", "ccomp", "dep");
  private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "or", "while", "because", "although", "though", "as",
      "when", "which", "who", "that", "if", "so");
  /** Cues of asking, and how their question hangs on them: "Asked if it rattled them, …", "When asked about the charges, …". */
  private static final Set<String> ASKING = Set.of("ask");
  private static final Set<String> QUESTIONS = Set.of("advcl:if", "advcl:whether", "obl:about");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may");

  private Reports() {}

  /**
   * The attributions of sentence {@code g} whose cue and content lie outside {@code taken}; an
   * "according to X" around content already taken goes to {@code around} instead, so that X joins
   * that attribution's chain.
   */
  static List<Found> find(Graph g, Cues cues, List<Span> taken, List<Integer> usedCues, List<Found> around, Set<Integer> animate) {
    List<Found> out = new ArrayList<>();
    List<int[]> candidates = new ArrayList<>();
    for (int t = g.sentence.firstToken(); t < g.sentence.endToken(); t++) {
      if (!usedCues.contains(t)) {
        candidates.add(new int[] {t, depth(g, t)});
      }
    }
    if (!g.parsed()) {
      Found tail = unparsedTail(g, cues);
      if (tail != null && !inside(tail.cue(), taken) && !overlaps(tail.content(), taken)) {
        out.add(tail);
      }
    }
    candidates.sort(Comparator.comparingInt(c -> c[1]));
    for (int[] c : candidates) {
      int t = c[0];
      Span at = g.token(t).span();
      if (inside(at, taken) || inside(at, spans(out))) {
        continue;
      }
      Found found = accordingTo(g, t, cues);
      boolean according = found != null;
      if (found == null) {
        found = cue(g, t, cues);
      }
      if (found == null && !according) {
        found = stance(g, t, cues, animate);
      }
      if (found == null && !according) {
        found = noun(g, t, cues);
      }
      if (found != null && !overlaps(found.content(), taken) && !overlaps(found.content(), spans(out))) {
        out.add(found);
      } else if (according) {
        around.add(found);
      }
    }
    return out;
  }

  /** The attribution that cue verb {@code t} introduces, or null. */
  private static Found cue(Graph g, int t, Cues cues) {
    if (!g.verb(t)) {
      return null;
    }
    for (Cue cue : cues.of(g.lemma(t))) {
      int governor = t;
      if (cue.object() != null) {
        governor = -1;
        for (int o : g.dependents(t, "obj")) {
          if (g.lemma(o).equals(cue.object()) || (cue.object().equals("the case") && g.lemma(o).equals("case"))) {
            governor = o;
          }
        }
        if (governor < 0) {
          continue;
        }
      }
      int low = Integer.MAX_VALUE;
      int high = -1;
      int top = -1;
      for (Dependency d : g.dependents(governor)) {
        int c = d.dependent();
        boolean clause = CLAUSES.stream().anyMatch(r -> Graph.is(d.relation(), r)) && (!d.relation().equals("dep") || g.verb(c) && !adjunct(g, c))
            || (governor != t && Graph.is(d.relation(), "acl"))
            || (cue.takes() == Cue.Takes.CLAUSE_OR_INFINITIVE && Graph.is(d.relation(), "xcomp"))
            || (governor == t && ASKING.contains(cue.lemma()) && QUESTIONS.contains(d.relation()))
            || (governor == t && d.relation().equals("advcl:to") && cue.takes() != Cue.Takes.SPEECH && cue.takes() != Cue.Takes.CLAUSE);
        if (clause && g.inside(c) && c != t && !g.descends(t, c)) {
          low = Math.min(low, g.low(c));
          high = Math.max(high, g.high(c));
          top = top < 0 ? c : top;
        }
      }
      if (top >= 0) {
        if (low < t && high > t) {
          if (top > t) {
            low = t + 1;
          } else {
            high = t - 1;
          }
        }
        Found made = made(g, t, cue, low, high, top, cues);
        return made != null && ASKING.contains(cue.lemma()) && passive(g, t) ? askedBy(g, made, t) : made;
      }
      Found following = following(g, t, cue, cues);
      if (following != null) {
        return following;
      }
      Found object = cue.takes() == Cue.Takes.SPEECH || cue.takes() == Cue.Takes.OBJECT ? object(g, t, cue, cues) : null;
      if (object != null) {
        return object;
      }
    }
    return null;
  }

  /** A participle without a subject hung on a cue ("endorsed Trump, saying …"): the cue's adjunct, not its content. */
  private static boolean adjunct(Graph g, int c) {
    return g.token(c).tag().equals("VBG") && g.dependents(c, "nsubj").isEmpty();
  }

  /** Verbs that are no stance of their subject even with a clause after them. */
  private static final Set<String> NO_STANCE = Set.of("be", "have", "do", "get", "go", "come", "take", "give", "use", "begin",
      "start", "stop", "keep", "let", "help", "make", "happen", "seem", "appear", "continue", "allow", "enable", "cause", "force",
      "lead", "leave", "turn", "become", "remain", "stay", "run", "put", "set", "bring", "send", "win", "lose", "manage", "fail", "able",
      "cut", "move", "serve", "spend", "work", "pay", "live", "die", "return", "join", "end");
  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "i", "you", "who");

  /**
   * Any other verb whose subject is a person, group or organization and that takes a clause or an
   * infinitive: a stance ("Trump vowed to ...", "Democrats fear that ...", "she would like to ...");
   * PolNeAR counts beliefs and intentions as attributions. Its events are not attributed.
   */
  private static Found stance(Graph g, int t, Cues cues, Set<Integer> animate) {
    if (!g.verb(t) || !cues.of(g.lemma(t)).isEmpty() || NO_STANCE.contains(g.lemma(t)) || passive(g, t)) {
      return null;
    }
    boolean personal = false;
    for (int s : g.dependents(t, "nsubj")) {
      personal |= g.inside(s) && (PERSONAL.contains(g.word(s)) || animate.contains(g.token(s).span().end()));
    }
    if (!personal) {
      return null;
    }
    int low = Integer.MAX_VALUE;
    int high = -1;
    int top = -1;
    for (Dependency d : g.dependents(t)) {
      int c = d.dependent();
      if ((Graph.is(d.relation(), "ccomp") || Graph.is(d.relation(), "xcomp")) && c > t && g.inside(c) && g.verb(c)) {
        low = Math.min(low, g.low(c));
        high = Math.max(high, g.high(c));
        top = top < 0 ? c : top;
      }
    }
    return top < 0 ? null : made(g, t, Cue.STANCE, low, high, top, cues);
  }

  /** What a noun cue governs: "call to ban", "claim that", "support for the bill", "criticism of". */
  private static final Set<String> NOUN_CONTENT = Set.of("acl", "acl:to", "ccomp", "nmod:for", "nmod:of", "nmod:to", "nmod:on",
      "nmod:about", "nmod:against", "nmod:over");

  /**
   * A noun cue with an owner: a possessor ("his recent call to ban all Muslim immigrants"), a name
   * or a capitalized adjective in front ("the Obama call for regime change", "Republican calls for
   * a special prosecutor"). The owner says what the cue governs.
   */
  private static Found noun(Graph g, int t, Cues cues) {
    Cue cue = g.token(t).tag().startsWith("NN") ? cues.noun(g.lemma(t)) : null;
    if (cue == null) {
      return null;
    }
    List<Integer> owners = new ArrayList<>(g.dependents(t, "nmod:poss"));
    for (Dependency d : g.dependents(t)) {
      int o = d.dependent();
      boolean named = d.relation().equals("compound") && g.token(o).tag().startsWith("NNP");
      boolean adjective = d.relation().equals("amod") && g.token(o).tag().equals("JJ") && Character.isUpperCase(g.token(o).word().charAt(0));
      if (o < t && (named || adjective)) {
        owners.add(o);
      }
    }
    if (owners.isEmpty() || !g.inside(owners.get(0))) {
      return null;
    }
    int low = Integer.MAX_VALUE;
    int high = -1;
    int top = -1;
    for (Dependency d : g.dependents(t)) {
      int c = d.dependent();
      if (NOUN_CONTENT.contains(d.relation()) && c > t && g.inside(c) && g.head(c) == t) {
        low = Math.min(low, g.low(c));
        high = Math.max(high, g.high(c));
        top = top < 0 ? c : top;
      }
    }
    if (top < 0) {
      return null;
    }
    Span content = trimmed(g, low, high);
    int owner = owners.get(0);
    return content == null ? null : new Found(content, g.token(t).span(), cue, Speakers.phrase(g, owner), owner, null, null,
        List.of());
  }

  /**
   * A cue after or inside the clause it attributes, with its own subject: at the end of the
   * sentence after a comma ("…, the Guardian reported.") it attributes everything before it; inside
   * ("The problem, she said, is …") the clause around it.
   */
  private static Found following(Graph g, int t, Cue cue, Cues cues) {
    if (g.dependents(t, "nsubj").isEmpty() || !g.dependents(t, "nsubj:pass").isEmpty()) {
      return null;
    }
    int first = g.sentence.firstToken();
    int last = g.sentence.endToken() - 1;
    int low = Math.min(t, firstSubject(g, t));
    if (low > first + 2 && g.word(low - 1).equals(",") && nothingAfter(g, t)) {
      return made(g, t, cue, first, low - 2, g.head(t) >= 0 && g.inside(g.head(t)) ? g.head(t) : -1, cues);
    }
    String relation = g.relation(t);
    int head = g.head(t);
    if (relation == null || head < 0 || !g.inside(head) || FOLLOWING.stream().noneMatch(r -> Graph.is(relation, r))) {
      return null;
    }
    if (head < t && onlyPunctuation(g, g.high(t) + 1, g.high(head))) {
      return made(g, t, cue, g.low(head), g.low(t) - 1, head, cues);
    }
    return made(g, t, cue, Math.min(g.low(head), g.high(t) + 1), g.high(head), head, cues);
  }

  /**
   * Without a parse: a cue of speech closing the sentence after a comma, with at most six words of
   * speaker before or after it ("…, the Guardian reported."; "…, said the agency."); the words
   * before the comma are the content.
   */
  private static Found unparsedTail(Graph g, Cues cues) {
    int first = g.sentence.firstToken();
    int end = g.sentence.endToken();
    while (end > first && Speakers.punctuation(g, end - 1)) {
      end--;
    }
    for (int t = end - 1; t >= Math.max(first + 2, end - 7); t--) {
      boolean speech = cues.of(g.lemma(t)).stream().anyMatch(c -> c.object() == null && c.takes() == Cue.Takes.SPEECH);
      if (!speech || !g.token(t).tag().startsWith("VB") && !g.token(t).tag().equals("X")) {
        continue;
      }
      int comma = t - 1;
      while (comma > first && !g.word(comma).equals(",") && t - comma <= 7) {
        comma--;
      }
      boolean speakerAfter = comma == t - 1;
      if (comma <= first + 1 || !g.word(comma).equals(",") || speakerAfter && t + 1 >= end || !speakerAfter && t + 1 < end
          || CLAUSE_OPENERS.contains(g.word(comma + 1))) {
        continue;
      }
      Speakers.Speaker speaker = comma < t - 1 ? Speakers.adjacent(g, comma + 1, t) : Speakers.adjacent(g, t, t);
      Span content = trimmed(g, first, comma - 1);
      if (content != null && speaker != null) {
        Cue cue = cues.of(g.lemma(t)).get(0);
        return new Found(content, g.token(t).span(), cue, speaker.span(), speaker.head(), null, null, hedges(g, t, -1, cue, cues));
      }
    }
    return null;
  }

  /** Whether only punctuation and the cue's own subject follow it ("…, said the company's chief executive."). */
  private static boolean nothingAfter(Graph g, int t) {
    List<Integer> subjects = g.dependents(t, "nsubj");
    for (int k = t + 1; k < g.sentence.endToken(); k++) {
      int at = k;
      if (!Speakers.punctuation(g, k) && subjects.stream().noneMatch(s -> g.descends(at, s))) {
        return false;
      }
    }
    return true;
  }

  private static int firstSubject(Graph g, int t) {
    int low = t;
    for (int s : g.dependents(t, "nsubj")) {
      low = Math.min(low, g.inside(s) ? g.low(s) : low);
    }
    return low;
  }

  /**
   * A position taken on something: the object of the cue and what follows it ("called the plan a
   * disaster", "criticized Turkey for closing the border", "voted against the bill"); for a cue of
   * speech only its object ("said yes"). Needs a speaker.
   */
  private static Found object(Graph g, int t, Cue cue, Cues cues) {
    int low = Integer.MAX_VALUE;
    int high = -1;
    int top = -1;
    for (Dependency d : g.dependents(t)) {
      int c = d.dependent();
      String r = d.relation();
      boolean complement = r.equals("obj") || (cue.takes() == Cue.Takes.OBJECT && (r.equals("iobj") || Graph.is(r, "xcomp")
          || Graph.is(r, "obl") && !r.equals("obl:tmod") && !r.equals("obl:by") && !r.equals("obl:agent") && !r.equals("obl:npmod") && !temporal(g, c)))
          || (cue.takes() == Cue.Takes.SPEECH && TOPICS.contains(r));
      if (complement && c > t && g.inside(c) && !(r.equals("obj") && cue.takes() == Cue.Takes.SPEECH && PRONOUNS.contains(g.word(c)))) {
        low = Math.min(low, g.low(c));
        high = Math.max(high, g.high(c));
        top = top < 0 ? c : top;
      }
    }
    if (top < 0 || Speakers.subject(g, t) == null || passive(g, t)) {
      return null;
    }
    return made(g, t, cue, low, high, top, cues);
  }

  /** A passive "asked": the asker is the agent ("when asked by The Times if …") or unnamed, never the one asked. */
  private static Found askedBy(Graph g, Found made, int t) {
    for (int by : g.dependents(t, "obl:by")) {
      if (g.inside(by)) {
        return new Found(made.content(), made.cue(), made.entry(), Speakers.phrase(g, by), by, null, null, made.hedges());
      }
    }
    return new Found(made.content(), made.cue(), made.entry(), null, -1, null, null, made.hedges());
  }

  /** Whether {@code t} is a passive or a bare participle ("was backed", "an offensive backed by"). */
  private static boolean passive(Graph g, int t) {
    if (!g.dependents(t, "aux:pass").isEmpty() || !g.dependents(t, "nsubj:pass").isEmpty()) {
      return true;
    }
    return g.token(t).tag().equals("VBN") && g.dependents(t, "aux").isEmpty() && g.dependents(t, "nsubj").isEmpty();
  }

  /** What a cue of speech is about: "complained about the deal", "commented on", "responded to". */
  private static final Set<String> TOPICS = Set.of("obl:about", "obl:on", "obl:of", "obl:over", "obl:regarding", "obl:to");

  private static final Set<String> PRONOUNS = Set.of("it", "this", "that", "something", "anything", "nothing", "so", "much", "more", "little");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "week", "month", "year", "night", "morning", "evening", "afternoon", "time", "day");

  private static boolean temporal(Graph g, int t) {
    return TIME_WORDS.contains(g.lemma(t)) || g.token(t).tag().equals("CD");
  }

  /** "according to X": X is the speaker, the rest of its clause the content. */
  private static Found accordingTo(Graph g, int t, Cues cues) {
    if (!g.word(t).equals("according") || t + 1 >= g.sentence.endToken() || !g.word(t + 1).equals("to")) {
      return null;
    }
    int source = -1;
    int governor = -1;
    if (g.parsed()) {
      for (int x = t + 2; x < g.sentence.endToken() && source < 0; x++) {
        String relation = g.relation(x);
        if (relation != null && relation.endsWith("according_to")) {
          source = x;
          governor = g.head(x);
        }
      }
    }
    int low;
    int high;
    Span speaker;
    int speakerHead;
    if (source >= 0) {
      speaker = Speakers.phrase(g, source);
      speakerHead = source;
      int clause = governor;
      while (clause >= 0 && g.inside(clause) && !g.verb(clause) && g.head(clause) >= 0) {
        clause = g.head(clause);
      }
      clause = clause >= 0 && g.inside(clause) ? clause : governor;
      low = g.low(clause);
      high = g.high(clause);
    } else {
      int end = t + 2;
      while (end < g.sentence.endToken() && !Speakers.punctuation(g, end) && end - t < 9) {
        end++;
      }
      if (end == t + 2) {
        return null;
      }
      speaker = new Span(g.token(t + 2).span().start(), g.token(end - 1).span().end());
      speakerHead = end - 1;
      low = g.sentence.firstToken();
      high = g.sentence.endToken() - 1;
    }
    int phraseEnd = source >= 0 ? g.high(source) + 1 : g.doc.tokenAt(speaker.end());
    if (t < low || t > high) {
      low = g.sentence.firstToken();
      high = g.sentence.endToken() - 1;
    }
    if (phraseEnd - 1 >= high - 1) {
      high = t - 1; // "…, according to X."
    } else if (t <= low + 1) {
      low = phraseEnd; // "According to X, …"
    }
    Span content = trimmed(g, low, high);
    if (content == null) {
      return null;
    }
    Span cue = new Span(g.token(t).span().start(), g.token(t + 1).span().end());
    return new Found(content, cue, Cue.ACCORDING_TO, speaker, speakerHead, null, null, List.of());
  }

  private static Found made(Graph g, int t, Cue cue, int low, int high, int top, Cues cues) {
    Span content = trimmed(g, low, high >= 0 && top >= 0 ? beforeNextCue(g, Math.max(low, top), high, cues) : high);
    if (content == null) {
      return null;
    }
    Speakers.Speaker speaker = Speakers.subject(g, t);
    return new Found(content, g.token(t).span(), cue, speaker == null ? null : speaker.span(), speaker == null ? -1 : speaker.head(),
        recipient(g, t), null, hedges(g, t, top, cue, cues));
  }

  /** Relations by which a second cue's clause hangs inside the first one's content when the parser attaches it low. */
  private static final Set<String> ANOTHER_CLAUSE = Set.of("conj", "advcl", "parataxis", "dep");
  private static final Set<String> JOINERS = Set.of(",", ";", "and", "but", "while", "though", "although", "yet", "--", "-", "—");

  /**
   * Where content ends when a second cue follows it in the same stretch: "said A, noting B", "said
   * A and questioned B", "conceded that A but implied B". The parser often hangs the second cue's
   * clause inside the first content; PolNeAR marks two attributions. Returns the last token of
   * the first content: the token before the joiner (",", "and", "but", "while") in front of the second cue's clause, or
   * {@code high} when there is none. Text inside quotation marks is never cut.
   */
  private static int beforeNextCue(Graph g, int from, int high, Cues cues) {
    boolean quoted = false;
    for (int k = from + 1; k <= high; k++) {
      if (quoteMark(g, k)) {
        quoted = !quoted;
      }
      String relation = g.relation(k);
      if (quoted || relation == null || !g.verb(k) || !speaking(cues.of(g.lemma(k)))
          || ANOTHER_CLAUSE.stream().noneMatch(r -> Graph.is(relation, r))) {
        continue;
      }
      int start = g.low(k);
      if (start <= from + 1) {
        continue;
      }
      if (JOINERS.contains(g.word(start).toLowerCase(java.util.Locale.ROOT))) {
        return start - 1;
      }
      if (JOINERS.contains(g.word(start - 1).toLowerCase(java.util.Locale.ROOT))) {
        return start - 2;
      }
    }
    return high;
  }

  /** Whether a cue is one of saying or claiming ("noting", "questioned", "implied"), not of wanting or doing. */
  private static boolean speaking(List<Cue> entries) {
    return entries.stream().anyMatch(c -> c.takes() == Cue.Takes.SPEECH || c.takes() == Cue.Takes.CLAUSE);
  }

  /** The span of tokens {@code low..high} without punctuation at either end (quote marks kept), or null. */
  static Span trimmed(Graph g, int low, int high) {
    while (low <= high && Speakers.punctuation(g, low) && !quoteMark(g, low)) {
      low++;
    }
    while (high >= low && Speakers.punctuation(g, high) && !quoteMark(g, high)) {
      high--;
    }
    return low > high ? null : new Span(g.token(low).span().start(), g.token(high).span().end());
  }

  private static boolean quoteMark(Graph g, int t) {
    String w = g.token(t).word();
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("«") || w.equals("»");
  }

  /** Whom the speaker told: the phrase of the object or indirect object of "tell", "inform"; null when none. */
  static Span recipient(Graph g, int t) {
    if (!g.parsed()) {
      return null;
    }
    for (Dependency d : g.dependents(t)) {
      int r = d.dependent();
      if ((d.relation().equals("iobj") || d.relation().equals("obj") || d.relation().equals("obl:to")) && g.inside(r) && !g.verb(r)) {
        return new Span(g.token(g.low(r)).span().start(), g.token(g.high(r)).span().end());
      }
    }
    return null;
  }

  /**
   * Hedges: hedge adverbs on the cue ("privately said"), hedge words and modals at the top of the
   * content ("would prefer"), and the cue word itself when it claims ("claimed", "alleged").
   */
  static List<String> hedges(Graph g, int t, int contentTop, Cue cue, Cues cues) {
    List<String> out = new ArrayList<>();
    if (g.parsed()) {
      for (int a : g.dependents(t, "advmod")) {
        if (cues.hedge(g.word(a)) && !MODALS.contains(g.word(a))) {
          out.add(g.token(a).word());
        }
      }
      if (contentTop >= 0) {
        for (Dependency d : g.dependents(contentTop)) {
          String w = g.word(d.dependent());
          if ((Graph.is(d.relation(), "advmod") || Graph.is(d.relation(), "aux")) && cues.hedge(w)) {
            out.add(g.token(d.dependent()).word());
          }
        }
      }
    } else if (t > g.sentence.firstToken() && cues.hedge(g.word(t - 1)) && !MODALS.contains(g.word(t - 1))) {
      out.add(g.token(t - 1).word());
    }
    if (cue.implies() == Cue.Implies.CLAIMED) {
      out.add(g.token(t).word());
    }
    return out;
  }

  private static boolean onlyPunctuation(Graph g, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (!Speakers.punctuation(g, t)) {
        return false;
      }
    }
    return true;
  }

  private static int depth(Graph g, int t) {
    int depth = 0;
    for (int at = g.head(t); at >= 0 && depth < 64; at = g.head(at)) {
      depth++;
    }
    return depth;
  }

  private static List<Span> spans(List<Found> found) {
    return found.stream().map(Found::content).toList();
  }

  private static boolean inside(Span s, List<Span> spans) {
    return spans.stream().anyMatch(x -> x.contains(s));
  }

  private static boolean overlaps(Span s, List<Span> spans) {
    return spans.stream().anyMatch(x -> x.overlaps(s));
  }
}
