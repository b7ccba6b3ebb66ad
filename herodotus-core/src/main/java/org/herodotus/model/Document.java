package org.herodotus.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An article and the annotation layers added to it so far. Immutable: a stage returns a new
 * document from one of the {@code with...} methods and never changes a layer another stage made.
 *
 * <p>All spans are UTF-16 indices into {@link #text()}.
 */
public record Document(
    Metadata meta,
    String text,
    List<Token> tokens,
    List<Sentence> sentences,
    List<Mention> entityCandidates,
    List<Mention> entities,
    List<TimeExpression> timeCandidates,
    List<TimeExpression> times,
    List<Place> places,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes,
    Set<Layer> layers) {

  public Document {
    if (meta == null || text == null) {
      throw new IllegalArgumentException("a document needs metadata and text");
    }
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    entityCandidates = List.copyOf(entityCandidates);
    entities = List.copyOf(entities);
    timeCandidates = List.copyOf(timeCandidates);
    times = List.copyOf(times);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    layers = layers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(layers));
  }

  /** A document with text and metadata and no annotation yet. */
  public static Document of(Metadata meta, String text) {
    return new Document(meta, text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());
  }

  public String id() {
    return meta.id();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** The characters a span covers. */
  public String textOf(Span span) {
    return span.of(text);
  }

  /**
   * The index of the token that holds character {@code offset} or, between tokens, of the next one:
   * the first token that ends after {@code offset}; {@code tokens().size()} when none does.
   * Binary search: tokens are in text order.
   */
  public int tokenAt(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  public Document withMeta(Metadata newMeta) {
    return new Document(newMeta, text, tokens, sentences, entityCandidates, entities, timeCandidates, times, places, actors, events, quotes, layers);
  }

  /** Adds {@link Layer#TOKENS}, and {@link Layer#DEPENDENCIES} when {@code parsed}. */
  public Document withTokens(List<Token> newTokens, List<Sentence> newSentences, boolean parsed) {
    Set<Layer> added = parsed ? EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES) : EnumSet.of(Layer.TOKENS);
    return new Document(meta, text, newTokens, newSentences, entityCandidates, entities, timeCandidates, times, places, actors, events, quotes, plus(added));
  }

  public Document withEntityCandidates(List<Mention> candidates) {
    return new Document(meta, text, tokens, sentences, candidates, entities, timeCandidates, times, places, actors, events, quotes, plus(EnumSet.of(Layer.ENTITY_CANDIDATES)));
  }

  public Document withEntities(List<Mention> mentions) {
    return new Document(meta, text, tokens, sentences, entityCandidates, mentions, timeCandidates, times, places, actors, events, quotes, plus(EnumSet.of(Layer.ENTITIES)));
  }

  public Document withTimeCandidates(List<TimeExpression> candidates) {
    return new Document(meta, text, tokens, sentences, entityCandidates, entities, candidates, times, places, actors, events, quotes, plus(EnumSet.of(Layer.TIME_CANDIDATES)));
  }

  public Document withTimes(List<TimeExpression> newTimes) {
    return new Document(meta, text, tokens, sentences, entityCandidates, entities, timeCandidates, newTimes, places, actors, events, quotes, plus(EnumSet.of(Layer.TIMES)));
  }

  public Document withPlaces(List<Place> newPlaces) {
    return new Document(meta, text, tokens, sentences, entityCandidates, entities, timeCandidates, times, newPlaces, actors, events, quotes,
        plus(EnumSet.of(Layer.PLACES)));
  }

  public Document withActors(List<Actor> newActors) {
    return new Document(meta, text, tokens, sentences, entityCandidates, entities, timeCandidates, times, places, newActors, events, quotes,
        plus(EnumSet.of(Layer.ACTORS)));
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(meta, text, tokens, sentences, entityCandidates, entities, timeCandidates, times, places, actors, newEvents, quotes,
        plus(EnumSet.of(Layer.EVENTS)));
  }

  /** Adds {@link Layer#QUOTES}; {@code newEvents} are the events with their attribution filled. */
  public Document withQuotes(List<Quote> newQuotes, List<Event> newEvents) {
    return new Document(meta, text, tokens, sentences, entityCandidates, entities, timeCandidates, times, places, actors, newEvents, newQuotes,
        plus(EnumSet.of(Layer.QUOTES)));
  }

  private Set<Layer> plus(Set<Layer> added) {
    EnumSet<Layer> all = EnumSet.noneOf(Layer.class);
    all.addAll(layers);
    all.addAll(added);
    return all;
  }
}
