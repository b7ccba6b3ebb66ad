package org.herodotus.attribution;

import java.util.Set;
import org.herodotus.model.Span;

/**
 * Who says it: the subject of the cue as written, from the parse ("he", "a former militant", the
 * relative pronoun of "Trump, who said"), or from the words next to the cue when the sentence has
 * no parse ("…," he said; "…," said Mr. Trump).
 */
final class Speakers {

  /** Dependents that are no part of a speaker's name: clauses, appositions, punctuation. */
  private static final Set<String> OUTSIDE = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis", "ccomp", "advcl",
      "dep", "cc", "conj", "ref", "case", "mark");
  private static final Set<String> SUBJECT_CARRIERS = Set.of("xcomp", "advcl", "conj", "parataxis");

  private Speakers() {}

  /** A speaker: the words as written and the token that names its actor. */
  record Speaker(Span span, int head) {}

  /**
   * The subject of cue {@code t} from the parse: its own, or that of the verb it depends on
   * ("adding that", "..., saying"); {@code null} when it has none.
   */
  static Speaker subject(Graph g, int t) {
    int at = t;
    for (int depth = 0; depth < 3 && at >= 0 && g.inside(at); depth++) {
      for (int s : g.dependents(at, "nsubj")) {
        if (g.inside(s) && !g.dependents(at, "nsubj:pass").contains(s)) {
          return new Speaker(phrase(g, written(g, at, s)), s);
        }
      }
      String relation = g.relation(at);
      if (relation != null && relation.equals("acl") && g.head(at) >= 0 && g.inside(g.head(at))) {
        // "Trump, calling the plan a disaster": the noun the participle modifies; "backed by": nobody
        return g.token(at).tag().equals("VBG") ? new Speaker(phrase(g, g.head(at)), g.head(at)) : null;
      }
      boolean participle = "dep".equals(relation) && g.token(at).tag().equals("VBG"); // "…, calling him a stiff"
      if (relation == null || !participle && SUBJECT_CARRIERS.stream().noneMatch(r -> Graph.is(relation, r))) {
        return null;
      }
      at = g.head(at);
    }
    return null;
  }

  /** A noun phrase around {@code head}: its tree dependents but clauses, appositions and punctuation. */
  static Span phrase(Graph g, int head) {
    int low = head;
    int high = head;
    for (var d : g.dependents(head)) {
      int dep = d.dependent();
      if (g.head(dep) != head || OUTSIDE.contains(d.relation()) || Graph.is(d.relation(), "acl") || Graph.is(d.relation(), "conj")) {
        continue;
      }
      low = Math.min(low, g.low(dep));
      high = Math.max(high, g.high(dep));
    }
    return new Span(g.token(low).span().start(), g.token(high).span().end());
  }

  /** The relative pronoun that stands for {@code subject} in cue {@code cue}'s relative clause, else the subject. */
  private static int written(Graph g, int cue, int subject) {
    if (g.head(cue) == subject) {
      for (int r : g.dependents(subject, "ref")) {
        if (r > subject && r < cue) {
          return r;
        }
      }
    }
    return subject;
  }

  /**
   * The speaker from the words beside cue {@code k} when there is no parse: the words between the
   * end of the quote and the cue ("…," he said), or those right after it ("…," said Mr. Trump),
   * up to punctuation, at most six words; {@code null} when there are none.
   */
  static Speaker adjacent(Graph g, int from, int k) {
    int start = -1;
    for (int t = from; t < k; t++) {
      if (!punctuation(g, t)) {
        start = start < 0 ? t : start;
      }
    }
    if (start >= 0 && k - start <= 6) {
      return new Speaker(new Span(g.token(start).span().start(), g.token(k - 1).span().end()), k - 1);
    }
    int end = k;
    while (end + 1 < g.sentence.endToken() && !punctuation(g, end + 1) && end + 1 - k <= 6) {
      end++;
    }
    return end > k ? new Speaker(new Span(g.token(k + 1).span().start(), g.token(end).span().end()), end) : null;
  }

  /** The speaker from the words before cue {@code k} back to the start of the sentence or a comma, at most six. */
  static Speaker before(Graph g, int k) {
    int start = k;
    while (start - 1 >= g.sentence.firstToken() && !punctuation(g, start - 1) && k - start < 6) {
      start--;
    }
    return start < k ? new Speaker(new Span(g.token(start).span().start(), g.token(k - 1).span().end()), k - 1) : null;
  }

  static boolean punctuation(Graph g, int t) {
    String w = g.token(t).word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
  }
}
