package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Event;
import org.herodotus.model.Layer;
import org.herodotus.model.Mode;
import org.herodotus.model.Participant;
import org.herodotus.model.Quote;
import org.herodotus.model.QuoteKind;
import org.herodotus.model.Span;
import org.herodotus.pipeline.Stage;

/**
 * Who says so: the article's quotes, reported speech, beliefs and positions, each with its
 * speaker, cue, content, the chain of sources to the publisher and its hedges; events inside such
 * content become reported, claimed, negated or hypothetical and point to it.
 *
 * <p>In order: {@link DirectQuotes} finds quoted stretches in any quote style and the cue of
 * speech next to each; {@link Reports} finds reported speech in the dependency parse ("said that",
 * "…, the Guardian reported", "according to", "wants to", "voiced concern that", from the cue
 * lexicon {@code cues.tsv}); {@link Chains} links speakers to actors ("he" to the actor the Actors
 * stage merged it with) and builds the chain speaker → cited outlet → publisher. A pronoun
 * speaker is resolved only as far as the Actors stage resolved it: no coreference of its own.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#ENTITIES} and {@link Layer#ACTORS}; uses the
 * dependency parse and the events when the document has them. Without a parse
 * ({@code --no-parse}) it still finds direct quotes (their speaker from the words beside the cue)
 * and "according to X" reports, but no other reported speech. Adds {@link Layer#QUOTES} in text
 * order and returns the events with their attribution filled. Thread-safe: the lexicon is
 * immutable and each call works on its own lists.
 */
public final class Attribution implements Stage {

  private final Cues cues;

  /** The stage with the cue lexicon shipped with Herodotus. */
  public Attribution() {
    this(Cues.shipped());
  }

  /**
   * The stage with {@code cues}.
   *
   * @throws IllegalArgumentException if {@code cues} is null
   */
  public Attribution(Cues cues) {
    if (cues == null) {
      throw new IllegalArgumentException("Attribution needs a cue lexicon; use Cues.shipped()");
    }
    this.cues = cues;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITIES, Layer.ACTORS);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public Document apply(Document doc) {
    Graph[] graphs = new Graph[doc.sentences().size()];
    List<Span> stretches = QuoteMarks.stretches(doc.text());
    List<Integer> cueTokens = new ArrayList<>();
    List<Found> found = new ArrayList<>(new DirectQuotes(doc, cues, i -> graph(doc, graphs, i)).find(stretches, cueTokens));
    List<Span> taken = new ArrayList<>(found.stream().map(Found::content).toList());
    for (Found colon : Colons.find(doc, taken)) {
      found.add(colon);
      taken.add(colon.content());
    }
    List<Found> around = new ArrayList<>();
    Set<Integer> animate = animate(doc);
    for (int i = 0; i < graphs.length; i++) {
      for (Found report : Reports.find(graph(doc, graphs, i), cues, taken, cueTokens, around, animate)) {
        Found widened = report.withContent(widened(report, stretches));
        found.add(widened);
        taken.add(widened.content());
      }
    }
    for (Found a : around) {
      for (int i = 0; i < found.size(); i++) {
        Found f = found.get(i);
        if (f.cue() != null && f.via() == null && a.content().overlaps(f.content()) && a.content().contains(f.cue()) && a.speaker() != null) {
          found.set(i, f.withVia(a.speaker()));
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f.content().start()));
    Chains chains = new Chains(doc);
    List<Quote> quotes = new ArrayList<>();
    for (Found f : found) {
      Participant speaker = chains.speaker(f);
      quotes.add(new Quote(f.content(), doc.textOf(f.content()), kind(f.content(), stretches), speaker, f.cue(),
          chains.chain(f, speaker), f.hedges()));
    }
    return doc.withQuotes(quotes, attributed(doc.events(), found));
  }

  private static Graph graph(Document doc, Graph[] graphs, int i) {
    if (graphs[i] == null) {
      graphs[i] = new Graph(doc, doc.sentences().get(i));
    }
    return graphs[i];
  }

  /** Where mentions of people, groups and organizations end: entities and actors that can hold a view. */
  private static Set<Integer> animate(Document doc) {
    Set<Integer> ends = new HashSet<>();
    for (Mention m : doc.entities()) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
        ends.add(m.span().end());
      }
    }
    for (Actor a : doc.actors()) {
      a.mentions().forEach(m -> ends.add(m.end()));
    }
    return ends;
  }

  /** The content grown to the quote marks of the quotations it begins or ends inside. */
  private static Span widened(Found f, List<Span> stretches) {
    Span content = f.content();
    for (Span s : stretches) {
      boolean edge = s.contains(new Span(content.start(), content.start() + 1)) || s.contains(new Span(content.end() - 1, content.end()));
      if (s.overlaps(content) && edge && (f.cue() == null || !s.overlaps(f.cue()))) {
        content = new Span(Math.min(content.start(), s.start()), Math.max(content.end(), s.end()));
      }
    }
    return content;
  }

  /** Direct when quote marks enclose the whole content, mixed when they enclose part of it. */
  private static QuoteKind kind(Span content, List<Span> stretches) {
    int quoted = 0;
    for (Span s : stretches) {
      if (s.overlaps(content)) {
        quoted += Math.min(s.end(), content.end()) - Math.max(s.start(), content.start());
      }
    }
    if (quoted == 0) {
      return QuoteKind.INDIRECT;
    }
    return quoted >= content.length() - 2 || startsAndEndsQuoted(content, stretches) ? QuoteKind.DIRECT : QuoteKind.MIXED;
  }

  private static boolean startsAndEndsQuoted(Span content, List<Span> stretches) {
    boolean starts = stretches.stream().anyMatch(s -> s.start() == content.start());
    boolean ends = stretches.stream().anyMatch(s -> s.end() == content.end());
    return starts && ends;
  }

  /** The events, each inside a quote's content pointing to the innermost such quote, with its mode. */
  private static List<Event> attributed(List<Event> events, List<Found> found) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      int best = -1;
      for (int i = 0; i < found.size(); i++) {
        Span content = found.get(i).content();
        if (found.get(i).entry() != Cue.STANCE && content.contains(e.trigger()) && (best < 0 || found.get(best).content().contains(content))) {
          best = i;
        }
      }
      out.add(best < 0 ? e : e.attributed(best, mode(e.mode(), found.get(best).entry())));
    }
    return out;
  }

  /** The mode of an event the text gives as {@code own}, inside content introduced by {@code cue}. */
  static Mode mode(Mode own, Cue cue) {
    Cue.Implies implies = cue == null ? Cue.Implies.REPORTED : cue.implies();
    boolean factual = own == Mode.ASSERTED || own == Mode.REPORTED;
    return switch (implies) {
      case REPORTED -> own == Mode.ASSERTED ? Mode.REPORTED : own;
      case CLAIMED, BELIEVED -> factual ? Mode.CLAIMED : own;
      case NEGATED -> factual || own == Mode.CLAIMED ? Mode.NEGATED : own;
      case HYPOTHETICAL -> factual || own == Mode.CLAIMED ? Mode.HYPOTHETICAL : own;
    };
  }
}
