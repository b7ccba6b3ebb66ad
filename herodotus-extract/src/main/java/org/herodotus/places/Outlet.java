package org.herodotus.places;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.gazetteer.Names;
import org.herodotus.model.Metadata;

/**
 * Where the outlet that published an article is at home, from its web address. Its country from
 * the country-code top-level domain: {@code www.irishtimes.ie} is in Ireland, {@code bbc.co.uk} in
 * the United Kingdom; generic domains ({@code .com}, {@code .org}) and country codes sold as vanity
 * names ({@code .tv}, {@code .io}) say nothing. Its town from a town's name opening the address:
 * {@code www.dallasnews.com} is a Dallas paper, {@code www.columbuslocalnews.com} a Columbus one,
 * {@code www.newyorker.com} a New York one. Local news names its own town's neighbours without
 * saying where they are, so the town is context for them. Outlets whose address names no town
 * ("ajc.com", the Atlanta Journal-Constitution) are in a table ({@link KnownOutlets}).
 */
final class Outlet {

  /** Least population of a town taken from an address: towns that have papers of their own. */
  static final long HOME_TOWN_POPULATION = 10_000;
  private static final int SHORTEST_TOWN_NAME = 4;
  /** Words before a town's name in an address: {@code theparisnews}, {@code onlineathens}, {@code mysanantonio}. */
  private static final List<String> ADDRESS_PREFIXES = List.of("www.", "the", "online", "my");

  /** Country codes that are mostly bought for their letters, not by outlets of that country. */
  private static final Set<String> VANITY = Set.of("ai", "am", "cc", "co", "fm", "io", "me", "ly", "tv", "ws", "to", "gg", "la");

  private Outlet() {}

  /** The ISO 3166-1 alpha-2 code of the outlet's country, when its url has a country's domain. */
  static Optional<String> country(Metadata meta, Gazetteer gazetteer) {
    String host = host(meta);
    if (host == null) {
      return Optional.empty();
    }
    String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String code = tld.equals("uk") ? "gb" : tld;
    if (code.length() != 2 || VANITY.contains(code)) {
      return Optional.empty();
    }
    String cc = code.toUpperCase(Locale.ROOT);
    return gazetteer.country(cc).map(c -> cc);
  }

  /**
   * The towns the outlet's address may be named after: the populated places of at least {@value
   * #HOME_TOWN_POPULATION} people, in the outlet's country when its domain names one, whose name
   * (of one or two words, spaces left out) opens the address's first label after "www.", "the",
   * "online" or "my"; the longest such name wins. Empty when none does. Which of the towns it is
   * the article's context decides. For outlets of the table, {@link #knownTown} is asked first.
   */
  static List<GeoName> towns(Metadata meta, Gazetteer gazetteer) {
    String host = host(meta);
    if (host == null) {
      return List.of();
    }
    String label = host.toLowerCase(Locale.ROOT);
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (String prefix : ADDRESS_PREFIXES) {
        if (label.startsWith(prefix) && label.length() > prefix.length() + SHORTEST_TOWN_NAME) {
          label = label.substring(prefix.length());
          stripped = true;
        }
      }
    }
    int dot = label.indexOf('.');
    label = dot < 0 ? label : label.substring(0, dot);
    String country = country(meta, gazetteer).orElse(null);
    for (int end = label.length(); end >= SHORTEST_TOWN_NAME; end--) {
      String head = label.substring(0, end);
      for (int split = 0; split < end; split++) {
        if (split > 0 && split < 2) {
          continue; // a name's first word has two letters or more: "la" in "lasvegas"
        }
        String name = split == 0 ? head : head.substring(0, split) + " " + head.substring(split);
        String key = Names.key(name);
        List<GeoName> towns = gazetteer.lookup(name).stream()
            .filter(g -> g.isPopulatedPlace() && g.population() >= HOME_TOWN_POPULATION
                && Names.key(g.name()).equals(key) && (country == null || g.countryCode().equals(country)))
            .toList();
        if (!towns.isEmpty()) {
          return towns;
        }
      }
    }
    return List.of();
  }

  /**
   * The home town of an outlet of the table {@code outlets.tsv} ({@link KnownOutlets}): the most
   * populous populated place of the table's name in its country and state; empty for other outlets,
   * and when the gazetteer lacks the town.
   */
  static Optional<GeoName> knownTown(Metadata meta, Gazetteer gazetteer) {
    String host = host(meta);
    if (host == null) {
      return Optional.empty();
    }
    return KnownOutlets.shipped().town(host).flatMap(town -> town(town, gazetteer));
  }

  /** The gazetteer's entry for a town of the table. */
  static Optional<GeoName> town(KnownOutlets.Town town, Gazetteer gazetteer) {
    String key = Names.key(town.name());
    return gazetteer.lookup(town.name()).stream()
        .filter(g -> g.isPopulatedPlace() && g.countryCode().equals(town.countryCode())
            && (town.admin1Code().isEmpty() || g.admin1Code().equals(town.admin1Code()))
            && (Names.key(g.name()).equals(key) || g.population() >= Lookup.LARGE_CITY))
        .max(Comparator.comparingLong(GeoName::population));
  }

  /** The host of the article's address, or null when it has none or no well-formed one. */
  private static String host(Metadata meta) {
    String url = meta.url();
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null; // not a well-formed address: no evidence either way
    }
  }
}
