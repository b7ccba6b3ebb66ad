package org.herodotus.store;

import java.util.List;

/**
 * One actor across the stored articles: the mentions of one CAMEO code that names one actor (a
 * country, a state organ such as {@code IRQMIL}, a group such as {@code IMGMUSISI}), or else of one
 * name (no code, an unknown country as in {@code ---GOV}, or a sector of a country such as
 * {@code GBRMED}, which both the Guardian and Reuters have).
 * What an actor page and an actor list show.
 *
 * @param key the code, or else the name: what {@link Store#actor} takes and an event query's actor
 *     filter matches
 * @param name the name it goes by most often
 * @param code the CAMEO actor code, or {@code null}
 * @param type the actor type most often given ({@code STATE_ORGAN}, {@code GROUP}…), or {@code null}
 * @param country the ISO alpha-3 country most often given, or {@code null}
 * @param aliases the names it goes by, most frequent first (at most {@value #MAX_ALIASES})
 * @param documents in how many articles it appears
 * @param mentions how often it is mentioned in all
 */
public record ActorSummary(String key, String name, String code, String type, String country, List<String> aliases,
    long documents, long mentions) {

  /** The most aliases a summary lists. */
  public static final int MAX_ALIASES = 25;

  public ActorSummary {
    aliases = List.copyOf(aliases);
  }
}
