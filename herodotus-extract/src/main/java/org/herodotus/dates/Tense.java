package org.herodotus.dates;

import java.util.Set;
import org.herodotus.model.Span;

/**
 * Whether an expression points before or after the publication date, judged from the verb group
 * nearest to it in its sentence (first to the left, then to the right), as news writers rely on
 * tense to anchor a bare "Friday" or "in March": "said Friday" looks back, "will meet Friday" and
 * "plans to leave Friday" look ahead. Uses Penn Treebank tags.
 */
final class Tense {

  /** Where an expression points relative to the publication date. */
  enum Direction { PAST, FUTURE, PRESENT, UNKNOWN }

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d");
  private static final Set<String> FUTURE_CUES = Set.of("next", "coming", "upcoming", "tomorrow", "until");
  private static final int REACH = 15;

  private Tense() {}

  /** The direction of the expression at {@code span}. */
  static Direction of(Context ctx, Span span) {
    int first = ctx.tokenAt(span.start());
    int end = ctx.tokenEnd(span.end());
    if (first >= ctx.tokens.size()) {
      return Direction.UNKNOWN;
    }
    Direction cue = cues(ctx, first);
    if (cue != Direction.UNKNOWN) {
      return cue;
    }
    int start = ctx.sentenceStart(first);
    for (int i = first - 1; i >= start && i >= first - REACH; i--) {
      if (isVerb(ctx.tag(i))) {
        return group(ctx, i, start, ctx.sentenceEnd(first));
      }
    }
    int stop = ctx.sentenceEnd(first);
    for (int i = end; i < stop && i < end + REACH; i++) {
      if (isVerb(ctx.tag(i))) {
        return group(ctx, i, start, stop);
      }
    }
    return Direction.UNKNOWN;
  }

  /** Phrases just before the expression that fix its direction whatever the verb. */
  private static Direction cues(Context ctx, int first) {
    String w1 = ctx.word(first - 1);
    String w2 = ctx.word(first - 2);
    String w3 = ctx.word(first - 3);
    if (w3.equals("as") && (w2.equals("early") || w2.equals("soon") || w2.equals("late")) && w1.equals("as")) {
      return Direction.FUTURE;
    }
    if (FUTURE_CUES.contains(w1)) {
      return Direction.FUTURE;
    }
    if (w1.equals("since") || w1.equals("ago")) {
      return Direction.PAST;
    }
    return Direction.UNKNOWN;
  }

  /** Classifies the verb group around token {@code v}: auxiliaries, adverbs, "to". */
  private static Direction group(Context ctx, int v, int start, int stop) {
    int lo = v;
    while (lo - 1 >= start && inGroup(ctx, lo - 1)) {
      lo--;
    }
    int hi = v + 1;
    while (hi < stop && inGroup(ctx, hi)) {
      hi++;
    }
    boolean past = false;
    boolean present = false;
    boolean participle = false;
    for (int i = lo; i < hi; i++) {
      String word = ctx.word(i);
      String tag = ctx.tag(i);
      if (FUTURE_MODALS.contains(word) || tag.equals("TO") && isVerb(ctx.tag(i + 1))
          || word.equals("going") && ctx.word(i + 1).equals("to")) {
        return Direction.FUTURE;
      }
      boolean perfect = tag.startsWith("VB") && ctx.tokens.get(i).lemma().equals("have");
      past |= tag.equals("VBD") || perfect;
      participle |= tag.equals("VBN");
      present |= (tag.equals("VBZ") || tag.equals("VBP")) && !perfect;
    }
    if (past || participle && !present) {
      return Direction.PAST;
    }
    return present ? Direction.PRESENT : Direction.UNKNOWN;
  }

  private static boolean inGroup(Context ctx, int i) {
    String tag = ctx.tag(i);
    return isVerb(tag) || tag.equals("RB") || tag.equals("TO") || ctx.word(i).equals("not");
  }

  private static boolean isVerb(String tag) {
    return tag.startsWith("VB") || tag.equals("MD");
  }
}
