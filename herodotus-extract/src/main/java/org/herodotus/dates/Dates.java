package org.herodotus.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.pipeline.Stage;

/**
 * The final TIMEX3 layer: the tagger's candidates, repaired, completed and normalized against
 * the publication date.
 *
 * <p>Reads {@link Layer#TOKENS} (words and Penn tags, for tense) and {@link Layer#TIME_CANDIDATES}
 * (a tagger's expressions, such as SUTime's); adds {@link Layer#TIMES}, sorted by span, with no
 * two expressions overlapping. In order:
 *
 * <ol>
 *   <li>{@link Extents}: drops ages and adverbs that are no TIMEX3 ("previously", "once"), splits
 *       candidates at line breaks, and takes in left-out modifiers ("fiscal 1989", "the late
 *       1970s");
 *   <li>{@link Finder} and {@link Quarters}: adds what the tagger misses ("mid-2014", "the '80s",
 *       "fourth-quarter", "the year-ago period");
 *   <li>{@link Anchoring}: places "Friday", "in March", "Aug. 6" and "the weekend" before or after
 *       the publication date by tense;
 *   <li>{@link Normalizer}: TimeML values for "two years ago" ({@code 1996}), "the 1970s"
 *       ({@code 197}), "the 20th century" ({@code 19}), vague spans and mods;
 *   <li>{@link Quarters#resolve}: values "the quarter" and, in earnings reports, "a year ago" by
 *       the quarter under discussion.
 * </ol>
 *
 * <p>The only anchor is {@code doc.meta().published()}; when it is {@code null}, relative
 * expressions keep the tagger's value. Thread-safe and stateless; loads nothing.
 */
public final class Dates implements Stage {

  private static final Comparator<TimeExpression> BY_SPAN = Comparator.comparing(TimeExpression::span);

  public Dates() {}

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.TIME_CANDIDATES);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public Document apply(Document doc) {
    Context ctx = new Context(doc);
    var ages = Extents.ages(ctx.text);
    List<TimeExpression> times = new ArrayList<>();
    Span outlet = outletOf(doc);
    for (TimeExpression candidate : doc.timeCandidates()) {
      if (outlet == null || !outlet.overlaps(candidate.span())) {
        times.addAll(Extents.repair(ctx, candidate, ages));
      }
    }
    times = merge(times, Finder.find(ctx));
    times = merge(times, Quarters.find(ctx));
    times = merge(times, Quarters.findReferences(ctx));
    times.sort(BY_SPAN);
    List<TimeExpression> normalized = new ArrayList<>(times.size());
    for (TimeExpression t : times) {
      normalized.add(Normalizer.normalize(ctx, Anchoring.anchor(ctx, t)));
    }
    return doc.withTimes(withoutOverlaps(Quarters.resolve(ctx, normalized)));
  }

  /**
   * Where the dateline names its outlet ("KABUL (Frontier Daily) –"): a name, so "Daily" or
   * "Weekly" in it is no time expression. Null when there is none.
   */
  private static Span outletOf(Document doc) {
    Dateline dateline = doc.meta().dateline();
    if (dateline == null || dateline.outlet() == null) {
      return null;
    }
    int at = doc.textOf(dateline.span()).indexOf(dateline.outlet());
    return at < 0 ? null : new Span(dateline.span().start() + at, dateline.span().start() + at + dateline.outlet().length());
  }

  /**
   * Adds {@code found} to {@code times}: a found expression replaces the ones it contains and
   * gives way to one it only overlaps.
   */
  private static List<TimeExpression> merge(List<TimeExpression> times, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (TimeExpression f : found) {
      boolean clash = false;
      for (TimeExpression t : out) {
        if (t.span().overlaps(f.span()) && !f.span().contains(t.span())) {
          clash = true;
          break;
        }
      }
      if (!clash) {
        out.removeIf(t -> f.span().contains(t.span()));
        out.add(f);
      }
    }
    return out;
  }

  /** Sorted by span; of overlapping expressions the first (the longer on equal starts) stays. */
  private static List<TimeExpression> withoutOverlaps(List<TimeExpression> times) {
    List<TimeExpression> sorted = new ArrayList<>(times);
    sorted.sort(BY_SPAN);
    List<TimeExpression> out = new ArrayList<>(sorted.size());
    int end = -1;
    for (TimeExpression t : sorted) {
      if (t.span().start() >= end) {
        out.add(t);
        end = t.span().end();
      }
    }
    return out;
  }
}
