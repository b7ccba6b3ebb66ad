package org.herodotus.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Layer;
import org.herodotus.model.Mention;
import org.herodotus.pipeline.Stage;

/**
 * The final entity layer: the statistical tagger's mentions, checked, made consistent within the
 * document and completed. In order:
 *
 * <ol>
 *   <li>pronouns the tagger marks as persons ("he") are dropped: they are references, not names,
 *       and coreference resolves them later; names running over a line break (a headline glued
 *       to a table row) are split at it, and rows of column abbreviations ("W L T PTS") that
 *       taggers take for organizations are dropped;
 *   <li>{@link Nationalities}: demonyms the tagger calls MISC become {@link EntityType#NATIONALITY}
 *       ("Syrian", normalized {@code SYR}; "Kurds", subtype {@code ETHNIC});
 *   <li>{@link Consistency#vote}: a name typed differently in one document takes its majority
 *       type;
 *   <li>{@link Acronyms}: "Syrian Democratic Forces (SDF)" makes "SDF" an organization, there
 *       and later;
 *   <li>{@link Consistency#propagate}: a name tagged once is tagged where it stands untagged,
 *       and "Hammond" after "Philip Hammond" is a person;
 *   <li>{@link Nationalities}: capitalised demonyms still untagged are added.
 * </ol>
 *
 * <p>Reads {@link Layer#TOKENS} (words and Penn tags) and {@link Layer#ENTITY_CANDIDATES}; adds
 * {@link Layer#ENTITIES}, sorted by span, no two overlapping unless the candidates did. Thread-safe:
 * the demonym table is loaded once and never changed; each call works on its own draft.
 */
public final class Entities implements Stage {

  /** The shipped demonym table, read once per class loader on first use. */
  private static final class Shipped {
    static final Demonyms DEMONYMS = Demonyms.load();
  }

  private final Nationalities nationalities;

  /**
   * The stage with the demonym table shipped with Herodotus ({@code demonyms.tsv}).
   *
   * @throws IllegalStateException if that table is missing or malformed (a broken build)
   */
  public Entities() {
    this.nationalities = new Nationalities(Shipped.DEMONYMS);
  }

  /**
   * The ISO 3166-1 alpha-3 code of the state whose people {@code demonym} names, from the shipped
   * table ("Latvian" and "Latvians" are {@code LVA}), or null when it names no one state ("Kurdish",
   * "Korean") or is no demonym. For stages that read a demonym inside a longer name, which this
   * stage leaves to that name: "the Latvian Constitutional Court" is an organization of Latvia.
   */
  public static String country(String demonym) {
    Demonyms.Group group = demonym == null ? null : Shipped.DEMONYMS.find(demonym);
    return group == null ? null : group.code();
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITY_CANDIDATES);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document doc) {
    Draft draft = new Draft(doc);
    for (Mention candidate : doc.entityCandidates()) {
      int first = draft.tokenAt(candidate.span().start());
      int end = draft.tokenEnd(first, candidate.span());
      if (end == first + 1 && draft.tag(first).startsWith("PRP")) {
        continue;
      }
      for (Mention piece : splitAtLineBreaks(draft, candidate, first, end)) {
        if (!isTableHeader(draft, piece)) {
          draft.add(nationalities.retype(piece));
        }
      }
    }
    Consistency.vote(draft);
    Acronyms.apply(draft);
    Consistency.propagate(draft);
    nationalities.addUntagged(draft);
    List<Mention> mentions = new ArrayList<>(draft.mentions);
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return doc.withEntities(mentions);
  }

  /**
   * Whether a name is a row of column abbreviations ("W L T PTS"): three or more words, each of
   * one to three capital letters. Sports and statistics tables glued to the text make taggers
   * call such rows organizations.
   */
  private static boolean isTableHeader(Draft draft, Mention m) {
    if (!Draft.isName(m.type())) {
      return false;
    }
    int first = draft.tokenAt(m.span().start());
    int end = draft.tokenEnd(first, m.span());
    if (end - first < 3) {
      return false;
    }
    for (int i = first; i < end; i++) {
      String word = draft.word(i);
      if (word.length() > 3 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** The name split into its lines; amounts and names on one line are returned as they are. */
  private static List<Mention> splitAtLineBreaks(Draft draft, Mention m, int first, int end) {
    if (!Draft.isName(m.type()) || m.text().indexOf('\n') < 0 || end <= first) {
      return List.of(m);
    }
    List<Mention> pieces = new ArrayList<>(2);
    int start = first;
    for (int i = first; i < end; i++) {
      if (i + 1 == end || draft.doc.text().substring(draft.tokens.get(i).span().end(),
          draft.tokens.get(i + 1).span().start()).indexOf('\n') >= 0) {
        pieces.add(draft.mention(start, i + 1, m.type(), m.subtype(), m.normalized()));
        start = i + 1;
      }
    }
    return pieces;
  }
}
