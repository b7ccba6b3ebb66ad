package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.Sentence;
import org.herodotus.model.Token;

/**
 * One sentence's dependency graph with a tree inside it: enhanced++ graphs give a token several
 * governors (a relative clause's subject points back at its antecedent, conjuncts share
 * dependents), so each token keeps one tree head, and a clause's extent is the span of its tree
 * descendants. Token indices are document-wide. Without a parse every token is its own tree.
 */
final class Graph {

  final Document doc;
  final Sentence sentence;
  private final int first;
  private final List<List<Dependency>> dependents = new ArrayList<>();
  private final int[] treeHead;
  private final String[] treeRelation;
  private final int[] low;
  private final int[] high;

  Graph(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    this.first = sentence.firstToken();
    int n = sentence.tokenCount();
    treeHead = new int[n];
    treeRelation = new String[n];
    low = new int[n];
    high = new int[n];
    List<List<Dependency>> governors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      dependents.add(new ArrayList<>(2));
      governors.add(new ArrayList<>(1));
      treeHead[i] = -1;
    }
    for (Dependency d : sentence.dependencies()) {
      if (inside(d.dependent())) {
        governors.get(d.dependent() - first).add(d);
        if (!d.isRoot() && inside(d.governor())) {
          dependents.get(d.governor() - first).add(d);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Dependency head = treeEdge(governors.get(i));
      if (head != null) {
        treeHead[i] = head.governor();
        treeRelation[i] = head.relation();
      }
    }
    extents();
  }

  boolean parsed() {
    return !sentence.dependencies().isEmpty();
  }

  boolean inside(int t) {
    return t >= first && t < sentence.endToken();
  }

  Token token(int t) {
    return doc.tokens().get(t);
  }

  String lemma(int t) {
    return token(t).lemma().toLowerCase(Locale.ROOT);
  }

  String word(int t) {
    return token(t).word().toLowerCase(Locale.ROOT);
  }

  boolean verb(int t) {
    return token(t).tag().startsWith("VB");
  }

  /** The token's head in the tree, or -1 for a root. */
  int head(int t) {
    return treeHead[t - first];
  }

  /** The relation to the token's tree head, or null for a root. */
  String relation(int t) {
    return treeRelation[t - first];
  }

  /** All dependents of {@code t} in the enhanced graph. */
  List<Dependency> dependents(int t) {
    return dependents.get(t - first);
  }

  /** The dependents of {@code t} whose relation is {@code family} or one of its subtypes. */
  List<Integer> dependents(int t, String family) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : dependents(t)) {
      if (is(d.relation(), family)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first token of {@code t}'s tree descendants (itself included). */
  int low(int t) {
    return low[t - first];
  }

  /** The last token of {@code t}'s tree descendants (itself included). */
  int high(int t) {
    return high[t - first];
  }

  /** Whether {@code t} descends from {@code ancestor} in the tree (or is it). */
  boolean descends(int t, int ancestor) {
    for (int at = t, steps = 0; at >= 0 && steps < 64; at = head(at), steps++) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  static boolean is(String relation, String family) {
    return relation.equals(family) || (relation.startsWith(family) && relation.length() > family.length()
        && relation.charAt(family.length()) == ':');
  }

  /**
   * The governor edge that makes the tree: not a relative pronoun's reference ({@code ref}), not the
   * edge from a relative clause back to its antecedent, preferring a conjunct's own edge.
   */
  private Dependency treeEdge(List<Dependency> governors) {
    Dependency chosen = null;
    for (Dependency d : governors) {
      if (d.relation().equals("ref") || d.relation().contains("xsubj") || backToAntecedent(d)) {
        continue;
      }
      if (chosen == null || is(d.relation(), "conj") && !is(chosen.relation(), "conj")) {
        chosen = d;
      }
    }
    return chosen;
  }

  /** Whether {@code d} goes from a relative clause's verb to the noun the clause modifies. */
  private boolean backToAntecedent(Dependency d) {
    if (d.isRoot() || !inside(d.governor())) {
      return false;
    }
    for (Dependency e : dependents(d.dependent())) {
      if (e.dependent() == d.governor() && is(e.relation(), "acl")) {
        return true;
      }
    }
    return false;
  }

  /** Computes each token's descendant extent by walking up from every token. */
  private void extents() {
    int n = treeHead.length;
    for (int i = 0; i < n; i++) {
      low[i] = first + i;
      high[i] = first + i;
    }
    for (int i = 0; i < n; i++) {
      int t = first + i;
      int at = head(t);
      for (int steps = 0; at >= 0 && inside(at) && steps < 64; steps++) {
        low[at - first] = Math.min(low[at - first], t);
        high[at - first] = Math.max(high[at - first], t);
        at = head(at);
      }
    }
  }
}
