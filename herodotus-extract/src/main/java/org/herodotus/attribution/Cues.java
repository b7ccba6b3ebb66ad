package org.herodotus.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue lexicon and the hedge words, as readable data beside this class ({@code cues.tsv},
 * {@code hedges.txt}). Immutable and thread-safe; {@link #shipped()} reads the files once.
 */
public final class Cues {

  private static volatile Cues shipped;

  private final Map<String, List<Cue>> byLemma;
  private final Map<String, Cue> nouns;
  private final Set<String> hedges;

  private Cues(Map<String, List<Cue>> byLemma, Map<String, Cue> nouns, Set<String> hedges) {
    this.byLemma = byLemma;
    this.nouns = nouns;
    this.hedges = hedges;
  }

  /**
   * The lexicon shipped with Herodotus, loaded once per process.
   *
   * @throws IllegalStateException if a file is missing or a row is malformed
   */
  public static Cues shipped() {
    Cues cues = shipped;
    if (cues == null) {
      synchronized (Cues.class) {
        if (shipped == null) {
          shipped = parse(lines("cues.tsv"), lines("cue-nouns.tsv"), lines("hedges.txt"));
        }
        cues = shipped;
      }
    }
    return cues;
  }

  /**
   * A lexicon from the lines of {@code cues.tsv}, {@code cue-nouns.tsv} and {@code hedges.txt}
   * ({@code #} comments and blank lines skipped).
   *
   * @throws IllegalStateException if a cue row is malformed or repeats a cue
   */
  public static Cues parse(List<String> cueLines, List<String> nounLines, List<String> hedgeLines) {
    Map<String, List<Cue>> byLemma = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (String line : cueLines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t");
      if (row.length != 3) {
        throw new IllegalStateException("cues.tsv: a row is 'cue<TAB>implies<TAB>takes', not: " + line);
      }
      if (!seen.add(row[0])) {
        throw new IllegalStateException("cues.tsv lists '" + row[0] + "' twice; keep one row");
      }
      String[] words = row[0].split(" ", 2);
      Cue cue = new Cue(words[0], words.length > 1 ? words[1] : null, implies(row[1], line), takes(row[2], line));
      byLemma.computeIfAbsent(cue.lemma(), k -> new ArrayList<>()).add(cue);
    }
    Map<String, Cue> nouns = new HashMap<>();
    for (String line : nounLines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t");
      if (row.length != 2 || nouns.containsKey(row[0])) {
        throw new IllegalStateException("cue-nouns.tsv: a row is 'noun<TAB>implies', each noun once, not: " + line);
      }
      nouns.put(row[0], new Cue(row[0], null, implies(row[1], line), Cue.Takes.OBJECT));
    }
    Set<String> hedges = new HashSet<>();
    for (String line : hedgeLines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        hedges.add(line.strip().toLowerCase(Locale.ROOT));
      }
    }
    byLemma.replaceAll((k, v) -> List.copyOf(v));
    return new Cues(Map.copyOf(byLemma), Map.copyOf(nouns), Set.copyOf(hedges));
  }

  /** The cues a verb lemma can be: the plain verb and its verb–object phrases; empty when none. */
  List<Cue> of(String lemma) {
    return byLemma.getOrDefault(lemma, List.of());
  }

  /** The cue a noun lemma is ("call", "claim", "support"), or null. */
  Cue noun(String lemma) {
    return nouns.get(lemma);
  }

  /** Whether {@code word} (lower case) is a hedge: "reportedly", "privately", "would". */
  boolean hedge(String word) {
    return hedges.contains(word);
  }

  private static Cue.Implies implies(String value, String line) {
    try {
      return Cue.Implies.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("cues.tsv: '" + value + "' is not one of REPORTED, CLAIMED, NEGATED, HYPOTHETICAL, BELIEVED: " + line, e);
    }
  }

  private static Cue.Takes takes(String value, String line) {
    return switch (value) {
      case "clause" -> Cue.Takes.CLAUSE;
      case "clause+to" -> Cue.Takes.CLAUSE_OR_INFINITIVE;
      case "speech" -> Cue.Takes.SPEECH;
      case "object" -> Cue.Takes.OBJECT;
      default -> throw new IllegalStateException("cues.tsv: '" + value + "' is not one of clause, clause+to, speech, object: " + line);
    };
  }

  private static List<String> lines(String name) {
    InputStream in = Cues.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath beside " + Cues.class.getName() + "; rebuild herodotus-extract");
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return lines;
  }
}
