package org.herodotus.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.gazetteer.Names;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * Chooses one gazetteer entry for each toponym of a document, in passes over the whole document:
 *
 * <ol>
 *   <li>importance: population, then countries before divisions before towns, capitals before
 *       other towns; the text's own hints ("Province", "the city of") filter the candidates, and an
 *       "X, Y" pair ("Albany, New York", "Paris, Texas") keeps the X that lies in Y, leaving X
 *       unresolved when none does;
 *   <li>document context: the countries and first-level divisions that the article's other names
 *       (the dateline's among them) resolved to, countries and divisions weighing double, the
 *       countries of its nationality words ("Syrian"), and the outlet's home country and town by
 *       its web address ({@link Outlet}: "Arlington" in www.dallasnews.com is the Texan one);
 *   <li>proximity: towns near the other towns of the article and the outlet's town;
 *   <li>consistency: one sense per name per article, unless the text qualifies a mention;
 *   <li>sites: a street, building or site the gazetteer lacks ("Royal Street", "Dulles
 *       International Airport") lies in the town the article puts it in, at town precision, as
 *       does any name the gazetteer lacks whose town the text states ("Greenlane, Auckland",
 *       "London's Hyde Park").
 * </ol>
 *
 * <p>A county ("Laurel County") is the gazetteer's county of that name when it has one, in the
 * state the article is about (by the votes above and an "X County, Ga." container); else it is
 * placed at its namesake town only in a state the article is about, and is otherwise left
 * unresolved, as a namesake elsewhere would be a misleading guess. Not thread-safe; one per document.
 */
final class Resolution {

  private static final int MAX_CANDIDATES = 60;
  /**
   * What stands between a place and the town it lies in: "in", or a part's word and "of" or "in"
   * ("the Hardeetown area of Chiefland", "Adhamiya district in Baghdad").
   */
  private static final Pattern WITHIN = Pattern.compile(
      "\\s+(?:(?:area|district|neighbou?rhood|suburb|section|quarter|village|camp|refugee camp|township)\\s+(?:of|in)|in)\\s+(?:the\\s+)?");
  /** What stands between a town and a place of it: "London's Hyde Park". */
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\s+");
  /** What follows a name that a list goes on after: ", Masi", " and Lindemans". */
  private static final Pattern LIST_GOES_ON = Pattern.compile("(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)\\p{Lu}");
  /** How far from a city a town may lie and still be the town an "X, City" names. */
  private static final double QUARTER_KM = 50;
  /** The word right after a name: "University" after "Howard". */
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
  /** The end of a sentence and the start of the next. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s+[\"'\u201c\u2018(]?\\p{Lu}");
  /** Last words of natural features often named after a town ({@link #featureNamesakes}). */
  private static final Set<String> NAMESAKE_FEATURES = Set.of("river", "lake", "creek", "falls", "valley");
  /** Rounds of voting: each name's choice is revised with the others' current choices. */
  private static final int CONTEXT_ROUNDS = 2;
  private static final double COUNTRY_WEIGHT = 6;
  private static final double ADMIN1_WEIGHT = 8;
  private static final double CONTAINER_BONUS = 6;
  /** How far from a large city's point a place named with it ("Queens, New York") may lie to be a part of it. */
  private static final double IN_CITY_KM = 25;
  /** What a city holding the place before it gains over a division holding it too. */
  private static final double CITY_CONTAINER_BONUS = 4;
  private static final double AREA_VOTE = 2;
  /**
   * How much more a name's vote weighs per natural-log unit of its mentions: "Indiana" five times
   * outweighs the neighbouring states listed once ("Boone County" beside them is Indiana's).
   */
  private static final double REPEAT_WEIGHT = 0.5;
  /**
   * The most a division's support adds to a town known by the name only as an alternate, or whose
   * name is a country's or division's too.
   */
  private static final double WEAK_TOWN_SUPPORT = 3;
  /**
   * Towns smaller than this gain at most {@link #WEAK_TOWN_SUPPORT} from their state when a city
   * of {@value Lookup#LARGE_CITY} people or more bears their name: "Charleston" beside the Bronx is
   * not the hamlet on Staten Island. Towns of unknown size (the ZIP-code towns) are left out: they
   * are real local towns as often as not.
   */
  private static final long HAMLET = 3_000;
  /** A town this large is known the world over by its name ("Paris", "Toronto", "Melbourne"). */
  private static final long WORLD_CITY = 1_000_000;
  /** Towns smaller than this named like a world city are meant only with their state's or a neighbour's support. */
  private static final long SMALL_NAMESAKE = 10_000;
  /**
   * The weight of the outlet's home country ({@link Outlet}): an outlet under a country's domain
   * writes mostly about that country, so its home counts as two countries named in the text.
   */
  private static final double OUTLET_VOTE = 4;
  /** What a known outlet's town gains when the article names it: a container's worth. */
  private static final double OUTLET_TOWN_BONUS = CONTAINER_BONUS;
  /** What a division loses to its large namesake seat: "Aleppo" unqualified is the city. */
  private static final double SEAT_MALUS = 2.5;
  /** What a candidate of the same kind as the names listed beside it gains (a town among towns). */
  private static final double LIST_WEIGHT = 2;
  /** How far a name's best town must lead its best area, or the reverse, for it to set a list's kind. */
  private static final double CLEAR_KIND = 2;
  /** How far from a county's point a town of the article may lie to count as in it. */
  private static final double COUNTY_TOWN_KM = 30;
  private static final double COUNTY_TOWN_BONUS = 2;
  /** What a town gains per other name of the article that may lie near it ({@link #neighbours}). */
  private static final double CLUSTER_WEIGHT = 0.5;
  private static final int MAX_NEIGHBOURS = 3;
  private static final int NEIGHBOUR_NAMESAKES = 15;
  private static final double NEIGHBOUR_KM = 50;

  private final Lookup lookup;
  private final List<Toponym> toponyms;
  private final List<List<GeoName>> candidates = new ArrayList<>();
  /** Per toponym and candidate, the score that does not depend on the other choices. */
  private final List<double[]> priors = new ArrayList<>();
  private final String[] keys;
  private final int[] container;
  private final int[] contained;
  private final GeoName[] chosen;
  /** Per toponym, the toponyms listed next to it ("Los Angeles, Miami, New York and Detroit"), else empty. */
  private final List<List<Integer>> listNeighbours = new ArrayList<>();
  /** Per toponym, whether a town of {@value Lookup#LARGE_CITY} people or more bears its name as its own. */
  private final boolean[] cityNamesake;
  /** Per toponym: whether a town of {@value #WORLD_CITY} people or more bears its name as its own. */
  private final boolean[] worldCityNamesake;
  /** Per toponym: the countries of the countries and first-level divisions that bear its name as their own ("New York"). */
  private final List<Set<String>> areaOwnsName = new ArrayList<>();
  /** Per toponym, the toponym naming it with "County" or "Parish" after ("DeKalb County" for "DeKalb"), else -1. */
  private final int[] namesCounty;
  /** Per toponym, whether a country or first-level division bears its name as its own. */
  private final boolean[] namesArea;
  /** The towns the outlet's address may be named after ({@link Outlet#towns}), and the one the article's context picks. */
  private final List<GeoName> outletTowns;
  private GeoName outletTown;
  /** The town of an outlet of the table ({@link KnownOutlets}), else null. */
  private final GeoName knownOutletTown;
  /**
   * Per toponym, whether it is a river, lake or other natural feature the gazetteer lacks, found
   * through the town it is named after ({@link #featureNamesakes}): taken only in a state
   * the article is about, and no vote of its own.
   */
  private final boolean[] throughNamesake;
  /** Per toponym, whether it is a small town inside an organization's name ({@link #smallTownInAName}). */
  private final boolean[] onlySmallTowns;
  /** Whether {@link #fallbackByPart} last found a feature through its namesake. */
  private boolean namesakeFound;
  /** Whether the last lookup found a bay, river, island or the like through the large town opening its name. */
  private boolean featureFound;
  /** Per toponym: a bay, river, island or the like found through the large town opening its name ("Manila Bay"). */
  private final boolean[] featureByATown;
  /** The name inside a toponym's whose entries {@link #fallbackByPart} last gave, else null. */
  private String lookedUp;
  private final Map<String, Double> fixedCountryVotes = new HashMap<>();
  /** Each distinct name's current choice, which votes. */
  private Map<String, GeoName> votersByKey = Map.of();
  /** Each distinct name's vote weight: names the article repeats weigh more. */
  private Map<String, Double> voteWeights = Map.of();
  private Map<String, Double> countryVotes = Map.of();
  private Map<String, Double> admin1Votes = Map.of();
  private double totalVotes;

  private Resolution(Document doc, List<Toponym> toponyms, Lookup lookup) {
    this.lookup = lookup;
    this.toponyms = toponyms;
    int n = toponyms.size();
    keys = new String[n];
    container = new int[n];
    contained = new int[n];
    chosen = new GeoName[n];
    throughNamesake = new boolean[n];
    featureByATown = new boolean[n];
    onlySmallTowns = new boolean[n];
    Arrays.fill(container, -1);
    Arrays.fill(contained, -1);
    for (int i = 0; i < n; i++) {
      keys[i] = Names.key(toponyms.get(i).name());
    }
    for (int i = 0; i < n; i++) {
      Toponym t = toponyms.get(i);
      candidates.add(filtered(t, keys[i]));
      if (keys[i].equals("republic") && doc.text().regionMatches(true, Math.max(0, t.span().start() - 4), "the ", 0, 4)) {
        candidates.set(i, theRepublic(i));
      }
      throughNamesake[i] = namesakeFound;
      featureByATown[i] = featureFound;
      featureFound = false;
      onlySmallTowns[i] = smallTownInAName(doc.text(), t, candidates.get(i));
      namesakeFound = false;
      if (lookedUp != null) {
        // "Newark Live Bait" is found as Newark: it is a mention of that name, not another place beside it.
        keys[i] = Names.key(lookedUp);
        lookedUp = null;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n && onlySmallTowns[i]; j++) {
        // "Ozark Dodge" where the article names Ozark itself is that town, "Cavan Institute" beside
        // Cavan County Council the town of that county
        Toponym other = toponyms.get(j);
        onlySmallTowns[i] = other.source() == Toponym.Source.EMBEDDED && other.hint() == Hint.NONE || !keys[j].equals(keys[i]);
      }
    }
    cityNamesake = new boolean[n];
    worldCityNamesake = new boolean[n];
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      cityNamesake[i] = candidates.get(i).stream()
          .anyMatch(g -> g.isPopulatedPlace() && g.population() >= Lookup.LARGE_CITY && Lookup.primary(g, key));
      worldCityNamesake[i] = candidates.get(i).stream()
          .anyMatch(g -> g.isPopulatedPlace() && g.population() >= WORLD_CITY && Lookup.primary(g, key));
      areaOwnsName.add(lookup.candidates(toponyms.get(i).name()).stream()
          .filter(g -> (g.isCountry() || g.isAdmin1()) && Lookup.primary(g, key))
          .map(GeoName::countryCode).collect(java.util.stream.Collectors.toSet()));
    }
    namesCounty = new int[n];
    Arrays.fill(namesCounty, -1);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n && toponyms.get(i).hint() == Hint.NONE; j++) {
        if (keys[j].equals(keys[i] + " county") || keys[j].equals(keys[i] + " parish")) {
          // "DeKalb" where the article names DeKalb County: the county, or its namesake town in it
          namesCounty[i] = j;
          onlySmallTowns[i] = false;
          List<GeoName> with = new ArrayList<>(candidates.get(i));
          candidates.get(j).stream().filter(g -> g.isAdmin2() && !with.contains(g)).forEach(with::add);
          candidates.set(i, with);
          break;
        }
      }
    }
    namesArea = new boolean[n];
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      namesArea[i] = candidates.get(i).stream().anyMatch(g -> (g.isCountry() || g.isAdmin1()) && Lookup.primary(g, key));
    }
    for (int i = 0; i + 1 < n; i++) {
      if (joined(doc.text(), toponyms.get(i).span(), toponyms.get(i + 1).span()) && !listed(i)
          && !(i + 2 < n && listedAfter(doc.text(), toponyms.get(i + 1).span(), toponyms.get(i + 2).span()))) {
        container[i] = i + 1;
        contained[i + 1] = i;
        List<GeoName> own = candidates.get(i);
        String areaKey = keys[i + 1];
        boolean inList = (i > 0 && joined(doc.text(), toponyms.get(i - 1).span(), toponyms.get(i).span()))
            || (i + 2 < n && joined(doc.text(), toponyms.get(i + 1).span(), toponyms.get(i + 2).span())
                && !countryOfArea(i + 2, i + 1));
        List<GeoName> areas = candidates.get(i + 1).stream()
            .filter(a -> (a.isCountry() || a.isAdmin1()) && Lookup.primary(a, areaKey)).toList();
        if (!inList && listed(i + 1) && !areas.isEmpty()
            && areas.stream().noneMatch(area -> own.stream().anyMatch(c -> Entries.contains(area, c)))) {
          // "Turkey, Texas" when the gazetteer has no Turkey in Texas: not the country, nor one in New Jersey.
          candidates.set(i, List.of());
        } else if (!inList && !own.isEmpty() && quarterOfACity(own, candidates.get(i + 1), areaKey)) {
          // "Lewisham, London" when the gazetteer lacks the borough: not the suburb of Sydney
          candidates.set(i, List.of());
        }
      }
    }
    for (int i = 0; i < n; i++) {
      List<GeoName> list = candidates.get(i);
      double[] p = new double[list.size()];
      for (int k = 0; k < p.length; k++) {
        p[k] = prior(i, list.get(k));
      }
      priors.add(p);
    }
    // Once per distinct list of candidates: a name repeated with the same candidates shares its bonuses.
    Map<List<GeoName>, double[]> clusterByCandidates = new HashMap<>();
    for (int i = 0; i < n; i++) {
      // A town named like a state or country ("Kansas", Illinois) gains nothing from its neighbours.
      if (namesArea[i]) {
        continue;
      }
      int at = i;
      double[] cluster = clusterByCandidates.computeIfAbsent(candidates.get(i), list -> {
        double[] c = new double[list.size()];
        for (int m = 0; m < c.length; m++) {
          c[m] = CLUSTER_WEIGHT * neighbours(at, list.get(m));
        }
        return c;
      });
      double[] p = priors.get(i);
      for (int k = 0; k < p.length; k++) {
        p[k] += cluster[k];
      }
    }
    for (int i = 0; i < n; i++) {
      List<Integer> next = new ArrayList<>();
      boolean qualified = container[i] >= 0 || contained[i] >= 0; // "Washington, D.C." says what it is
      if (!qualified && i > 0 && listSeparated(doc.text(), toponyms.get(i - 1).span(), toponyms.get(i).span())) {
        next.add(i - 1);
      }
      if (!qualified && i + 1 < n && listSeparated(doc.text(), toponyms.get(i).span(), toponyms.get(i + 1).span())) {
        next.add(i + 1);
      }
      listNeighbours.add(next);
    }
    // The outlet's country counts as one more place of the article there.
    Outlet.country(doc.meta(), lookup.gazetteer).ifPresent(cc -> fixedCountryVotes.merge(cc, OUTLET_VOTE, Double::sum));
    Optional<GeoName> known = Outlet.knownTown(doc.meta(), lookup.gazetteer);
    List<GeoName> towns = known.map(List::of).orElseGet(() -> Outlet.towns(doc.meta(), lookup.gazetteer));
    // When the article names the outlet's town itself ("Paris" in the Paris Beacon), the article's
    // context decides which it is; a second, separate vote would only echo the largest namesake.
    // A known outlet's town is no guess: its name in the article is that town ("Springfield" in MassLive).
    knownOutletTown = known.orElse(null);
    outletTowns = towns.isEmpty() || (known.isEmpty() && Arrays.asList(keys).contains(Names.key(towns.get(0).name())))
        ? List.of() : towns;
    for (Mention m : doc.entities()) {
      if (m.type() == EntityType.NATIONALITY) {
        lookup.gazetteer.countryOfDemonym(m.text()).ifPresent(c -> fixedCountryVotes.merge(c.countryCode(), 0.5, Math::max));
      }
    }
  }

  /** The places of {@code toponyms}, in the same order. */
  static List<Place> resolve(Document doc, List<Toponym> toponyms, Lookup lookup) {
    Resolution r = new Resolution(doc, toponyms, lookup);
    r.choose(false, false);
    for (int round = 0; round < CONTEXT_ROUNDS; round++) {
      r.vote();
      r.choose(true, false);
    }
    r.vote();
    r.choose(true, true);
    r.consistent();
    r.sites(doc.text());
    List<Place> places = new ArrayList<>(toponyms.size());
    for (int i = 0; i < toponyms.size(); i++) {
      places.add(r.place(doc, i));
    }
    return places;
  }

  /**
   * Whether toponym {@code i} is an area listed before the next ("Colorado, Georgia, Illinois"),
   * not a town that the next name contains: its most important entry is a country or division
   * (a division whose large seat bears its name counts as that town: "Erbil, Kurdistan Region").
   */
  private boolean listed(int i) {
    GeoName best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (GeoName g : candidates.get(i)) {
      double s = Entries.importance(g) - ((g.isAdmin1() || g.isAdmin2()) && Entries.hasSeat(candidates.get(i), g) ? SEAT_MALUS : 0);
      if (s > top) {
        top = s;
        best = g;
      }
    }
    return best != null && (best.isCountry() || best.isAdmin1());
  }

  /**
   * Whether a toponym found inside an organization's name can only be a town of fewer than {@value
   * Lookup#LARGE_CITY} people, and the name is one that places lend to bodies elsewhere: a
   * university's, court's or agency's ("Howard University", "Superior Court", "Tata Institute"), or
   * a firm's after a hyphen ("Kimberly-Clark"). Such a name meets a small town only by chance, so
   * like a feature named after a town it is taken only in a state the article is about, unless the
   * article names the town, or its county, outside such names too. A fire department or a selectman
   * names its town.
   */
  private static boolean smallTownInAName(String text, Toponym t, List<GeoName> candidates) {
    if (t.source() != Toponym.Source.EMBEDDED || candidates.isEmpty()
        || !candidates.stream().allMatch(g -> g.isPopulatedPlace() && g.population() < Lookup.LARGE_CITY)) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(text).region(t.span().end(), text.length());
    boolean lent = next.lookingAt() && Words.LENT_NAMES.contains(next.group(1).toLowerCase(Locale.ROOT));
    return lent || t.span().start() > 0 && text.charAt(t.span().start() - 1) == '-';
  }

  /**
   * Whether the towns a name may be ({@code own}) are all small and far from the large city that
   * its container may be, a container no area bears the name of: "Lewisham, London" names a quarter
   * of London the gazetteer lacks, while "Martinsville, Virginia" is no quarter of the South African
   * city.
   */
  private static boolean quarterOfACity(List<GeoName> own, List<GeoName> container, String containerKey) {
    List<GeoName> cities = container.stream()
        .filter(c -> c.isPopulatedPlace() && c.population() >= Lookup.LARGE_CITY && Lookup.primary(c, containerKey)).toList();
    boolean area = container.stream().anyMatch(c -> (Lookup.isArea(c) || c.isAdmin2()) && Lookup.primary(c, containerKey));
    return !cities.isEmpty() && !area && own.stream().allMatch(g -> g.isPopulatedPlace() && g.population() < Lookup.LARGE_CITY
        && cities.stream().allMatch(c -> Entries.km(g.lat(), g.lon(), c.lat(), c.lon()) > QUARTER_KM));
  }

  /**
   * Whether toponym {@code j} may be a country holding a division toponym {@code i} may be:
   * "Stroud, Ontario, Canada" is a chain of containers, not a list of three.
   */
  private boolean countryOfArea(int j, int i) {
    for (GeoName country : candidates.get(j)) {
      if (country.isCountry()) {
        for (GeoName area : candidates.get(i)) {
          if (area.isAdmin1() && area.countryCode().equals(country.countryCode())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a third name follows the second as the next of a list: "Washington, New York and
   * Boston" lists three cities; "Albany, New York, and" does not end there either, but "Albany, New
   * York, on Monday" does. Only "and", "or" or a comma (and one of these after it) between.
   */
  private static boolean listedAfter(String text, Span second, Span third) {
    return listSeparated(text, second, third) && !text.substring(second.end(), third.start()).strip().equals(",");
  }

  /** Whether a comma, "and" or "or" (or a comma and one of these) stands between two names. */
  private static boolean listSeparated(String text, Span first, Span second) {
    String between = text.substring(first.end(), second.start()).strip();
    return between.equals(",") || between.equals("and") || between.equals("or") || between.equals(", and")
        || between.equals(", or");
  }

  /**
   * What candidate {@code c} gains from the names listed beside it: lists are of one kind, so in
   * "Los Angeles, Miami, New York and Detroit" New York is the city and in "Georgia, Illinois, New
   * York, Ohio" the state. Towns and areas (countries, divisions, regions) are the kinds.
   */
  private double listKind(int i, GeoName c) {
    List<Integer> next = listNeighbours.get(i);
    if (next.isEmpty()) {
      return 0;
    }
    double agree = 0;
    for (int j : next) {
      Boolean town = clearKind(j);
      if (town != null) {
        agree += town == c.isPopulatedPlace() ? 1 : -1;
      }
    }
    return LIST_WEIGHT * agree / next.size();
  }

  /**
   * Whether toponym {@code j} is by its text alone clearly a town (true) or an area (false): its
   * best candidate of the one kind leads the best of the other by {@value #CLEAR_KIND}; else null
   * ("Washington" may be either).
   */
  private Boolean clearKind(int j) {
    double town = Double.NEGATIVE_INFINITY;
    double area = Double.NEGATIVE_INFINITY;
    List<GeoName> list = candidates.get(j);
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k).isPopulatedPlace()) {
        town = Math.max(town, priors.get(j)[k]);
      } else {
        area = Math.max(area, priors.get(j)[k]);
      }
    }
    return town >= area + CLEAR_KIND ? Boolean.TRUE : area >= town + CLEAR_KIND ? Boolean.FALSE : null;
  }

  /** Whether only a comma or an opening bracket stands between two names: "Albany, New York". */
  private static boolean joined(String text, Span first, Span second) {
    String between = text.substring(first.end(), second.start()).strip();
    return between.equals(",") || between.equals("(");
  }

  /**
   * The entries a toponym may be: none for a bare compass word ("the West"); those of its name;
   * else those of the county it names without the word ("Miami-Dade"); for a name that is not a
   * street's ("Memphis Street" is none of Memphis's), those of a country, division or
   * large town opening it ("London Bridge"), of its name
   * without a compass word ("East Texas"), of a country, division, county or large town closing it
   * ("Republican Orange County"), or of the longest other name of the article inside it
   * ("Tijuana River" when Tijuana is mentioned), or of the town a river or lake is named after
   * ({@link #featureNamesakes}). Kept: those fitting its hint, or all when none
   * does; not, for an abbreviation ("BA"), a town that has it only as an alternate name.
   */
  private List<GeoName> filtered(Toponym t, String key) {
    if (Words.DIRECTIONS.contains(Words.bare(t.name()))) {
      return List.of(); // "the West", "Western": no one place
    }
    List<GeoName> ocean = lookup.candidates(t.name() + " Ocean").stream().filter(Lookup::isRegion).toList();
    if (!ocean.isEmpty() && t.source() != Toponym.Source.GAZETTEER && t.source() != Toponym.Source.EMBEDDED) {
      return ocean; // "the Pacific" the tagger calls a location is the ocean, not Pacific, Missouri
    }
    Optional<GeoName> nation = t.source() == Toponym.Source.GIVEN ? lookup.gazetteer.countryOfDemonym(t.name()) : Optional.empty();
    // A given span may be a nationality word ("Israeli", "Canadian"), which names its country, not
    // the town in Texas named so.
    List<GeoName> all = nation.isPresent() ? List.of(nation.get()) : lookup.candidates(t.name());
    if (all.isEmpty() && (t.source() == Toponym.Source.LOCATION || t.source() == Toponym.Source.GIVEN
        || t.source() == Toponym.Source.DATELINE)) {
      all = lookup.romanized(t.name());
    }
    if (all.stream().allMatch(GeoName::placedAtItsAdmin1)) {
      // A district known only by its province competes with what the name's parts find, not
      // instead of it: "Windsor Castle" is the castle in Windsor, not the Jamaican district.
      List<GeoName> parts = fallback(t.name(), key).stream().filter(g -> !g.placedAtItsAdmin1()).toList();
      if (!parts.isEmpty()) {
        all = new ArrayList<>(all);
        all.addAll(parts);
      }
    }
    boolean abbreviation = t.name().length() <= 4 && t.name().chars().noneMatch(Character::isLowerCase);
    List<GeoName> kept = new ArrayList<>();
    List<GeoName> eligible = new ArrayList<>();
    for (GeoName g : all) {
      if (abbreviation && !Lookup.isArea(g) && (!Lookup.primary(g, key) || acronymOfATown(t, g))) {
        continue;
      }
      if (eligible.size() < MAX_CANDIDATES) {
        eligible.add(g);
      }
      boolean fits = switch (t.hint()) {
        case ADMIN1 -> g.isAdmin1() || Lookup.isRegion(g);
        case CITY -> g.isPopulatedPlace();
        case COUNTY, DISTRICT -> g.isPopulatedPlace() || g.featureCode().equals("ADM2");
        case NONE -> true;
      };
      if (fits && kept.size() < MAX_CANDIDATES) {
        kept.add(g);
      }
    }
    // Nothing fits the hint: the word after was no designator of this name ("the U.S. capital", "a U.S. county").
    return kept.isEmpty() ? eligible : kept;
  }

  /**
   * Whether {@code t} is two or three capitals ("EU", "AU", "US") and town {@code g} writes the same
   * letters in lower case ("Eu", "Au", "Us"): the acronym of a body or country, not the town. A
   * dateline writes its town in capitals ("ROME"), so not there.
   */
  private static boolean acronymOfATown(Toponym t, GeoName g) {
    return t.source() != Toponym.Source.DATELINE && t.name().length() <= 3 && !g.name().equals(t.name());
  }

  private List<GeoName> fallback(String name, String key) {
    for (String designator : List.of(" County", " Parish")) {
      List<GeoName> counties = lookup.candidates(name + designator).stream().filter(GeoName::isAdmin2).toList();
      if (!counties.isEmpty()) {
        return counties; // "Miami-Dade", "Pointe Coupee": a county or parish named without the word
      }
    }
    return fallbackByPart(name, key);
  }

  /** The entries of a name inside {@code name}, which {@link #lookedUp} then holds. */
  private List<GeoName> fallbackByPart(String name, String key) {
    if (isStreet(name)) {
      // "Memphis Street" in Jackson is no part of Memphis: streets are named after the towns they
      // lead to. It lies in the article's town ({@link #sites}) and says nothing of the state.
      return List.of();
    }
    List<GeoName> joined = hyphenParts(name);
    if (!joined.isEmpty()) {
      return joined;
    }
    for (int end = name.lastIndexOf(' '); end > 0; end = name.lastIndexOf(' ', end - 1)) {
      // "London Bridge", "U.S. District": a country, division or large town opening the name
      String head = name.substring(0, end);
      if (!onlyDirections(head) && !Words.AREA_ABBREVIATIONS.containsKey(head) && !Words.GENERIC_HEADS.contains(Names.key(head))
          && lookup.known(head, Lookup.LARGE_CITY, false)) {
        lookedUp = head;
        // "Manila Bay" lies by Manila in a Philippine story; "Islington Bay" by Auckland is no part of London
        featureFound = Words.FEATURES.contains(Words.bare(name.substring(name.lastIndexOf(' ') + 1)));
        return lookup.candidates(head);
      }
    }
    int start = 0;
    for (int space = name.indexOf(' '); space > 0 && onlyDirections(name.substring(0, space)); space = name.indexOf(' ', space + 1)) {
      start = space + 1; // "East Texas", "north west London"
    }
    if (start > 0 && !generic(name.substring(start))) {
      // "South Boston" is a part of Boston, but "South Pacific" no part of Pacific, Missouri: only
      // areas and towns of some size are parts enough of the news to be named by their quarters.
      List<GeoName> rest = lookup.candidates(name.substring(start)).stream()
          .filter(g -> !g.isPopulatedPlace() || g.population() >= Untagged.MIN_UNTAGGED).toList();
      if (!rest.isEmpty()) {
        lookedUp = name.substring(start);
        return rest;
      }
    }
    for (int begin = name.indexOf(' '); begin > 0 && !Words.PARTY_WORDS.contains(Words.bare(name.substring(0, name.indexOf(' '))));
        begin = name.indexOf(' ', begin + 1)) {
      // "Republican Orange County", "Building Ireland": a country, division, county or large town
      // closing the name; not a party's ("United Russia", "Democratic Georgia")
      String tail = name.substring(begin + 1);
      if (!tail.isEmpty() && !generic(tail) && !onlyDirections(tail) && Character.isUpperCase(tail.charAt(0))
          && lookup.known(tail, Lookup.LARGE_CITY, false)) {
        lookedUp = tail;
        return lookup.candidates(tail);
      }
    }
    String padded = " " + key + " ";
    String inside = null;
    for (String other : keys) {
      if (!other.equals(key) && !other.isEmpty() && padded.contains(" " + other + " ")
          && (inside == null || other.length() > inside.length())) {
        inside = other;
      }
    }
    if (inside != null) {
      for (int j = 0; j < keys.length; j++) {
        if (keys[j].equals(inside)) {
          lookedUp = toponyms.get(j).name();
          return lookup.candidates(lookedUp);
        }
      }
    }
    return featureNamesakes(name);
  }

  /**
   * The towns a river, lake, falls or valley the gazetteer lacks is named after: "Naugatuck
   * River" flows through Naugatuck, "Lake Manassas" lies by Manassas. Such a feature lies near
   * its namesake only in the article's own state, which {@link #score} asks. Not counties, which
   * lend their names to features far off ("Lake Lanier" is nowhere near Lanier County).
   */
  private List<GeoName> featureNamesakes(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return List.of();
    }
    String first = Words.bare(words[0]);
    String last = Words.bare(words[words.length - 1]);
    String core = first.equals("lake") || first.equals("river") ? name.substring(name.indexOf(' ') + 1)
        : NAMESAKE_FEATURES.contains(last) ? name.substring(0, name.lastIndexOf(' ')) : null;
    if (core == null || generic(core) || onlyDirections(core)) {
      return List.of();
    }
    String coreKey = Names.key(core);
    List<GeoName> found = new ArrayList<>();
    for (GeoName g : lookup.candidates(core)) {
      if (g.isPopulatedPlace() && Lookup.primary(g, coreKey)) {
        found.add(g);
      }
    }
    if (!found.isEmpty()) {
      lookedUp = core;
      namesakeFound = true;
    }
    return found;
  }

  /**
   * The entries of one of two places joined by a hyphen ("Athens-Clarke County", "Dallas-Fort
   * Worth"): a county among them, else the first the gazetteer has; none when no hyphen joins two
   * capitalised names or one is a macro-region ("Asia-Pacific").
   */
  private List<GeoName> hyphenParts(String name) {
    int dash = name.indexOf('-');
    if (dash <= 0 || dash + 1 >= name.length() || !Character.isUpperCase(name.charAt(dash + 1))
        || !Character.isUpperCase(name.charAt(0))) {
      return List.of();
    }
    String left = name.substring(0, dash);
    String right = name.substring(dash + 1);
    List<GeoName> leftEntries = generic(left) ? List.of() : lookup.candidates(left);
    List<GeoName> rightEntries = generic(right) ? List.of() : lookup.candidates(right);
    if (leftEntries.stream().anyMatch(Lookup::isRegion) && !rightEntries.isEmpty()
        || rightEntries.stream().anyMatch(Lookup::isRegion) && !leftEntries.isEmpty()) {
      return List.of(); // "Asia-Pacific" is neither Asia nor the town or county of Pacific
    }
    for (String part : List.of(right, left)) { // the county's word, if any, followed the right one
      String county = part.endsWith(" County") ? part : part + " County";
      List<GeoName> counties = lookup.candidates(county).stream().filter(GeoName::isAdmin2).toList();
      if (!counties.isEmpty()) {
        lookedUp = county; // "Athens-Clarke (County)"
        return counties;
      }
    }
    lookedUp = leftEntries.isEmpty() ? right : left;
    return leftEntries.isEmpty() ? rightEntries : leftEntries;
  }

  /** Whether {@code word} is one word of a site or natural feature ("Island", "Centre"), no place's own name. */
  private static boolean generic(String word) {
    return word.indexOf(' ') < 0 && (Words.SITES.contains(Words.bare(word)) || Words.FEATURES.contains(Words.bare(word)));
  }

  /** Whether every word of {@code words} is a compass or size word: "north west", "Greater". */
  private static boolean onlyDirections(String words) {
    for (String word : words.split(" ")) {
      if (!Words.DIRECTIONS.contains(Words.bare(word))) {
        return false;
      }
    }
    return true;
  }

  private void choose(boolean context, boolean proximity) {
    GeoName[] next = new GeoName[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      double best = Double.NEGATIVE_INFINITY;
      List<GeoName> list = candidates.get(i);
      for (int k = 0; k < list.size(); k++) {
        double s = score(i, k, context, proximity);
        if (s > best) {
          best = s;
          next[i] = list.get(k);
        }
      }
    }
    System.arraycopy(next, 0, chosen, 0, chosen.length);
  }

  /** Country and admin-1 votes: one per distinct name, from its current choice. */
  private void vote() {
    Map<String, GeoName> byKey = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    for (int i = 0; i < chosen.length; i++) {
      // An abbreviation's area ("WA", "ACT") needs the article's other names to say its country:
      // it does not vote, lest two abbreviations hold each other up.
      if (chosen[i] != null && !Lookup.abbreviates(toponyms.get(i).name(), chosen[i]) && !throughNamesake[i]) {
        byKey.putIfAbsent(keys[i], chosen[i]);
        mentions.merge(keys[i], 1, Integer::sum);
      }
    }
    Map<String, Double> countries = new HashMap<>(fixedCountryVotes);
    Map<String, Double> admin1s = new HashMap<>();
    for (Map.Entry<String, GeoName> e : byKey.entrySet()) {
      GeoName g = e.getValue();
      double weight = 1 + REPEAT_WEIGHT * Math.log(mentions.get(e.getKey()));
      weights.put(e.getKey(), weight);
      // Areas are the article's explicit frame ("Texas", "Syria"): they weigh more than towns. A
      // town of unknown size is taken only in a country the article's other names point to
      // ({@link #score}), so it does not vote for its own: "Holyrood in Edinburgh" is not in Kansas.
      if (!g.countryCode().isEmpty() && !unknownSize(g)) {
        countries.merge(g.countryCode(), weight * (g.isCountry() ? AREA_VOTE : 1.0), Double::sum);
      }
      if (!g.isCountry() && !g.admin1Code().isEmpty()) {
        admin1s.merge(g.countryCode() + "." + g.admin1Code(), weight * (g.isAdmin1() ? AREA_VOTE : 1.0), Double::sum);
      }
    }
    outletTown = homeTown(countries, admin1s);
    if (outletTown != null) {
      // The outlet's town is one more town of the article: "Arlington" in the Dallas paper.
      countries.merge(outletTown.countryCode(), 1.0, Double::sum);
      admin1s.merge(outletTown.countryCode() + "." + outletTown.admin1Code(), 1.0, Double::sum);
    }
    votersByKey = byKey;
    voteWeights = weights;
    countryVotes = countries;
    admin1Votes = admin1s;
    totalVotes = countries.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * Which of the towns the outlet's address names is its home: the one the article's countries,
   * divisions and towns point to most, by the same weights as a toponym's candidates; null when
   * the address names none.
   */
  private GeoName homeTown(Map<String, Double> countries, Map<String, Double> admin1s) {
    double total = countries.values().stream().mapToDouble(Double::doubleValue).sum();
    GeoName best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (GeoName g : outletTowns) {
      double s = Entries.importance(g) + COUNTRY_WEIGHT * countries.getOrDefault(g.countryCode(), 0.0) / (total + 1)
          + ADMIN1_WEIGHT * admin1s.getOrDefault(g.countryCode() + "." + g.admin1Code(), 0.0) / (total + 1)
          + nearness(-1, g);
      if (s > top) {
        top = s;
        best = g;
      }
    }
    return best;
  }

  /**
   * What the text alone says for candidate {@code c} of toponym {@code i}: its importance, how well
   * it bears the name ({@link #nameFit}), a malus for a division
   * whose large seat has the same name, the "X, Y" containers, and for a county a town of the
   * article in it.
   */
  private double prior(int i, GeoName c) {
    double s = Entries.importance(c) + nameFit(i, c) + (c.equals(knownOutletTown) ? OUTLET_TOWN_BONUS : 0);
    if (c.featureCode().equals("PPLC") && !Lookup.primary(c, keys[i])) {
      s -= Entries.CAPITAL_WEIGHT; // the capital's weight goes with its own name: "Salisbury" is no longer Harare
    }
    Hint hint = toponyms.get(i).hint();
    if ((c.isAdmin1() && hint != Hint.ADMIN1 || c.isAdmin2() && hint != Hint.COUNTY && hint != Hint.DISTRICT) && Entries.hasSeat(candidates.get(i), c)) {
      s -= SEAT_MALUS;
    }
    if (container[i] >= 0 && !c.isCountry()) {
      s += candidates.get(container[i]).stream().anyMatch(k -> Entries.contains(k, c)) ? CONTAINER_BONUS : -2;
    }
    if (contained[i] >= 0 && candidates.get(contained[i]).stream().anyMatch(k -> Entries.contains(c, k))) {
      s += CONTAINER_BONUS; // "Albany, New York" is the state
    } else if (contained[i] >= 0 && Names.key(c.name()).startsWith(keys[i])
        && candidates.get(contained[i]).stream().anyMatch(k -> inCity(k, c))) {
      // "Queens, New York" is the city (its own name opening with the container's), as Queens lies
      // in it: a town holding the place says more than the state that holds it too
      s += CONTAINER_BONUS + CITY_CONTAINER_BONUS;
    }
    if (c.isAdmin2() && townInCounty(i, c)) {
      s += COUNTY_TOWN_BONUS;
    }
    return s;
  }

  /**
   * How many other names of the article (up to {@value #MAX_NEIGHBOURS}) have a town or county
   * within {@value #NEIGHBOUR_KM} km of town {@code c}, whichever they turn out to be: "New London",
   * "Mt. Pleasant" and "Winfield" are three neighbouring towns in Iowa, whatever larger namesakes
   * each has elsewhere. Names with more than {@value #NEIGHBOUR_NAMESAKES} entries ("Springfield")
   * lie near too many places to count.
   */
  private int neighbours(int i, GeoName c) {
    if (!c.isPopulatedPlace() && !c.isAdmin2()) {
      return 0;
    }
    Set<String> counted = new HashSet<>();
    for (int j = 0; j < candidates.size() && counted.size() < MAX_NEIGHBOURS; j++) {
      if (keys[j].equals(keys[i]) || counted.contains(keys[j]) || candidates.get(j).size() > NEIGHBOUR_NAMESAKES) {
        continue;
      }
      for (GeoName o : candidates.get(j)) {
        // A degree of latitude is 111 km: the cheap test first.
        if ((o.isPopulatedPlace() || o.isAdmin2()) && !o.equals(c) && Math.abs(o.lat() - c.lat()) < NEIGHBOUR_KM / 100
            && Entries.km(c.lat(), c.lon(), o.lat(), o.lon()) < NEIGHBOUR_KM) {
          counted.add(keys[j]);
          break;
        }
      }
    }
    return counted.size();
  }

  /**
   * Whether another name of the article may be a town of {@code county}'s state within {@value
   * #COUNTY_TOWN_KM} km of its point, under that town's own name: "Paris and Henry County" is the
   * Henry County that has a Paris.
   */
  private boolean townInCounty(int i, GeoName county) {
    for (int j = 0; j < candidates.size(); j++) {
      if (keys[j].equals(keys[i])) {
        continue;
      }
      for (GeoName g : candidates.get(j)) {
        if (g.isPopulatedPlace() && g.countryCode().equals(county.countryCode())
            && g.admin1Code().equals(county.admin1Code()) && Lookup.primary(g, keys[j])
            && Entries.km(g.lat(), g.lon(), county.lat(), county.lon()) < COUNTY_TOWN_KM) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * +1 for an entry that bears the name as its own; -1 for a town under 100,000 that bears it only
   * as an alternate name, which for small places is often a code, an old or a foreign name
   * ("Washington" for Watervliet); 0 for a large city's alternate name ("Geneva" for Genève).
   */
  private double nameFit(int i, GeoName c) {
    if (Lookup.primary(c, keys[i])) {
      return 1;
    }
    return c.isPopulatedPlace() && c.population() < Lookup.LARGE_CITY ? -1 : 0;
  }

  /**
   * Whether populated place {@code place} lies within {@value #IN_CITY_KM} km of the large city
   * {@code city}: Queens of New York City, not White Plains, 40 km off.
   */
  private static boolean inCity(GeoName place, GeoName city) {
    return city.isPopulatedPlace() && city.population() >= Lookup.LARGE_CITY && place.isPopulatedPlace() && !place.equals(city)
        && Entries.km(place.lat(), place.lon(), city.lat(), city.lon()) <= IN_CITY_KM;
  }

  /** Whether town {@code c} lies in {@code county}'s state within {@value #COUNTY_TOWN_KM} km of its point. */
  private static boolean inCounty(GeoName c, GeoName county) {
    return c.isPopulatedPlace() && c.countryCode().equals(county.countryCode()) && c.admin1Code().equals(county.admin1Code())
        && Entries.km(c.lat(), c.lon(), county.lat(), county.lon()) < COUNTY_TOWN_KM;
  }

  /**
   * What "the Republic" (toponym {@code i}) stands for: Ireland, in an article whose other names
   * are Irish or Northern Irish, as Irish and British news write it ("people from the Republic and
   * Northern Ireland"); else no place (not Republic, Missouri).
   */
  private List<GeoName> theRepublic(int i) {
    for (int j = 0; j < i; j++) {
      GeoName first = candidates.get(j).isEmpty() ? null : candidates.get(j).get(0);
      if (first != null && (first.countryCode().equals("IE") || first.countryCode().equals("GB")
          && first.admin1Code().equals("NIR"))) {
        return lookup.gazetteer.country("IE").map(List::of).orElse(List.of());
      }
    }
    return List.of();
  }

  /** Whether some candidate of toponym {@code i} is an area or bears its name as its own. */
  private boolean nameOwned(int i) {
    for (GeoName g : candidates.get(i)) {
      if (Lookup.isArea(g) || Lookup.primary(g, keys[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a candidate town of toponym {@code i} in {@code country} bears the name as its own. */
  private boolean ownNameTown(int i, String country) {
    for (GeoName g : candidates.get(i)) {
      if (g.isPopulatedPlace() && g.countryCode().equals(country) && Lookup.primary(g, keys[i])) {
        return true;
      }
    }
    return false;
  }

  /** The prior of candidate {@code k} of toponym {@code i}, with the article's context and proximity. */
  private double score(int i, int k, boolean context, boolean proximity) {
    GeoName c = candidates.get(i).get(k);
    double s = priors.get(i)[k];
    if (context && !c.countryCode().isEmpty()) {
      GeoName own = votersByKey.get(keys[i]);
      double ownWeight = voteWeights.getOrDefault(keys[i], 1.0);
      double ownCountry = ownCountryVote(i);
      double total = totalVotes - ownCountry;
      double countrySupport = countrySupport(i, c);
      if ((unknownSize(c) || c.placedAtItsAdmin1()) && countrySupport <= 0) {
        // A town of unknown size (the ZIP-code towns) or a district known only by its province,
        // only in a country the article is about: "Holyrood" in a Scottish story is not the hamlet
        // in Kansas, "Windsor Castle" in a British one not the Jamaican district.
        return Double.NEGATIVE_INFINITY;
      }
      if (countrySupport <= 0 && Lookup.abbreviates(toponyms.get(i).name(), c)) {
        return Double.NEGATIVE_INFINITY; // "WA" is Western Australia only in an article about Australia
      }
      Hint hint = toponyms.get(i).hint();
      if (countrySupport <= 0 && (hint == Hint.DISTRICT || hint == Hint.CITY) && (c.isPopulatedPlace() || c.isAdmin2())
          && c.population() < Lookup.LARGE_CITY && otherCountryNamed(c.countryCode())) {
        // "Bak district", "Maya village" in a story about Afghanistan are no small places of
        // Germany or the Philippines: a designated town or district lies in a country the article names.
        return Double.NEGATIVE_INFINITY;
      }
      if (countrySupport <= 0 && featureByATown[i]) {
        return Double.NEGATIVE_INFINITY; // "Islington Bay" in an Auckland story is no part of London
      }
      s += COUNTRY_WEIGHT * countrySupport / (total + 1);
      if (!c.isCountry() && !c.admin1Code().isEmpty()) {
        // A division gains from the places the article names inside it, as a town from its
        // division's other places: "Georgia" beside Atlanta is the state, not the country.
        double selfAdmin = own != null && !own.isCountry() && own.countryCode().equals(c.countryCode())
            && own.admin1Code().equals(c.admin1Code()) ? ownWeight * (own.isAdmin1() ? AREA_VOTE : 1) : 0;
        double support = admin1Votes.getOrDefault(c.countryCode() + "." + c.admin1Code(), 0.0) - selfAdmin;
        if ((throughNamesake[i] || onlySmallTowns[i]) && support <= 0) {
          return Double.NEGATIVE_INFINITY; // "Lake Hartwell" lies by Hartwell only in a state the article is about
        }
        Toponym.Source source = toponyms.get(i).source();
        if (c.isPopulatedPlace() && c.population() < Lookup.LARGE_CITY && nameFit(i, c) < 0
            && (toponyms.get(i).hint() == Hint.NONE || source == Toponym.Source.DATELINE)
            && areaOwnsName.get(i).contains(c.countryCode())) {
          // "New York" is no alternate name of York, Nebraska, where a state of its country owns it
          return Double.NEGATIVE_INFINITY;
        }
        if (worldCityNamesake[i] && c.isPopulatedPlace() && c.population() < SMALL_NAMESAKE && support <= 0
            && nearness(i, c) == 0) {
          // "a visit to Paris", "the Toronto Congress Centre": a village named after a world city is
          // meant only where the article names its state or a town near it
          return Double.NEGATIVE_INFINITY;
        }
        if (toponyms.get(i).hint() == Hint.COUNTY && c.isPopulatedPlace() && support <= 0) {
          // "Laurel County" is not the town of Laurel; only its namesake in a state the article is
          // about comes near enough, else the county stays unresolved rather than misplaced.
          return Double.NEGATIVE_INFINITY;
        }
        if (toponyms.get(i).hint() == Hint.CITY && nameFit(i, c) < 0 && support <= 0 && nameOwned(i)) {
          // "the city of Turkey": a small town known by the name only as an alternate (New
          // Providence, New Jersey) is taken only in a state the article is about; else the name
          // stays unresolved, as the city meant is one the gazetteer lacks. When no place bears
          // the name as its own, the alternate is the town's other spelling: "the city of Jbeil".
          return Double.NEGATIVE_INFINITY;
        }
        double gain = ADMIN1_WEIGHT * support / (total + 1);
        // A town that bears the name only as an alternate ("Washington" for Watervliet, New York),
        // or that shares it with a country or division ("Wales" in South Yorkshire, "Kansas" in
        // Illinois), gains at most a capital's weight from its state: "England and Wales" is not
        // the Yorkshire town, "Washington, New York and Boston" not Watervliet.
        if (c.isPopulatedPlace() && nameFit(i, c) < 0 && ownNameTown(i, c.countryCode())) {
          gain = 0; // "Maryville" beside Texas is a Maryville elsewhere, not Beeville, once called so
        }
        boolean hamletOfACity = c.isPopulatedPlace() && c.population() > 0 && c.population() < HAMLET && cityNamesake[i];
        s += c.isPopulatedPlace() && (nameFit(i, c) < 0 || namesArea[i] || hamletOfACity) ? Math.min(WEAK_TOWN_SUPPORT, gain) : gain;
      }
    }
    if (proximity && !Lookup.isArea(c)) {
      s += nearness(i, c);
    }
    if (context && namesCounty[i] >= 0 && chosen[namesCounty[i]] != null) {
      // "DeKalb" beside DeKalb County: its namesake town in that county, else the county itself
      GeoName county = chosen[namesCounty[i]];
      boolean townInIt = candidates.get(i).stream().anyMatch(g -> inCounty(g, county));
      s += inCounty(c, county) || !townInIt && c.equals(county) ? CONTAINER_BONUS : 0;
    }
    if (context) {
      s += listKind(i, c);
    }
    return s;
  }

  /** Whether the article's names vote for some country other than {@code countryCode}. */
  private boolean otherCountryNamed(String countryCode) {
    for (Map.Entry<String, Double> vote : countryVotes.entrySet()) {
      if (vote.getValue() > 0 && !vote.getKey().equals(countryCode)) {
        return true;
      }
    }
    return false;
  }

  /** What toponym {@code i}'s own current choice adds to its country's votes. */
  private double ownCountryVote(int i) {
    GeoName own = votersByKey.get(keys[i]);
    return own == null || own.countryCode().isEmpty() || unknownSize(own) ? 0
        : voteWeights.getOrDefault(keys[i], 1.0) * (own.isCountry() ? AREA_VOTE : 1);
  }

  /** The votes of the article's other names (and its outlet and nationality words) for {@code c}'s country. */
  private double countrySupport(int i, GeoName c) {
    GeoName own = votersByKey.get(keys[i]);
    double self = own != null && own.countryCode().equals(c.countryCode()) ? ownCountryVote(i) : 0;
    return countryVotes.getOrDefault(c.countryCode(), 0.0) - self;
  }

  /**
   * 1.5 for a town within 100 km of another town of the article or of the outlet's home town, 0.75
   * within 300 km; {@code i} is the toponym's index, or -1 for the outlet's town itself.
   */
  private double nearness(int i, GeoName c) {
    double nearest = Double.MAX_VALUE;
    for (int j = 0; j < chosen.length; j++) {
      GeoName o = chosen[j];
      if (o != null && (i < 0 || !keys[j].equals(keys[i])) && !Lookup.isArea(o)) {
        nearest = Math.min(nearest, Entries.km(c.lat(), c.lon(), o.lat(), o.lon()));
      }
    }
    if (i >= 0 && outletTown != null && !Names.key(outletTown.name()).equals(keys[i])) {
      nearest = Math.min(nearest, Entries.km(c.lat(), c.lon(), outletTown.lat(), outletTown.lon()));
    }
    return nearest < 100 ? 1.5 : nearest < 300 ? 0.75 : 0;
  }

  /** One sense per name: unqualified mentions of a name take the entry they score best for together. */
  private void consistent() {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < chosen.length; i++) {
      if (toponyms.get(i).hint() == Hint.NONE && container[i] < 0 && contained[i] < 0) {
        byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < chosen.length; i++) {
      List<Integer> group = byKey.get(keys[i]);
      if (group != null && (toponyms.get(i).hint() != Hint.NONE || container[i] >= 0 || contained[i] >= 0) && chosen[i] != null) {
        // A qualified mention ("Paris, Texas") says which sense the name has in this article.
        for (int j : group) {
          if (candidates.get(j).contains(chosen[i])) {
            chosen[j] = chosen[i];
          }
        }
        byKey.remove(keys[i]);
      }
    }
    for (List<Integer> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      Map<GeoName, Double> totals = new HashMap<>();
      for (int i : group) {
        List<GeoName> list = candidates.get(i);
        for (int k = 0; k < list.size(); k++) {
          totals.merge(list.get(k), score(i, k, true, true), Double::sum);
        }
      }
      // An entry ruled out for one mention (an abbreviation with no country support) is ruled out for all.
      GeoName best = totals.entrySet().stream().filter(e -> e.getValue() > Double.NEGATIVE_INFINITY)
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      if (best == null) {
        continue;
      }
      for (int i : group) {
        if (candidates.get(i).contains(best)) {
          chosen[i] = best;
        }
      }
    }
  }

  /**
   * Places each name that has no entry in the town or county the text says it lies in ("Greenlane,
   * Auckland", "Terra Kulture in Lagos", "the Hardeetown area of Chiefland"), and each street,
   * building or site that has no entry ({@link Words#SITES}) at a town of the article: the one the
   * text puts it in, else the one its name contains ("Dublin Veterans Park"), else the nearest town
   * named before it, unless that one was named in an earlier sentence in passing and the article
   * is about another town ({@link #homeTown}: "the Villas at Coffman Park" in a Dublin, Ohio
   * article that named a firm of Toronto), else the first named after it; every mention of a name takes the same town,
   * the stated one if any, else the first mention's. Left unresolved when the article names no town;
   * a division or country as container ("Bradford, Ontario") is too coarse to stand for the place.
   */
  private void sites(String text) {
    GeoName[] towns = new GeoName[chosen.length];
    GeoName home = homeTown();
    // One town per name: the one the text states for some mention, else the first mention's
    // ("Bontddu Hall near Dolgellau" stays there when later paragraphs name Birmingham).
    Map<String, GeoName> statedByKey = new HashMap<>();
    Map<String, GeoName> firstByKey = new HashMap<>();
    for (int i = 0; i < chosen.length; i++) {
      boolean misplaced = chosen[i] != null && (siteNamedLikeATownAbroad(i) || farFromItsPossessor(text, i));
      if (chosen[i] != null && !misplaced || Words.AREA_ABBREVIATIONS.containsKey(toponyms.get(i).name())) {
        continue;
      }
      GeoName stated = statedTown(text, i);
      if (stated != null) {
        towns[i] = stated;
        statedByKey.putIfAbsent(keys[i], stated);
        continue;
      }
      if (!isSite(toponyms.get(i).name())) {
        continue;
      }
      String padded = " " + keys[i] + " ";
      int inside = -1;
      for (int j = 0; j < chosen.length; j++) {
        if (j != i && isTown(j) && padded.contains(" " + keys[j] + " ") && (inside < 0 || keys[j].length() > keys[inside].length())) {
          inside = j;
        }
      }
      int before = i - 1;
      while (inside < 0 && before >= 0 && !isTown(before)) {
        before--;
      }
      int after = i + 1;
      while (inside < 0 && before < 0 && after < chosen.length && !isTown(after)) {
        after++;
      }
      int town = inside >= 0 ? inside : before >= 0 ? before : after < chosen.length ? after : -1;
      towns[i] = town >= 0 ? chosen[town] : null;
      if (town == before && town >= 0 && home != null && !chosen[town].equals(home)
          && Entries.km(chosen[town].lat(), chosen[town].lon(), home.lat(), home.lon()) > QUARTER_KM
          && SENTENCE_END.matcher(text).region(toponyms.get(town).span().end(), toponyms.get(i).span().start()).find()) {
        towns[i] = home;
      }
      if (towns[i] != null) {
        firstByKey.putIfAbsent(keys[i], towns[i]);
      }
    }
    for (int i = 0; i < chosen.length; i++) {
      if (towns[i] != null) {
        chosen[i] = statedByKey.getOrDefault(keys[i], firstByKey.getOrDefault(keys[i], towns[i]));
      }
    }
  }

  /**
   * The town the article is about: one named at least three times and in at least half the
   * mentions of towns, or null (a digest of many stories has none).
   */
  private GeoName homeTown() {
    Map<GeoName, Integer> mentions = new HashMap<>();
    int all = 0;
    for (int j = 0; j < chosen.length; j++) {
      if (isTown(j)) {
        mentions.merge(chosen[j], 1, Integer::sum);
        all++;
      }
    }
    GeoName home = null;
    int most = 0;
    boolean tied = false;
    for (Map.Entry<GeoName, Integer> e : mentions.entrySet()) {
      if (e.getValue() > most) {
        home = e.getKey();
        most = e.getValue();
        tied = false;
      } else if (e.getValue() == most) {
        tied = true;
      }
    }
    return most >= 3 && 2 * most >= all && !tied ? home : null;
  }

  /**
   * The town or county the text says toponym {@code i} lies in, named right before it with a
   * possessive ("London's Hyde Park") or right after it: "Greenlane, Auckland", "Terra Kulture in
   * Lagos", "Hardeetown area of Chiefland"; a division whose point is
   * its large seat stands for that town (the region of Auckland for the city). Else null.
   */
  private GeoName statedTown(String text, int i) {
    int j = container[i] >= 0 && !listGoesOn(text, container[i]) ? container[i] : -1;
    if (j < 0 && possessed(text, i)) {
      j = i - 1;
    }
    if (j < 0 && container[i] < 0 && i + 1 < chosen.length
        && WITHIN.matcher(text.substring(toponyms.get(i).span().end(), toponyms.get(i + 1).span().start())).matches()) {
      j = i + 1;
    }
    if (j < 0 || chosen[j] == null) {
      return null;
    }
    GeoName area = chosen[j];
    if (area.isPopulatedPlace() || area.isAdmin2()) {
      return area;
    }
    // A division whose point is its namesake town ("Auckland"): a place in it lies in that town,
    // but one in New York State need not lie in New York City.
    String key = keys[j];
    return area.isAdmin1() ? candidates.get(j).stream()
        .filter(g -> g.isPopulatedPlace() && Lookup.primary(g, key) && Entries.contains(area, g)
            && Entries.km(g.lat(), g.lon(), area.lat(), area.lon()) <= Entries.SEAT_KM)
        .findFirst().orElse(null) : null;
  }

  /**
   * Whether another name of a list follows toponym {@code j} ("Penfolds, Rosemount and Lindemans"),
   * rather than its own container ("Greenlane, Auckland, New Zealand") or the sentence.
   */
  private boolean listGoesOn(String text, int j) {
    if (j + 1 < chosen.length && chosen[j] != null && chosen[j + 1] != null
        && joined(text, toponyms.get(j).span(), toponyms.get(j + 1).span()) && Entries.contains(chosen[j + 1], chosen[j])) {
      return false;
    }
    return LIST_GOES_ON.matcher(text).region(toponyms.get(j).span().end(), text.length()).lookingAt();
  }

  /** Whether a name ends in a street's word: "Memphis St.", "Augusta Street". */
  private static boolean isStreet(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && Words.STREETS.contains(Words.bare(name.substring(space + 1)));
  }

  /** Whether toponym {@code i} follows the previous one and its possessive: "London's Hyde Park". */
  private boolean possessed(String text, int i) {
    return i > 0 && POSSESSIVE.matcher(text.substring(toponyms.get(i - 1).span().end(), toponyms.get(i).span().start())).matches();
  }

  /**
   * Whether toponym {@code i}, a small town, lies far from the town whose possessive precedes it:
   * "London's Hyde Park" is the park in London, not Hyde Park, New York.
   */
  private boolean farFromItsPossessor(String text, int i) {
    GeoName c = chosen[i];
    GeoName owner = possessed(text, i) ? chosen[i - 1] : null;
    return owner != null && owner.isPopulatedPlace() && c.isPopulatedPlace() && c.population() < Lookup.LARGE_CITY
        && Entries.km(c.lat(), c.lon(), owner.lat(), owner.lon()) > QUARTER_KM;
  }

  /**
   * Whether toponym {@code i} has a site's name ("Victoria Park", "Hyde Park") and resolved to a
   * small town in a country no other name of the article is in: the park in the article's town, not
   * the suburb of Perth.
   */
  private boolean siteNamedLikeATownAbroad(int i) {
    GeoName c = chosen[i];
    return isSite(toponyms.get(i).name()) && c.isPopulatedPlace() && c.population() < Lookup.LARGE_CITY
        && countrySupport(i, c) <= 0;
  }

  /** Whether {@code g} is a town of unknown size: the ZIP-code towns, of population 0. */
  private static boolean unknownSize(GeoName g) {
    return g.isPopulatedPlace() && g.population() == 0;
  }

  private boolean isTown(int j) {
    return chosen[j] != null && chosen[j].isPopulatedPlace();
  }

  /**
   * Whether a name ends in a word of a street, building or site ("Royal Street", "St. Peter's
   * Basilica"), and no word of a nation's or state's body stands before it ("National Hurricane Center").
   */
  static boolean isSite(String name) {
    String[] words = name.split("\\s+");
    int n = words.length;
    if (n < 2 || !Words.SITES.contains(Words.bare(words[n - 1]))) {
      return false;
    }
    for (int k = 0; k < n - 1; k++) {
      if (Words.LARGE_SITES.contains(Words.bare(words[k]))) {
        return false; // "National Hurricane Center", "Walter Reed National Military Medical Center"
      }
    }
    return true;
  }

  private Place place(Document doc, int i) {
    Toponym t = toponyms.get(i);
    return Entries.place(lookup.gazetteer, t.span(), doc.textOf(t.span()), chosen[i]);
  }
}
