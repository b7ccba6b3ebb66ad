package org.herodotus.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Dependency;

/**
 * The event coder's knowledge, as readable data beside this class: the predicate lexicon
 * ({@code predicates.tsv}, organised by CAMEO category), how frames such as "threaten to" or
 * "demand" code the act they govern ({@code frame-codes.tsv}), and the CAMEO table with its PLOVER
 * mapping ({@code cameo-codes.tsv}).
 *
 * <p>Immutable and thread-safe; {@link #loadDefault()} reads the files once.
 */
public final class Lexicon {

  static final Set<String> FRAMES = Set.of("INTENT", "THREATEN", "DEMAND", "APPEAL", "REJECT");

  private static volatile Lexicon defaultLexicon;

  private final Map<String, List<Predicate>> byLemma;
  private final Map<String, Map<String, String>> frameCodes;
  private final Map<String, String> plover;
  private final Map<String, Set<String>> classes;

  private Lexicon(Map<String, List<Predicate>> byLemma, Map<String, Map<String, String>> frameCodes, Map<String, String> plover,
      Map<String, Set<String>> classes) {
    this.byLemma = byLemma;
    this.frameCodes = frameCodes;
    this.plover = plover;
    this.classes = classes;
  }

  /**
   * The lexicon shipped with Herodotus, loaded once per process.
   *
   * @throws IllegalStateException if a file is missing or names a CAMEO code the table lacks
   */
  public static Lexicon loadDefault() {
    Lexicon lexicon = defaultLexicon;
    if (lexicon == null) {
      synchronized (Lexicon.class) {
        if (defaultLexicon == null) {
          defaultLexicon = of(read("cameo-codes.tsv"), read("predicates.tsv"), read("frame-codes.tsv"), read("classes.tsv"));
        }
        lexicon = defaultLexicon;
      }
    }
    return lexicon;
  }

  /**
   * A lexicon from the rows of its three tables (header and {@code #} comment lines are skipped).
   *
   * @throws IllegalStateException if a predicate or frame code is not in {@code cameoRows} or a row is malformed
   */
  static Lexicon of(List<String[]> cameoRows, List<String[]> predicateRows, List<String[]> frameRows, List<String[]> classRows) {
    Map<String, String> plover = new HashMap<>();
    for (String[] row : cameoRows) {
      plover.put(row[0], row.length > 2 ? row[2] : "");
    }
    Map<String, List<Predicate>> byLemma = new HashMap<>();
    for (String[] row : predicateRows) {
      if (row.length < 3) {
        throw new IllegalStateException("predicates.tsv: a row needs code, pos and pattern: " + String.join("\t", row));
      }
      String code = row[0];
      String frame = FRAMES.contains(code) ? code : null;
      boolean movement = code.equals("-") || (row.length > 3 && !row[3].isBlank() && isMovement(row[3]));
      if (frame == null && !code.equals("-") && !plover.containsKey(code)) {
        throw new IllegalStateException("predicates.tsv: '" + code + "' is not a CAMEO code of cameo-codes.tsv (row: "
            + String.join(" ", row) + ")");
      }
      List<String> words = Arrays.asList(row[2].trim().toLowerCase(Locale.ROOT).split("\\s+"));
      String action = row.length > 3 && !row[3].isBlank() ? row[3] : words.get(0);
      Predicate p = new Predicate(frame != null || code.equals("-") ? null : code, frame, row[1].charAt(0), words.get(0),
          words.subList(1, words.size()), action, movement);
      byLemma.computeIfAbsent(p.pos() + p.lemma(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Map<String, String>> frameCodes = new HashMap<>();
    for (String[] row : frameRows) {
      if (!FRAMES.contains(row[0]) || (!row[2].equals("-") && !plover.containsKey(row[2]))) {
        throw new IllegalStateException("frame-codes.tsv: unknown frame or CAMEO code in row: " + String.join(" ", row));
      }
      frameCodes.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1], row[2]);
    }
    Map<String, Set<String>> classes = new HashMap<>();
    for (String[] row : classRows) {
      classes.put(row[0], Set.of(row[1].trim().split("\\s+")));
    }
    for (List<Predicate> predicates : byLemma.values()) {
      for (Predicate p : predicates) {
        for (String word : p.words()) {
          if (word.startsWith("@") && !classes.containsKey(word.substring(1))) {
            throw new IllegalStateException("predicates.tsv: the class " + word + " of '" + p.lemma() + " "
                + String.join(" ", p.words()) + "' is not in classes.tsv; known: " + classes.keySet());
          }
        }
      }
    }
    return new Lexicon(byLemma, frameCodes, plover, classes);
  }

  private static boolean isMovement(String action) {
    return Set.of("flee", "cross", "return", "deport", "displace", "move", "gather").contains(action);
  }

  /** The most specific predicate token {@code t} triggers, or null. */
  Predicate predicate(Parse parse, int t) {
    char pos = pos(parse.tag(t));
    if (pos == 0) {
      return null;
    }
    List<Predicate> candidates = byLemma.get(pos + parse.lemma(t));
    if (candidates == null) {
      return null;
    }
    Predicate best = null;
    for (Predicate p : candidates) {
      if ((best == null || p.words().size() > best.words().size()) && matches(parse, t, p.words())) {
        best = p;
      }
    }
    if (best != null && best.action().equals("gather") && parse.dependents(t).stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() > t)) {
      return null; // people gather; "gathered evidence" moves nobody (an object before it is a relative clause's antecedent)
    }
    return best;
  }

  /**
   * Whether each word of a pattern is next to the trigger: a dependent of it or of one of its
   * dependents (by lemma, by the name of its preposition, or "obj"), or one of the two tokens
   * after it ("called on", however the parser attaches "on").
   */
  private boolean matches(Parse parse, int t, List<String> words) {
    for (String word : words) {
      boolean found = false;
      if (word.startsWith("@")) {
        Set<String> members = classes.get(word.substring(1));
        for (Dependency d : parse.governors(t)) {
          found |= !d.isRoot() && parse.inside(d.governor()) && members.contains(parse.lemma(d.governor()));
        }
        for (Dependency d : parse.dependents(t)) {
          found |= members.contains(parse.lemma(d.dependent()));
        }
      }
      for (int next = t + 1; next <= t + 2 && parse.inside(next) && !found; next++) {
        found = parse.lemma(next).equals(word);
      }
      for (Dependency d : parse.dependents(t)) {
        String relation = d.relation();
        if (found || parse.lemma(d.dependent()).equals(word) || Parse.subtype(relation).equals(word) || relation.equals(word)) {
          found = true;
          break;
        }
        if (!relation.startsWith("conj")) {
          for (Dependency dd : parse.dependents(d.dependent())) {
            found |= parse.lemma(dd.dependent()).equals(word) && !dd.relation().startsWith("conj");
          }
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static char pos(String tag) {
    if (tag.startsWith("VB")) {
      return 'v';
    }
    if (tag.startsWith("NN")) {
      return 'n';
    }
    return tag.startsWith("JJ") ? 'a' : 0;
  }

  /**
   * The code of {@code frame} governing an act coded {@code actCode} (null when the frame has no
   * act): the entry for the longest prefix of the act's code, else the frame's own ({@code *}).
   */
  String frameCode(String frame, String actCode) {
    Map<String, String> codes = frameCodes.getOrDefault(frame, Map.of());
    if (actCode != null) {
      for (int k = actCode.length(); k >= 2; k--) {
        String code = codes.get(actCode.substring(0, k));
        if (code != null) {
          return code.equals("-") ? null : code;
        }
      }
    }
    return codes.get("*");
  }

  /** The PLOVER category of a CAMEO code, most specific code first; null when it maps to none. */
  String plover(String code) {
    for (int k = code == null ? 0 : code.length(); k >= 2; k--) {
      String category = plover.get(code.substring(0, k));
      if (category != null && !category.isEmpty() && !category.contains("|")) {
        return category;
      }
    }
    return null;
  }

  /**
   * The PLOVER column of the CAMEO table for {@code code}, most specific code first, as the
   * reference scorer maps codes: {@code "CONCEDE|RETREAT"} for a bare root 08, null for roots 01
   * and 02 and unknown codes.
   */
  public String ploverColumn(String code) {
    for (int k = code == null ? 0 : code.length(); k >= 2; k--) {
      String category = plover.get(code.substring(0, k));
      if (category != null && !category.isEmpty()) {
        return category;
      }
    }
    return null;
  }

  static List<String[]> read(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the event lexicon file " + name + " is missing from the classpath "
            + "(org/herodotus/events/); rebuild herodotus-extract");
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event lexicon file " + name, e);
    }
  }
}
