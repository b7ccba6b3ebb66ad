package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.Sentence;
import org.herodotus.model.Token;

/**
 * One sentence's dependency graph, indexed both ways: the dependents and the governors of each
 * token (enhanced++ graphs give a token several governors). Token indices are document-wide, as in
 * {@link Dependency}.
 */
final class Parse {

  final Document doc;
  final Sentence sentence;
  private final List<List<Dependency>> dependents = new ArrayList<>();
  private final List<List<Dependency>> governors = new ArrayList<>();

  Parse(Document doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    for (int i = 0; i < sentence.tokenCount(); i++) {
      dependents.add(new ArrayList<>(2));
      governors.add(new ArrayList<>(1));
    }
    for (Dependency d : sentence.dependencies()) {
      if (!inside(d.dependent())) {
        continue;
      }
      governors.get(d.dependent() - sentence.firstToken()).add(d);
      if (!d.isRoot() && inside(d.governor())) {
        dependents.get(d.governor() - sentence.firstToken()).add(d);
      }
    }
  }

  boolean inside(int token) {
    return token >= sentence.firstToken() && token < sentence.endToken();
  }

  Token token(int t) {
    return doc.tokens().get(t);
  }

  /** The lower-cased lemma. */
  String lemma(int t) {
    return token(t).lemma().toLowerCase(Locale.ROOT);
  }

  String tag(int t) {
    return token(t).tag();
  }

  boolean verb(int t) {
    return tag(t).startsWith("VB");
  }

  boolean noun(int t) {
    return tag(t).startsWith("NN") || tag(t).startsWith("PRP") || tag(t).equals("CD");
  }

  List<Dependency> dependents(int t) {
    return dependents.get(t - sentence.firstToken());
  }

  List<Dependency> governors(int t) {
    return governors.get(t - sentence.firstToken());
  }

  /** The dependents of {@code t} by {@code relation}: exactly it or, for {@code "obl"}, any {@code obl:*}. */
  List<Integer> dependents(int t, String relation) {
    List<Integer> out = new ArrayList<>(1);
    for (Dependency d : dependents(t)) {
      if (is(d.relation(), relation)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first governing edge of {@code t} that is no enhanced-only reference ({@code ref}), or null. */
  Dependency head(int t) {
    for (Dependency d : governors(t)) {
      if (!d.relation().equals("ref") && !d.relation().contains("xsubj")) {
        return d;
      }
    }
    return null;
  }

  /** Whether {@code t} has a dependent with one of {@code lemmas} by {@code relation}. */
  boolean hasDependent(int t, String relation, java.util.Set<String> lemmas) {
    for (int d : dependents(t, relation)) {
      if (lemmas.contains(lemma(d))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code relation} is {@code family} or one of its subtypes ({@code obl:from} is {@code obl}). */
  static boolean is(String relation, String family) {
    return relation.equals(family) || (relation.startsWith(family) && relation.charAt(family.length()) == ':');
  }

  /** The subtype of a relation: {@code "from"} for {@code obl:from}, {@code ""} when it has none. */
  static String subtype(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
