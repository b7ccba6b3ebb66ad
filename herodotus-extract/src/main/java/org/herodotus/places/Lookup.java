package org.herodotus.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.gazetteer.Names;

/**
 * The gazetteer as one document sees it: each name is looked up once per document, and candidates
 * are classed by how well known they are. Not thread-safe; one per document.
 */
final class Lookup {

  /** Countries whose second-level divisions news names bare: counties ({@link #knownDivision}). */
  private static final Set<String> KNOWN_COUNTIES = Set.of("US", "GB", "IE");

  /** Populated places at least this large are well known enough to be taken without a tagger's word. */
  static final long LARGE_CITY = 100_000;

  final Gazetteer gazetteer;
  private final Map<String, List<GeoName>> cache = new HashMap<>();

  Lookup(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The gazetteer's entries for {@code name}, most important first; a name opening with "Mt." or
   * "Ft." also finds the entries of its spelled-out form ("Mt. Pleasant": Mount Pleasant, Iowa,
   * whose alternate names lack the short one). Not "St.": the saints' names are too many.
   */
  List<GeoName> candidates(String name) {
    return cache.computeIfAbsent(name, this::lookupWithLongForm);
  }

  private List<GeoName> lookupWithLongForm(String name) {
    List<GeoName> found = gazetteer.lookup(name);
    String longForm = longForm(name);
    List<String> areas = Words.AREA_ABBREVIATIONS.getOrDefault(name, List.of());
    if (longForm == null && areas.isEmpty()) {
      return found;
    }
    List<GeoName> merged = new ArrayList<>(found);
    if (longForm != null) {
      for (GeoName g : gazetteer.lookup(longForm)) {
        if (!merged.contains(g)) {
          merged.add(g);
        }
      }
    }
    for (String area : areas) {
      String key = Names.key(area);
      for (GeoName g : gazetteer.lookup(area)) {
        if ((g.isCountry() || g.isAdmin1()) && !merged.contains(g) && primary(g, key)) {
          merged.add(g);
        }
      }
    }
    merged.sort(Comparator.comparingDouble(Entries::importance).reversed());
    return merged;
  }

  /** Whether {@code g} is an area that {@code name}, an abbreviation ({@link Words#AREA_ABBREVIATIONS}), stands for. */
  static boolean abbreviates(String name, GeoName g) {
    List<String> areas = Words.AREA_ABBREVIATIONS.get(name);
    if (areas == null || !(g.isCountry() || g.isAdmin1())) {
      return false;
    }
    String own = Names.key(g.name());
    return areas.stream().anyMatch(a -> Names.key(a).equals(own));
  }

  /**
   * Countries whose place names English writes in several romanizations of Arabic, Persian or
   * Pashto: the Arab League's members, Iran, Afghanistan and Pakistan.
   */
  private static final Set<String> ROMANIZED = Set.of("AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY",
      "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE", "SO", "DJ", "KM", "IR", "AF", "PK");

  /**
   * The places of those countries ({@link #ROMANIZED}) that {@code name} names in another
   * romanization: the final {@code -a} of Arabic feminine names written {@code -ah} or {@code -eh}
   * and back ("Adhamiya", "Adhamiyah"), {@code ou} and {@code oo} for {@code u}, {@code ee} for
   * {@code i} ("Khan Shaykhoun"), {@code o} for {@code u} ("Bala Boluk"), and doubled consonants
   * written once. Elsewhere such rewrites
   * would turn names into others ("Savanna", "Savannah"). For names the tagger calls locations
   * and the gazetteer lacks under their own spelling only: recognition does not use it, or "Al
   * Jazeera" the broadcaster would be a place (Al Jazirah, Sudan).
   */
  List<GeoName> romanized(String name) {
    List<GeoName> found = new ArrayList<>();
    for (String variant : romanizations(name)) {
      for (GeoName g : gazetteer.lookup(variant)) {
        if (ROMANIZED.contains(g.countryCode()) && !found.contains(g)) {
          found.add(g);
        }
      }
    }
    found.sort(Comparator.comparingDouble(Entries::importance).reversed());
    return found;
  }

  /** Other romanizations of {@code name} ({@link #romanized}); none for names of fewer than four letters. */
  static List<String> romanizations(String name) {
    String key = Names.key(name);
    if (key.length() < 4 || !key.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == ' ')) {
      return List.of();
    }
    List<String> variants = new ArrayList<>();
    if (key.endsWith("ah") || key.endsWith("eh")) {
      variants.add(key.substring(0, key.length() - 2) + "a");
    } else if (key.endsWith("a")) {
      variants.add(key + "h");
    }
    String vowels = key.replace("ou", "u").replace("oo", "u").replace("ee", "i")
        .replaceAll("([bcdfghjklmnpqrstvwxz])\\1", "$1");
    if (vowels.indexOf('o') >= 0) {
      variants.add(vowels.replace('o', 'u')); // Persian and Pashto o and u: "Bala Boluk", "Bala Buluk"
    }
    if (!vowels.equals(key)) {
      variants.add(vowels);
      if (vowels.endsWith("ah") || vowels.endsWith("eh")) {
        variants.add(vowels.substring(0, vowels.length() - 2) + "a");
      } else if (vowels.endsWith("a")) {
        variants.add(vowels + "h");
      }
    }
    return variants;
  }

  /** {@code name} with an opening "Mt." or "Ft." spelled out, or null when it opens with neither. */
  static String longForm(String name) {
    int space = name.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String first = name.substring(0, space).replace(".", "");
    String word = switch (first) {
      case "Mt", "MT" -> "Mount";
      case "Ft", "FT" -> "Fort";
      default -> null;
    };
    return word == null ? null : word + name.substring(space);
  }

  /**
   * Whether {@code name} is a US county or a parish written without the word: "Prince William",
   * "Pointe Coupee", "DuPage".
   */
  boolean countyWithoutItsWord(String name) {
    return candidates(name + " County").stream().anyMatch(g -> g.isAdmin2() && g.countryCode().equals("US"))
        || candidates(name + " Parish").stream().anyMatch(GeoName::isAdmin2);
  }

  /** Whether an entry is a country, a first-level division or a project-defined region. */
  static boolean isArea(GeoName g) {
    return g.isCountry() || g.isAdmin1() || isRegion(g);
  }

  /**
   * Macro-regions and other areas that are neither countries nor first-level divisions ("Middle
   * East", "the Levant", "Kurdistan Region"). The default gazetteer gives its own entries negative
   * ids, countries and divisions included; its regions have feature code {@code RGN}. Its small US
   * towns of the ZIP codes have negative ids too, and are populated places, not regions.
   */
  static boolean isRegion(GeoName g) {
    return !g.isCountry() && !g.isAdmin1() && !g.isAdmin2() && !g.featureClass().equals("S") // not an airport
        && !g.isPopulatedPlace()
        && (g.featureCode().equals("RGN") || g.featureCode().equals("CONT") || g.geonameId() <= 0);
  }

  /**
   * Whether some entry for {@code name} is an area, a county ("Laurel County", "Surrey"), or a populated
   * place of {@code minPopulation} under that very name. With {@code alternates}, a large town known by it as an alternate name
   * also counts ("Raqqa" for Ar Raqqah); without, alternate names of towns, which include codes and
   * foreign spellings ("Hamas" for Hamm), do not.
   */
  boolean known(String name, long minPopulation, boolean alternates) {
    return known(name, minPopulation, alternates, true);
  }

  /** As {@link #known(String, long, boolean)}, counting counties only if {@code counties}. */
  boolean known(String name, long minPopulation, boolean alternates, boolean counties) {
    String key = null;
    for (GeoName g : candidates(name)) {
      if (isArea(g) || (counties && g.isAdmin2() && knownDivision(g))) {
        return true;
      }
      if (g.isPopulatedPlace() && g.population() >= minPopulation) {
        if (alternates && g.population() >= LARGE_CITY) {
          return true;
        }
        key = key == null ? Names.key(name) : key;
        if (primary(g, key)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a second-level division is known well enough for its name alone to be a place: a US
   * county ("Laurel County") or a British or Irish county ("Surrey", "Clare"). Elsewhere such names
   * include common words ("Mountain", "Centro", "Capital"), so they are places only where the
   * tagger says so.
   */
  private static boolean knownDivision(GeoName g) {
    return g.name().indexOf(' ') > 0 || KNOWN_COUNTIES.contains(g.countryCode());
  }

  /** Whether {@code g} is known by the name of key {@code nameKey} as its own name, not an alternate one. */
  static boolean primary(GeoName g, String nameKey) {
    String own = Names.key(g.name());
    return own.equals(nameKey) || abbreviated(own).equals(abbreviated(nameKey));
  }

  /** A name key with "mount", "fort", "saint" and "sainte" written short: "Mt. Pleasant" is Mount Pleasant's own name. */
  private static String abbreviated(String key) {
    return (" " + key + " ").replace(" mount ", " mt ").replace(" fort ", " ft ").replace(" saint ", " st ")
        .replace(" sainte ", " ste ").strip();
  }
}
