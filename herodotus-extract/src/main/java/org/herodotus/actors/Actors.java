package org.herodotus.actors;

import java.util.List;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.pipeline.Stage;

/**
 * The actor layer: one {@link Actor} per real-world actor of the article, with all its mentions
 * merged and its CAMEO code. In order:
 *
 * <ol>
 *   <li>{@link Origins}: the words that name a state (nationalities from the entity layer,
 *       countries and capitals from the place layer), a region or a known organisation or armed
 *       group ({@code names.tsv}: "IS", "ISIS", "Daesh" are all Islamic State);
 *   <li>{@link Phrases}: references — names, noun phrases headed by an agent noun
 *       ({@code agents.tsv}: "Turkish border guards" {@code TURCOP}, "officials in Europe"
 *       {@code EURGOV}, "a 26-year-old Saudi national" {@code SAUCVL}), known people
 *       ({@code people.tsv}, {@link Leaders}: "President Obama" {@code USAGOV} in 2015,
 *       {@code USAELI} in 2019), definite descriptions and pronouns. A country only says where after "in", "into", "from" ... and is then no actor;
 *   <li>{@link Coreference}: "he", "the man", "the group", "the militants" and appositions are
 *       linked to their antecedents where the evidence is clear;
 *   <li>{@link Cast}: references with the same name, state or code, or linked, become one actor.
 * </ol>
 *
 * <p>Every mention span runs from the phrase's first modifier to its head and never past the head
 * ("officials" for "officials in Europe"; "Hungarian and Romanian officials" for Hungary's and
 * "Romanian officials" for Romania's officials): the actors of a head token are those with a
 * mention ending where the token ends.
 *
 * <p>Reads {@link Layer#TOKENS} (words, lemmas, Penn tags), {@link Layer#ENTITIES} and
 * {@link Layer#PLACES}; adds {@link Layer#ACTORS}, in order of first mention, ids {@code a1},
 * {@code a2}, ... Thread-safe: the knowledge is immutable and each call works on its own lists.
 */
public final class Actors implements Stage {

  private final ActorKnowledge knowledge;

  /** The stage with the knowledge shipped with Herodotus. */
  public Actors() {
    this(ActorKnowledge.shipped());
  }

  /** The stage with the given knowledge (own or extended tables, {@link ActorKnowledge#parse}). */
  public Actors(ActorKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.ENTITIES, Layer.PLACES);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public Document apply(Document doc) {
    List<Reference> refs = new Phrases(doc, knowledge).all();
    Links links = new Links(refs.size());
    Coreference.link(doc, refs, links);
    return doc.withActors(Cast.of(refs, links));
  }
}
