package org.herodotus.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gazetteer held in hash maps: for tests, for small user gazetteers, and as the shape the
 * loaders fill. Lookup returns entries most important first: countries, then admin-1 regions, then
 * the project's macro-regions, then everything else by descending population.
 */
public final class InMemoryGazetteer implements Gazetteer {

  /**
   * Countries, then admin-1 regions, then the project's macro-regions (negative ids, code {@code
   * RGN}: "the Levant" before a village called Levant), then everything else by descending
   * population; ties by id.
   */
  static final Comparator<GeoName> IMPORTANCE = Comparator
      .comparingInt((GeoName g) -> g.isCountry() ? 0 : g.isAdmin1() ? 1 : g.isMacroRegion() ? 2 : 3)
      .thenComparing(Comparator.comparingLong(GeoName::population).reversed())
      .thenComparingLong(GeoName::geonameId);

  private final Map<String, List<GeoName>> byKey;
  private final Map<String, GeoName> countries;
  private final Map<String, GeoName> admin1s;
  private final Map<String, GeoName> demonyms;
  private final int size;

  private InMemoryGazetteer(Map<String, List<GeoName>> byKey, Map<String, GeoName> countries,
      Map<String, GeoName> admin1s, Map<String, GeoName> demonyms, int size) {
    this.byKey = byKey;
    this.countries = countries;
    this.admin1s = admin1s;
    this.demonyms = demonyms;
    this.size = size;
  }

  /**
   * A gazetteer of {@code entries}, each findable by its name and by the alternate names given for
   * its id, and of the demonyms given for each country code.
   */
  public static InMemoryGazetteer of(Collection<GeoName> entries, Map<Long, ? extends Collection<String>> alternateNames,
      Map<String, String> demonymToCountryCode) {
    Map<String, Set<GeoName>> keyed = new HashMap<>();
    Map<String, GeoName> countries = new HashMap<>();
    Map<String, GeoName> admin1s = new HashMap<>();
    for (GeoName entry : entries) {
      keyed.computeIfAbsent(Names.key(entry.name()), k -> new LinkedHashSet<>()).add(entry);
      Collection<String> alternates = alternateNames.get(entry.geonameId());
      for (String alternate : alternates == null ? List.<String>of() : alternates) {
        keyed.computeIfAbsent(Names.key(alternate), k -> new LinkedHashSet<>()).add(entry);
      }
      if (entry.isCountry()) {
        countries.putIfAbsent(entry.countryCode(), entry);
      } else if (entry.isAdmin1()) {
        admin1s.putIfAbsent(entry.countryCode() + "." + entry.admin1Code(), entry);
      }
    }
    Map<String, List<GeoName>> byKey = new HashMap<>(keyed.size() * 2);
    keyed.forEach((key, set) -> {
      List<GeoName> sorted = new ArrayList<>(set);
      sorted.sort(IMPORTANCE);
      byKey.put(key, List.copyOf(sorted));
    });
    Map<String, GeoName> demonyms = new HashMap<>();
    demonymToCountryCode.forEach((demonym, code) -> {
      GeoName country = countries.get(code);
      if (country != null) {
        demonyms.put(Names.key(demonym), country);
      }
    });
    return new InMemoryGazetteer(byKey, countries, admin1s, demonyms, entries.size());
  }

  @Override
  public List<GeoName> lookup(String name) {
    return byKey.getOrDefault(Names.key(name), List.of());
  }

  @Override
  public Optional<GeoName> country(String countryCode) {
    return Optional.ofNullable(countries.get(countryCode));
  }

  @Override
  public Optional<GeoName> admin1(String countryCode, String admin1Code) {
    return Optional.ofNullable(admin1s.get(countryCode + "." + admin1Code));
  }

  @Override
  public Optional<GeoName> countryOfDemonym(String word) {
    return Optional.ofNullable(demonyms.get(Names.key(word)));
  }

  @Override
  public int size() {
    return size;
  }
}
