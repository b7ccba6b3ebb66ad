package org.herodotus.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.gazetteer.Names;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Span;

/**
 * Finds the place names of one document: LOCATION entities; other entities whose whole name is a
 * place by the rules of {@link #retypable}; the same names elsewhere in the article; well-known
 * places opening or closing an organization's name; capitalised runs no entity covers
 * ({@link Untagged}); the places of politicians' party affiliations ("D-N.D.", {@link
 * PartyAffiliations}); towns modifying a noun ("Roselle police", {@link NounModifiers}); the
 * dateline's place, and those of datelines opening a later sentence ({@link Datelines}). Not
 * thread-safe; one per document.
 */
final class Recognition {

  private final Document doc;
  private final Lookup lookup;
  private final Tokens tokens;
  /** Arabic articles that join the next word of a place name: "Deir al-Zor", "Ras al Ain". */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "az", "ez", "an", "at");

  /** The least population of a town whose name is taken before a town's body ({@link Words#TOWN_BODIES}). */
  private static final long SMALL_TOWN = 1_000;
  /**
   * The least population of a town named as where someone lives ("Kimberly Hacker, 43, of McKee"):
   * local news writes so of the smallest places, and the pattern leaves little doubt.
   */
  private static final long HOME_TOWN = 1;
  /** How near two towns listed together must lie for a person-tagged one to be a town ({@link #listedWithNeighbour}). */
  private static final double NEIGHBOUR_KM = 50;
  /** How near a person-tagged town must lie to both names it is listed between ({@link #listedWithNeighbour}). */
  private static final double LIST_KM = 150;

  private final Set<String> personWords = new HashSet<>();
  private final List<Toponym> found = new ArrayList<>();

  private Recognition(Document doc, Lookup lookup) {
    this.doc = doc;
    this.lookup = lookup;
    this.tokens = new Tokens(doc);
  }

  /** The toponyms of {@code doc}, sorted by span, none overlapping. */
  static List<Toponym> find(Document doc, Lookup lookup) {
    Recognition r = new Recognition(doc, lookup);
    r.entities();
    r.countyLists();
    r.propagate();
    for (int[] range : Untagged.find(r.tokens, lookup, r.personWords)) {
      r.add(range[0], range[1], r.tokens.span(range[0], range[1]), Toponym.Source.GAZETTEER);
    }
    for (Span span : PartyAffiliations.find(r.tokens, lookup)) {
      // RETYPED, not GAZETTEER: the pattern leaves no doubt, so "D-Calif" without its stop is California
      int first = r.tokens.tokenAt(span.start());
      r.add(first, r.tokens.tokenEnd(first, span), span, Toponym.Source.RETYPED);
    }
    for (int[] range : NounModifiers.find(r.tokens, lookup)) {
      r.add(range[0], range[1], r.tokens.span(range[0], range[1]), Toponym.Source.GAZETTEER);
    }
    r.dateline();
    for (int[] range : Datelines.find(r.tokens, lookup)) {
      r.add(range[0], range[1], r.tokens.span(range[0], range[1]), Toponym.Source.DATELINE);
    }
    r.openedByAPlaceOfTheArticle();
    return r.merged();
  }

  /**
   * Organizations' and other names that open with a name the article uses as a place elsewhere:
   * "Ozark Dodge" where "Ozark police" made Ozark a place. One sense per name, as {@link #propagate}
   * for whole names.
   */
  private void openedByAPlaceOfTheArticle() {
    Set<String> places = new HashSet<>();
    for (Toponym t : found) {
      places.add(Names.key(doc.textOf(t.span())));
      places.add(Names.key(t.name())); // "Cavan" of "Cavan County"
    }
    for (Mention m : doc.entities()) {
      if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.MISC
          || found.stream().anyMatch(t -> t.span().overlaps(m.span()))) {
        continue;
      }
      int first = tokens.tokenAt(m.span().start());
      int end = tokens.tokenEnd(first, m.span());
      for (int len = Math.min(3, end - first - 1); len >= 1; len--) {
        if (plainName(first, first + len) && places.contains(Names.key(tokens.text(first, first + len)))) {
          add(first, first + len, tokens.span(first, first + len), Toponym.Source.EMBEDDED);
          break;
        }
      }
    }
  }

  /**
   * The toponyms at {@code spans}, read as a recognised name would be ("Idlib Province" is Idlib
   * with the hint ADMIN1, "Ga." is Georgia), each keeping its span exactly; then, as context, the
   * names {@link #find} recognises that overlap none of them. Sorted by span.
   */
  static List<Toponym> given(Document doc, Lookup lookup, List<Span> spans) {
    Recognition r = new Recognition(doc, lookup);
    List<Toponym> all = new ArrayList<>();
    for (Span span : spans) {
      int first = r.tokens.tokenAt(span.start());
      int end = r.tokens.tokenEnd(first, span);
      Toponym t = end > first ? r.toponym(first, end, span, Toponym.Source.GIVEN) : null;
      String text = doc.textOf(span);
      all.add(t == null ? new Toponym(span, text, Hint.NONE, Toponym.Source.GIVEN)
          : new Toponym(span, t.name(), t.hint(), Toponym.Source.GIVEN));
    }
    for (Toponym t : find(doc, lookup)) {
      if (spans.stream().noneMatch(s -> s.overlaps(t.span()))) {
        all.add(t);
      }
    }
    all.sort(Comparator.comparing(Toponym::span));
    return all;
  }

  private void entities() {
    for (Mention m : doc.entities()) {
      int first = tokens.tokenAt(m.span().start());
      int end = tokens.tokenEnd(first, m.span());
      tokens.cover(first, end);
      if (m.type() == EntityType.PERSON) {
        for (int i = first; i < end; i++) {
          personWords.add(tokens.word(i));
        }
      }
    }
    for (Mention m : doc.entities()) {
      int first = tokens.tokenAt(m.span().start());
      int end = tokens.tokenEnd(first, m.span());
      if (end <= first) {
        continue;
      }
      int whole = withArticleTail(first, end);
      if (whole > end) { // the tagger stopped before "al-Zor": "Deir al-Zor" is the name
        add(first, whole, tokens.span(first, whole), Toponym.Source.RETYPED);
        continue;
      }
      if (m.type() == EntityType.LOCATION && PartyAffiliations.isAffiliation(m.text())) {
        continue; // "D-Calif", "DFL-Minneapolis": the place after the party letter is found there
      } else if (m.type() == EntityType.LOCATION) {
        int from = withTitleBefore(first, end);
        add(from, end, from < first ? tokens.span(from, end) : m.span(), Toponym.Source.LOCATION);
      } else if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC || m.type() == EntityType.PERSON)
          && retypable(m, first, end)) {
        add(first, end, m.span(), Toponym.Source.RETYPED);
      } else if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MISC) && embedded(first, end)) {
        continue; // "Illinois Department of Public Health": the place inside the name
      } else if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON) && siteUsedAsPlace(m, first, end)) {
        add(first, end, m.span(), Toponym.Source.RETYPED);
      } else if (m.type() == EntityType.PERSON) {
        placeInPersonsName(first, end);
      } else if (m.type() == EntityType.MONEY) {
        currencysCountry(first, end);
      }
    }
  }

  /**
   * The country naming a currency inside an amount: "59.2 billion US dollars", "400 Hong Kong
   * dollars". Nationality words ("Canadian dollars") stay nationality words.
   */
  private void currencysCountry(int first, int end) {
    for (int t = first + 1; t < end; t++) {
      if (!Words.CURRENCIES.contains(Words.bare(tokens.word(t)))) {
        continue;
      }
      for (int start = Math.max(first, t - 2); start < t; start++) {
        String name = tokens.text(start, t);
        if (plainName(start, t) && lookup.gazetteer.countryOfDemonym(name).isEmpty()
            && lookup.candidates(name).stream().anyMatch(GeoName::isCountry)) {
          add(start, t, tokens.span(start, t), Toponym.Source.EMBEDDED);
          return;
        }
      }
    }
  }

  /**
   * A town the tagger took into a person's name: before the person's title ("Litchfield Selectman
   * Marsha Bernstein", "Bradford Woods Mayor Ted Fithian") or after "of" ("Terry McAuliffe of
   * McLean"); one of {@value #SMALL_TOWN} people or more under that very name, or an area.
   */
  private void placeInPersonsName(int first, int end) {
    for (int t = first + 1; t < end - 1 && t - first <= 3; t++) {
      if (Words.TITLES.contains(Words.bare(tokens.word(t)))) {
        if (plainName(first, t) && townOrArea(tokens.text(first, t))) {
          add(first, t, tokens.span(first, t), Toponym.Source.EMBEDDED);
        }
        return;
      }
    }
    for (int of = first + 2; of < end - 1; of++) {
      if (tokens.word(of).equals("of") && end - of - 1 <= 3 && plainName(of + 1, end) && townOrArea(tokens.text(of + 1, end))) {
        add(of + 1, end, tokens.span(of + 1, end), Toponym.Source.EMBEDDED);
        return;
      }
    }
  }

  /**
   * Whether a capitalised title and a capitalised name follow token {@code end}: "Mayor Ted
   * Fithian", "Selectman Marsha Bernstein". A person's name is not followed so; a town's is.
   */
  private boolean beforeATitledPerson(int end) {
    return end + 1 < tokens.size() && tokens.capitalised(end) && tokens.capitalised(end + 1)
        && Words.TITLES.contains(Words.bare(tokens.word(end))) && !Words.PLACE_TITLES.contains(Words.bare(tokens.word(end)));
  }

  private boolean townOrArea(String name) {
    return lookup.gazetteer.countryOfDemonym(name).isEmpty() && lookup.known(name, SMALL_TOWN, false);
  }

  /**
   * The start of the name when the tagger's mention leaves out a title word that opens it ("General"
   * of "General Santos City", "Lake" of "Lake Charles") and the whole is a place the gazetteer knows
   * under that name; otherwise {@code first}.
   */
  private int withTitleBefore(int first, int end) {
    if (first == 0 || !tokens.capitalised(first - 1) || tokens.covered(first - 1)
        || !Words.TITLES.contains(Words.bare(tokens.word(first - 1))) && !Words.PLACE_TITLES.contains(Words.bare(tokens.word(first - 1)))) {
      return first;
    }
    return lookup.known(tokens.text(first - 1, end), Untagged.MIN_UNTAGGED, true) ? first - 1 : first;
  }

  /**
   * The end of the name when the tagger's mention stops before an Arabic article and the word it
   * joins ("Deir" + "al-Zor", "Ras" + "al Ain") and the whole is a place the gazetteer knows;
   * otherwise {@code end}.
   */
  private int withArticleTail(int first, int end) {
    if (end >= tokens.size()) {
      return end;
    }
    String word = tokens.word(end);
    int dash = word.indexOf('-');
    int last;
    if (dash > 0 && ARTICLES.contains(word.substring(0, dash).toLowerCase(Locale.ROOT))) {
      last = end; // one token: "al-Zor"
    } else if (ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
      last = end + 1 < tokens.size() && tokens.word(end + 1).equals("-") ? end + 2 : end + 1; // "al", "-", "Zor"
      if (last >= tokens.size() || !tokens.capitalised(last)) {
        return end;
      }
    } else {
      return end;
    }
    return lookup.known(tokens.text(first, last + 1), Untagged.MIN_UNTAGGED, true) ? last + 1 : end;
  }

  /**
   * A mislabelled place: an organization's or other name that is a country or division ("Syria"
   * tagged ORGANIZATION), or a large town where the text speaks of a place (not "Toyota said"); a
   * person's name that is one after a preposition such as "in" or "of", after "and" following a
   * location ("Raqqa and Deir al-Zor"), or tagged LOCATION elsewhere; a town of {@value
   * #SMALL_TOWN} people or more tagged PERSON right after "in", "at" or "near"; any town where a
   * person named before lives ("Mindy Miller of Ravenel"); any town of the US state named after it
   * ("Bozeman, Mont."); a town listed beside a neighbouring one ("Paris and Roxton"). Never after
   * a title, never a nationality, never part of a longer person's name.
   */
  private boolean retypable(Mention m, int first, int end) {
    if (lookup.gazetteer.countryOfDemonym(m.text()).isPresent() || tokens.titled(first)) {
      return false;
    }
    if (m.type() != EntityType.PERSON) {
      if (acronymOfABody(m.text())) {
        return false; // "Government Accounting Office (GAO)": not Gao, Mali
      }
      if (lookup.candidates(m.text()).stream().anyMatch(Lookup::isArea)) {
        return true; // "Syria" tagged ORGANIZATION
      }
      int after = first;
      while (after + 1 < end && Words.DIRECTIONS.contains(Words.bare(tokens.word(after))) && tokens.capitalised(after)) {
        after++;
      }
      if (after > first && plainName(after, end)
          && lookup.candidates(tokens.text(after, end)).stream().anyMatch(g -> g.isCountry() || g.isAdmin1())) {
        return true; // "South Florida", "Eastern Kentucky" tagged ORGANIZATION
      }
      // A large town's name tagged as an organization is often the firm named after it ("Toyota"):
      // a place only where the text speaks of one, or where the tagger calls it a place elsewhere.
      String before = first > 0 ? Words.bare(tokens.word(first - 1)) : "";
      boolean based = end < tokens.size() && Words.bare(tokens.word(end)).equals("based");
      boolean townBodyAfter = end < tokens.size() && tokens.capitalised(end)
          && Words.TOWN_BODIES.contains(Words.bare(tokens.word(end)));
      if ((based || beforeItsStreet(end) || townBodyAfter) && plainName(first, end) && lookup.known(m.text(), SMALL_TOWN, false)) {
        return true; // "Irwindale based Ready Pac", "Augusta's Highland Avenue", "Feltham" before "Magistrates' Court"
      }
      boolean placeContext = Words.LOCATIVE.contains(before) || afterPlace(first)
          || m.text().equals(m.text().toUpperCase(Locale.ROOT)) // a dateline's "COLUMBIA"
          || doc.entities().stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.text().equals(m.text()));
      return placeContext && lookup.known(m.text(), Lookup.LARGE_CITY, false) || townOfNextState(m.text(), end)
          || listedWithNeighbour(first, end);
    }
    if (partOfLongerName(m)) {
      return false;
    }
    if (end - first >= 2 && Tokens.designator(tokens.word(end - 1)) == Hint.COUNTY && isCounty(m.text())) {
      return true; // "Henry County's unemployment rate": no person is named so
    }
    if (beforeATitledPerson(end) && plainName(first, end) && townOrArea(m.text())) {
      return true; // "the late Bradford Woods Mayor Ted Fithian", the town a mention of its own
    }
    Hint designated = end < tokens.size() ? Tokens.designator(tokens.word(end)) : Hint.NONE;
    if ((designated == Hint.ADMIN1 || designated == Hint.DISTRICT) && plainName(first, end)
        && lookup.candidates(m.text()).stream().anyMatch(g -> g.isAdmin1() || g.isAdmin2() || g.isPopulatedPlace())) {
      return true; // "Chak district, Wardak province": no person is followed by "province"
    }
    // With a person's name the context below is asked for, so alternate names ("Douma" for Dūmā) count.
    boolean wellKnown = lookup.known(m.text(), Lookup.LARGE_CITY, true) || tokens.hintAround(first, end) != Hint.NONE;
    String before = first > 0 ? Words.bare(tokens.word(first - 1)) : "";
    boolean taggedPlaceElsewhere = doc.entities().stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.text().equals(m.text()));
    return wellKnown ? Words.LOCATIVE.contains(before) || taggedPlaceElsewhere || afterPlace(first)
        : (Words.IN.contains(before) || movedTo(first)) && lookup.known(m.text(), SMALL_TOWN, false)
            || homeAfterPerson(first) && lookup.known(m.text(), HOME_TOWN, false)
            || townOfNextState(m.text(), end) || listedWithNeighbour(first, end)
            || afterStreet(first) && lookup.known(m.text(), SMALL_TOWN, false);
  }

  /**
   * Whether a possessive and a street's name follow a name ending before token {@code end}:
   * "Augusta's Highland Avenue", "Middletown's New Road". A firm or team owns no streets.
   */
  private boolean beforeItsStreet(int end) {
    if (end + 2 >= tokens.size() || !tokens.word(end).replace('\u2019', '\'').equals("'s")) {
      return false;
    }
    for (int k = end + 1; k < Math.min(tokens.size(), end + 5) && tokens.capitalised(k); k++) {
      if (k > end + 1 && Words.STREETS.contains(Words.bare(tokens.word(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a street's name and a comma stand before token {@code first}: "Upper Abbey Street, Cahir". */
  private boolean afterStreet(int first) {
    return first >= 3 && tokens.word(first - 1).equals(",") && Words.STREETS.contains(Words.bare(tokens.word(first - 2)))
        && tokens.capitalised(first - 2) && tokens.capitalised(first - 3);
  }

  /**
   * Whether the name at {@code [first, end)} is listed with a neighbouring town: "and", "or" or a
   * comma joins it to a name before or after it, and the gazetteer has towns of both names within
   * {@value #NEIGHBOUR_KM} km of each other ("Paris and Roxton", "Harwinton, Bantam, Litchfield").
   * Two people's surnames seldom name two towns so close together.
   */
  private boolean listedWithNeighbour(int first, int end) {
    List<GeoName> own = towns(tokens.text(first, end));
    if (own.isEmpty()) {
      return false;
    }
    int sep = first - 1;
    if (sep > 0 && tokens.word(sep).equals("and") && tokens.word(sep - 1).equals(",")) {
      sep--; // "Litchfield, and Bantam"
    }
    boolean listedAfter = sep > 0 && Words.COORDINATION.contains(tokens.word(sep));
    String previous = listedAfter ? nameEndingAt(sep) : null;
    if (listedAfter && near(own, previous, NEIGHBOUR_KM)) {
      return true;
    }
    int next = end < tokens.size() && tokens.word(end).equals(",") && end + 1 < tokens.size()
        && tokens.word(end + 1).equals("and") ? end + 1 : end;
    boolean listedBefore = next + 1 < tokens.size() && Words.COORDINATION.contains(tokens.word(next));
    String following = listedBefore ? nameStartingAt(next + 1) : null;
    // Between two names the tagger calls locations, a town a little farther from both still belongs:
    // "Kingman, Larned, Pratt" (not a team sheet's "Gordon, Webster, Miller").
    return listedBefore && near(own, following, NEIGHBOUR_KM)
        || listedAfter && listedBefore && taggedLocation(previous) && taggedLocation(following)
            && near(own, previous, LIST_KM) && near(own, following, LIST_KM);
  }

  /** The towns bearing {@code name} as their own name. */
  private List<GeoName> towns(String name) {
    String key = Names.key(name);
    return lookup.candidates(name).stream().filter(g -> g.isPopulatedPlace() && Lookup.primary(g, key)).toList();
  }

  private boolean near(List<GeoName> own, String other, double km) {
    if (other == null) {
      return false;
    }
    for (GeoName o : lookup.candidates(other)) {
      if (o.isPopulatedPlace() || o.isAdmin2()) {
        for (GeoName g : own) {
          if (Entries.km(g.lat(), g.lon(), o.lat(), o.lon()) < km) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The capitalised run of up to three words ending before token {@code end}, else null. */
  private String nameEndingAt(int end) {
    int first = runStart(end);
    return first == end ? null : tokens.text(first, end);
  }

  /** The capitalised run of up to three words starting at token {@code first}, else null. */
  private String nameStartingAt(int first) {
    int end = runEnd(first);
    return first == end ? null : tokens.text(first, end);
  }

  /** Where a run of up to three capitalised words, no function words, ending before token {@code end} starts. */
  private int runStart(int end) {
    int first = end;
    while (first > 0 && end - first < 3 && tokens.capitalised(first - 1) && !Untagged.isFunctionWord(tokens.word(first - 1))) {
      first--;
    }
    return first;
  }

  /** Where a run of up to three capitalised words, no function words, starting at token {@code first} ends. */
  private int runEnd(int first) {
    int end = first;
    while (end < tokens.size() && end - first < 3 && tokens.capitalised(end) && !Untagged.isFunctionWord(tokens.word(end))) {
      end++;
    }
    return end;
  }

  /** Whether "to" after a verb of moving stands before token {@code first}: "they moved to Thornhill". */
  private boolean movedTo(int first) {
    return first >= 2 && tokens.word(first - 1).equals("to") && Words.MOVING.contains(Words.bare(tokens.word(first - 2)));
  }

  /**
   * Whether {@code name} is followed by a comma and a US state ("Bozeman, Mont.", "Ravenel, South
   * Carolina") that has a town of that name: a person's name is not written so.
   */
  private boolean townOfNextState(String name, int end) {
    if (end + 1 >= tokens.size() || !tokens.word(end).equals(",")) {
      return false;
    }
    String next = tokens.word(end + 1);
    String state = Words.STATES.getOrDefault(next.endsWith(".") ? next : next + ".", null);
    if (state == null && end + 2 < tokens.size() && tokens.capitalised(end + 2)) {
      String two = next + " " + tokens.word(end + 2);
      state = lookup.candidates(two).stream().anyMatch(g -> g.isAdmin1() && g.countryCode().equals("US")) ? two : null;
    }
    if (state == null) {
      state = next;
    }
    String admin1 = lookup.candidates(state).stream().filter(g -> g.isAdmin1() && g.countryCode().equals("US"))
        .map(GeoName::admin1Code).findFirst().orElse(null);
    String key = Names.key(name);
    return admin1 != null && lookup.candidates(name).stream().anyMatch(g -> g.isPopulatedPlace()
        && g.countryCode().equals("US") && g.admin1Code().equals(admin1) && Names.key(g.name()).equals(key));
  }

  /**
   * Whether a name of a building or site ("Holy Redeemer Church", "Rogers Centre", "Karl Bremer
   * Hospital") stands where the text speaks of a place: after "in", "at", "near", "outside",
   * "inside", "into" or "to", a "the" between, after a place's possessive ("Ottawa's
   * Macdonald-Cartier International Airport"), or before "in" and a capitalised name ("Thomas
   * Memorial Hospital in South Charleston"). Such a name is a place in its town (resolution puts it
   * there), not the organisation that runs it.
   */
  private boolean siteUsedAsPlace(Mention m, int first, int end) {
    if (end - first < 2 || !Resolution.isSite(m.text())) {
      return false;
    }
    if (end + 1 < tokens.size() && Words.bare(tokens.word(end)).equals("in") && tokens.capitalised(end + 1)
        && (end + 2 >= tokens.size() || !tokens.word(end + 2).equals("'s")) && !opensAnArea(end + 1)) {
      // "the Bambino Gesu Paediatric Hospital in Rome": the text says where it stands. Not "the
      // Catholic Church in England": a body of a whole country or region.
      return true;
    }
    if (first == 0) {
      return false;
    }
    if (first >= 2 && tokens.word(first - 1).replace('\u2019', '\'').equals("'s")
        && doc.entities().stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.span().end() == tokens.span(first - 2, first - 1).end()
            && !opensAnArea(tokens.tokenAt(o.span().start())))) {
      return true; // "Ottawa's Macdonald-Cartier International Airport", not "China's Tsinghua University"
    }
    int before = first - 1;
    if (Words.bare(tokens.word(before)).equals("the") && before > 0) {
      before--;
    }
    String word = Words.bare(tokens.word(before));
    return Words.IN.contains(word) || word.equals("to");
  }

  /** Whether a country's or first-level division's name opens at token {@code i}: "England", "New South Wales". */
  private boolean opensAnArea(int i) {
    for (int end = Math.min(tokens.size(), i + 3); end > i; end--) {
      String key = Names.key(tokens.text(i, end));
      if (lookup.candidates(tokens.text(i, end)).stream().anyMatch(g -> (g.isCountry() || g.isAdmin1()) && Lookup.primary(g, key))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code first} follows "of" or "from" after a person's name, with the age or a
   * comma between: "Janet Evans of Marion", "Kimberly Hacker, 43, of McKee" (where someone lives).
   */
  private boolean homeAfterPerson(int first) {
    if (first < 2 || !Words.HOME.contains(Words.bare(tokens.word(first - 1)))) {
      return false;
    }
    int k = first - 2;
    if (k >= 2 && tokens.word(k).equals(",") && tokens.word(k - 1).chars().allMatch(Character::isDigit) && tokens.word(k - 2).equals(",")) {
      k -= 3; // ", 43, of"
    } else if (tokens.word(k).equals(",")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    int end = tokens.span(k, k + 1).end();
    return doc.entities().stream().anyMatch(o -> o.type() == EntityType.PERSON && o.span().end() == end);
  }

  /**
   * Names listed before "counties" or "parishes" are counties: "Douglas and Wyandotte counties",
   * "Becker, Clay, Douglas and Wilkin counties". Each is looked up as "Douglas County" with the
   * hint COUNTY, its span the name's; a toponym found there before (a town "Douglas") gives way.
   * A lone state or country before the word is whose counties they are ("Texas counties"). Names
   * listed right after the word are counties too ({@link #countiesAfter}).
   */
  private void countyLists() {
    for (int k = 1; k < tokens.size(); k++) {
      String plural = Words.bare(tokens.word(k));
      if (!plural.equals("counties") && !plural.equals("parishes")) {
        continue;
      }
      String designator = plural.equals("counties") ? " County" : " Parish";
      List<Toponym> listed = new ArrayList<>();
      int end = k;
      while (end > 0) {
        int first = runStart(end);
        Toponym county = first == end ? null : listedCounty(first, end, designator);
        if (county == null && end - first >= 2 && tokens.sentenceStart(first)) {
          first++; // "Small Hitchcock and Hayes counties": the sentence's first word is no part of the name
          county = listedCounty(first, end, designator);
        }
        if (county == null) {
          break;
        }
        listed.add(county);
        int sep = first - 1;
        if (sep > 0 && tokens.word(sep).equals("and") && tokens.word(sep - 1).equals(",")) {
          sep--; // "Becker, Clay, and Wilkin counties"
        }
        if (sep < 1 || !Words.COORDINATION.contains(tokens.word(sep))) {
          break;
        }
        end = sep;
      }
      if (listed.size() == 1 && lookup.candidates(doc.textOf(listed.get(0).span())).stream().anyMatch(Lookup::isArea)) {
        listed.clear(); // "Texas counties" are the counties of Texas, not Texas County, Missouri
      }
      listed.addAll(countiesAfter(k + 1, designator));
      for (Toponym t : listed) {
        found.removeIf(o -> o.span().overlaps(t.span()));
        found.add(t);
      }
    }
  }

  private static boolean punctuation(String word) {
    return !word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0));
  }

  /**
   * The county that tokens {@code [first, end)} name with {@code designator} added ("Douglas" +
   * " County"), at the name's span with the hint COUNTY; null when the gazetteer has no such county.
   */
  private Toponym listedCounty(int first, int end, String designator) {
    Span span = tokens.span(first, end);
    String county = doc.textOf(span) + designator;
    return lookup.candidates(county).stream().anyMatch(GeoName::isAdmin2)
        ? new Toponym(span, county, Hint.COUNTY, Toponym.Source.RETYPED) : null;
  }

  /**
   * The counties listed after "counties" from token {@code k}: "the three largest counties —
   * Douglas, Lancaster and Sarpy", "counties including Hamilton and Marion". At least two names,
   * each a county of the gazetteer with {@code designator} added; none otherwise.
   */
  private List<Toponym> countiesAfter(int k, String designator) {
    while (k < tokens.size() && (Words.LIST_OPENERS.contains(Words.bare(tokens.word(k))) || punctuation(tokens.word(k)))
        && !tokens.word(k).equals(".")) {
      k++; // "counties - Douglas", "counties including Hamilton"
    }
    List<Toponym> listed = new ArrayList<>();
    int first = k;
    while (first < tokens.size()) {
      int end = runEnd(first);
      Toponym county = end == first ? null : listedCounty(first, end, designator);
      if (county == null) {
        break;
      }
      listed.add(county);
      int sep = end;
      if (sep + 1 < tokens.size() && tokens.word(sep).equals(",") && tokens.word(sep + 1).equals("and")) {
        sep++; // "Douglas, Lancaster, and Sarpy"
      }
      if (sep >= tokens.size() || !Words.COORDINATION.contains(tokens.word(sep))) {
        break;
      }
      first = sep + 1;
    }
    return listed.size() >= 2 ? listed : List.of();
  }

  private boolean partOfLongerName(Mention m) {
    return doc.entities().stream().anyMatch(o -> o.type() == EntityType.PERSON
        && o.span().length() > m.span().length() && o.text().contains(m.text()));
  }

  /** Whether "and", "or" or a comma joins token {@code first} to a location before it. */
  private boolean afterPlace(int first) {
    if (first < 2 || !Words.COORDINATION.contains(tokens.word(first - 1))) {
      return false;
    }
    int end = tokens.span(first - 2, first - 1).end();
    return doc.entities().stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.span().end() == end);
  }

  /**
   * One sense per name: a person's or organization's name that the article also uses as a place
   * ("Greer" after "in Greer") is a place, unless it is part of a longer person's name.
   */
  private void propagate() {
    Set<String> names = new HashSet<>();
    found.forEach(t -> names.add(doc.textOf(t.span())));
    for (Mention m : doc.entities()) {
      if ((m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && names.contains(m.text())
          && found.stream().noneMatch(t -> t.span().overlaps(m.span())) && !partOfLongerName(m)) {
        int first = tokens.tokenAt(m.span().start());
        int end = tokens.tokenEnd(first, m.span());
        if (end > first && !tokens.titled(first)) {
          add(first, end, m.span(), Toponym.Source.RETYPED);
        }
      }
    }
  }

  /**
   * A place that opens or closes an organization's or other name: a county ("Alachua County
   * Sheriff's Office"), a well-known place or one tagged LOCATION elsewhere ("Illinois" in
   * "Illinois Department of Public Health", "Georgia" in "University of Georgia"), a town
   * before an institution ("Oakdale Fire Department"), a large town after an acronym ("CTV
   * Winnipeg"), or a country closing it ("Taco Bell Canada"). Nationality words ("Canadian Press")
   * are not places. Returns whether a place was found.
   */
  private boolean embedded(int first, int end) {
    if (hyphenated(first, end) || placeAfterInOrAt(first, end) || opening(first, end)) {
      return true; // "Carbon School District in Price": the body's place is Price, whatever Carbon is
    }
    int after = first;
    while (after + 2 < end && Words.DIRECTIONS.contains(Words.bare(tokens.word(after))) && tokens.capitalised(after)) {
      after++; // "Northeast Texas Community College": the place after the compass word ("West Virginia" is found whole)
    }
    return after > first && opening(after, end) || closing(first, end);
  }

  /**
   * Places joined by a hyphen inside a name, each side a place the gazetteer has: "Paris-Henry
   * County Arts Council", "University of Nebraska-Lincoln"; a town so written is taken whole
   * ("Winston-Salem State University"). Returns whether places were added.
   */
  private boolean hyphenated(int first, int end) {
    for (int h = first + 1; h + 1 < end; h++) {
      if (!tokens.word(h).equals("-") || !tokens.capitalised(h - 1) || !tokens.capitalised(h + 1)
          || tokens.span(h - 1, h).end() != tokens.span(h, h + 1).start()
          || tokens.span(h, h + 1).end() != tokens.span(h + 1, h + 2).start()) {
        continue;
      }
      int left = h - 1;
      while (left > first && h - left < 3 && tokens.capitalised(left - 1) && !Untagged.isFunctionWord(tokens.word(left - 1))) {
        left--;
      }
      int right = h + 2;
      while (right < end && right - h - 1 < 3 && tokens.capitalised(right)
          && !Words.INSTITUTIONS.contains(Words.bare(tokens.word(right)))) {
        right++;
      }
      if (right < end && Tokens.designator(tokens.word(right)) == Hint.COUNTY) {
        right++; // "Henry County"
      }
      // The right side runs to the name's end or an institution's word: "ASK-Raymond James" is a firm.
      if (sidePlace(left, right)) {
        add(left, right, tokens.span(left, right), Toponym.Source.EMBEDDED); // "Winston-Salem"
        return true;
      }
      if (sidePlace(h + 1, right) && sidePlace(left, h)) {
        add(left, h, tokens.span(left, h), Toponym.Source.EMBEDDED);
        add(h + 1, right, tokens.span(h + 1, right), Toponym.Source.EMBEDDED);
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [first, end)} name a town of {@value #SMALL_TOWN} people or more, an area or a county. */
  private boolean sidePlace(int first, int end) {
    String name = tokens.text(first, end);
    if (lookup.gazetteer.countryOfDemonym(name).isPresent()) {
      return false;
    }
    boolean county = end - first >= 2 && Tokens.designator(tokens.word(end - 1)) == Hint.COUNTY;
    return county ? lookup.candidates(name).stream().anyMatch(GeoName::isAdmin2)
        : lookup.known(name, SMALL_TOWN, false) || lookup.countyWithoutItsWord(name); // "Miami-Dade"
  }

  /** Whether a place opens the name at {@code [first, end)}, which is then added. */
  private boolean opening(int first, int end) {
    for (int len = Math.min(3, end - first - 1); len >= 1; len--) {
      int next = first + len;
      if (tokens.word(next).matches("\\p{Lu}\\.")
          || tokens.word(next).matches("\\p{Lu}") && next + 1 < end && tokens.word(next + 1).equals(".")) {
        continue; // "George L. Pennock Trust": a person's name before the initial, not George, Iowa
      }
      if (next + 1 < end && tokens.word(next).equals("-") && !tokens.capitalised(next + 1) && plainName(first, next)
          && tokens.span(first, next).end() == tokens.span(next, next + 1).start()) {
        // "Canada-wide", "U.S.-led", "Texas-born": a place before a hyphen and a lower-case word
        String name = tokens.text(first, next);
        if (lookup.gazetteer.countryOfDemonym(name).isEmpty() && lookup.known(name, Lookup.LARGE_CITY, false, false)) {
          add(first, next, tokens.span(first, next), Toponym.Source.EMBEDDED);
          return true;
        }
      }
      String possessive = tokens.word(next).replace('\u2019', '\'');
      if (possessive.equals("'s") && plainName(first, next) && titleOpensAPlace(first, next)) {
        // "Jordan's Public Security Directorate", "Toronto's Pearson International Airport"
        String name = tokens.text(first, next);
        if (lookup.gazetteer.countryOfDemonym(name).isEmpty()
            && (lookup.known(name, Lookup.LARGE_CITY, false, false) || taggedLocation(name))) {
          add(first, next, tokens.span(first, next), Toponym.Source.EMBEDDED);
          return true;
        }
      }
      if (!tokens.capitalised(next) || !plainName(first, next) || !titleOpensAPlace(first, next)) {
        continue;
      }
      if (Tokens.designator(tokens.word(next)) == Hint.COUNTY
          && (!Words.bare(tokens.word(next)).equals("co") || lookup.countyWithoutItsWord(tokens.text(first, next)))) {
        // "Co." closes firms' names too ("Meth Lab Cleanup Co."): only a county the gazetteer has
        // "Alachua County Sheriff's Office", "Avoyelles Parish School Board"
        add(first, next + 1, tokens.span(first, next + 1), Toponym.Source.EMBEDDED);
        return true;
      }
      String name = tokens.text(first, next);
      if (Words.DIRECTIONS.contains(Words.bare(name))) {
        continue; // "Northeast" opening "Northeast Texas Community College" is no place of its own
      }
      String following = Words.bare(tokens.word(next));
      boolean institution = Words.INSTITUTIONS.contains(following);
      boolean townBody = Words.TOWN_BODIES.contains(following);
      // A county opens only the names of its institutions ("Highland Council", not "Highland Gold").
      if (lookup.gazetteer.countryOfDemonym(name).isEmpty() && (lookup.known(name, Lookup.LARGE_CITY, false, false)
          || (institution && (lookup.known(name, Untagged.MIN_UNTAGGED, false) || lookup.countyWithoutItsWord(name)))
          || (townBody && lookup.known(name, SMALL_TOWN, false)) || taggedLocation(name))) {
        add(first, next, tokens.span(first, next), Toponym.Source.EMBEDDED);
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a town or area closes the name at {@code [first, end)} after "in" or "at", which is
   * then added: "Carbon School District in Price", "University of Texas at Austin" (the tagger took
   * in the place).
   */
  private boolean placeAfterInOrAt(int first, int end) {
    for (int in = first + 2; in < end - 1; in++) {
      if ((tokens.word(in).equals("in") || tokens.word(in).equals("at")) && end - in - 1 <= 3 && plainName(in + 1, end)
          && townOrArea(tokens.text(in + 1, end))) {
        add(in + 1, end, tokens.span(in + 1, end), Toponym.Source.EMBEDDED);
        return true;
      }
    }
    return false;
  }

  /** Whether a place closes the name at {@code [first, end)} or follows its "of", which is then added. */
  private boolean closing(int first, int end) {
    if (end - first >= 2 && end - first <= 3 && isAcronym(tokens.word(first))) {
      // "CBC Toronto", "CTV Winnipeg", "CDC Atlanta": a broadcaster's or agency's office in a large town
      String name = tokens.text(first + 1, end);
      if (plainName(first + 1, end) && lookup.known(name, Lookup.LARGE_CITY, false)) {
        add(first + 1, end, tokens.span(first + 1, end), Toponym.Source.EMBEDDED);
        return true;
      }
    }
    for (int len = Math.min(2, end - first - 1); len >= 1; len--) {
      // "Taco Bell Canada", "SOS Children's Villages Sudan": a country closing the name
      int start = end - len;
      String name = tokens.text(start, end);
      if (!tokens.word(start - 1).equals("of") && plainName(start, end) && lookup.gazetteer.countryOfDemonym(name).isEmpty()
          && lookup.candidates(name).stream().anyMatch(GeoName::isCountry)) {
        add(start, end, tokens.span(start, end), Toponym.Source.EMBEDDED);
        return true;
      }
    }
    for (int of = first + 1; of < end - 1; of++) {
      if (!tokens.word(of).equals("of")) {
        continue;
      }
      int start = of + 1;
      if (end - start > 3 || !embeddable(start, end)) {
        while (start + 1 < end && Words.DIRECTIONS.contains(Words.bare(tokens.word(start)))) {
          start++; // "Association of Western Pennsylvania", "United Way of Metropolitan Atlanta"
        }
      }
      if (end - start <= 3 && embeddable(start, end)) {
        add(start, end, tokens.span(start, end), Toponym.Source.EMBEDDED);
        return true;
      }
    }
    return false;
  }

  /** Whether a word is an acronym of two to five capitals: "CBC", "CTV", "KSL". */
  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private boolean embeddable(int first, int end) {
    if (!plainName(first, end) || !titleOpensAPlace(first, end)) {
      return false;
    }
    String name = tokens.text(first, end);
    return lookup.gazetteer.countryOfDemonym(name).isEmpty() && (lookup.known(name, Lookup.LARGE_CITY, false) || taggedLocation(name));
  }

  /**
   * Whether a name opening with a title word ("Saint Lucia", "Prince William") is a country, a
   * county or a large town of that name, not a saint's or a person's ("University of St. Thomas");
   * true for other names.
   */
  private boolean titleOpensAPlace(int first, int end) {
    if (!Words.PLACE_TITLES.contains(Words.bare(tokens.word(first)))) {
      return true;
    }
    String name = tokens.text(first, end);
    String key = Names.key(name);
    return lookup.countyWithoutItsWord(name) || lookup.candidates(name).stream().anyMatch(g -> Lookup.primary(g, key)
        && (g.isCountry() || g.isAdmin2() || g.isPopulatedPlace() && g.population() >= Lookup.LARGE_CITY));
  }

  /** Whether tokens {@code [first, end)} are capitalised words, neither function words nor a lone common word. */
  private boolean plainName(int first, int end) {
    for (int i = first; i < end; i++) {
      String word = tokens.word(i);
      boolean opensName = i + 1 < end && Words.PLACE_TITLES.contains(Words.bare(word)); // "Saint Lucia", no title here
      if (!Words.capitalised(word) || Untagged.isFunctionWord(word) && !opensName
          || (end - first == 1 && Words.COMMON.contains(Words.bare(word)))) {
        return false;
      }
    }
    return true;
  }

  private boolean taggedLocation(String name) {
    return doc.entities().stream().anyMatch(o -> o.type() == EntityType.LOCATION && o.text().equals(name));
  }

  /**
   * Whether {@code acronym} (two to six capitals) is defined in the text as the initials of a
   * name that is no country or division: "the Government Accounting Office (GAO)", not "the
   * United Arab Emirates (UAE)".
   */
  private boolean acronymOfABody(String acronym) {
    if (!acronym.matches("\\p{Lu}{2,6}")) {
      return false;
    }
    int at = doc.text().indexOf("(" + acronym + ")");
    if (at < 0) {
      return false;
    }
    String[] words = doc.text().substring(Math.max(0, at - 100), at).strip().split("\\s+");
    StringBuilder initials = new StringBuilder();
    int first = words.length;
    for (int w = words.length - 1; w >= 0 && initials.length() < acronym.length(); w--) {
      String word = words[w];
      if (word.isEmpty() || Untagged.isFunctionWord(word) && !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      initials.insert(0, word.charAt(0));
      first = w;
    }
    if (!initials.toString().equals(acronym)) {
      return false;
    }
    String longForm = String.join(" ", Arrays.copyOfRange(words, first, words.length));
    return lookup.candidates(longForm).stream().noneMatch(g -> Lookup.isArea(g) || g.isPopulatedPlace());
  }

  /**
   * Whether {@code name} is a large town's name, or a town's of a thousand people or more as its
   * own name: "NEW YORK" is New York City, "KUWAIT" no town but the country (Kuwait City).
   */
  private boolean namesATown(String name) {
    String key = Names.key(name);
    return lookup.candidates(name).stream().anyMatch(g -> g.isPopulatedPlace()
        && (g.population() >= Lookup.LARGE_CITY || g.population() >= SMALL_TOWN && Lookup.primary(g, key)));
  }

  /** The dateline's place, part by part: "ERBIL, Kurdistan Region" gives ERBIL and Kurdistan Region. */
  private void dateline() {
    Dateline dateline = doc.meta().dateline();
    if (dateline == null || dateline.place() == null || dateline.span().end() > doc.text().length()) {
      return;
    }
    int at = doc.text().indexOf(dateline.place(), dateline.span().start());
    if (at < 0 || at >= dateline.span().end()) {
      return;
    }
    String[] parts = dateline.place().split(",");
    for (int p = 0; p < parts.length; p++) {
      String name = parts[p].strip();
      int start = doc.text().indexOf(name, at);
      if (!name.isEmpty() && start >= 0) {
        // "ERBIL, Kurdistan Region": the first of several parts is a town, the others contain it;
        // a dateline of one part names a town too, where there is one ("NEW YORK" is the city)
        Hint hint = p == 0 && (parts.length > 1 || namesATown(name)) ? Hint.CITY : Hint.NONE;
        String state = Words.STATES.get(name);
        if (state == null && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 1) {
          state = Words.STATES.get(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT)); // "MINN.", "IND."
        }
        found.add(new Toponym(new Span(start, start + name.length()), state == null ? name : state,
            state == null ? hint : Hint.ADMIN1, Toponym.Source.DATELINE));
        at = start + name.length();
      }
    }
  }

  /**
   * Adds the name at {@code span}, tokens {@code [first, end)}, with the designators around it:
   * "Idlib Province" is looked up as Idlib (unless the gazetteer knows the whole) with the hint
   * ADMIN1, as is "Idlib" before "province" (the span stays the tagger's); "Laurel County" is looked
   * up whole when the gazetteer has that county, and takes a "County" the tagger left out; "Ill." is
   * looked up as Illinois.
   */
  private void add(int first, int end, Span span, Toponym.Source source) {
    Toponym t = toponym(first, end, span, source);
    if (t != null) {
      found.add(t);
    }
  }

  /** The toponym {@link #add} makes of tokens {@code [first, end)} at {@code span}; null for a pathogen's name. */
  private Toponym toponym(int first, int end, Span span, Toponym.Source source) {
    Hint hint = tokens.hintAround(first, end);
    String name = doc.textOf(span);
    if (Words.CELESTIAL.contains(Words.bare(name)) && !townOfNextState(name, end)) {
      return null; // "the Earth", "Mars": not the towns in Texas and Pennsylvania ("Mars, Pa." is)
    }
    if (name.equals(name.toLowerCase(Locale.ROOT))) {
      return null; // "the capital city" tagged LOCATION: a common noun, no place's name
    }
    if (end + 1 < tokens.size() && tokens.word(end).equals("-") && Words.EZAFE.contains(tokens.word(end + 1))
        && span.end() == tokens.span(end, end + 1).start()) {
      return null; // "Pul" of "Pul-e Khumri": the first word of a Persian name, not Poole
    }
    if (name.length() == 2 && !name.equals(name.toUpperCase(Locale.ROOT))
        && lookup.candidates(name).stream().anyMatch(g -> g.isCountry() || g.isAdmin1())) {
      return null; // "They Can't Stop All of Us": the pronoun, not the US
    }
    if ((source == Toponym.Source.RETYPED || source == Toponym.Source.EMBEDDED) && end - first == 1
        && Words.COMMON.contains(Words.bare(name)) && (first == 0 || !Words.IN.contains(Words.bare(tokens.word(first - 1))))) {
      // "Capital Economics", "the Nile-Delta", "CENTRE", "Independence Day": a common word in or as a
      // name the tagger did not call a place, not the Capital Region of Denmark nor the Centre
      // Region of Cameroon; "in Independence" still speaks of the town
      return null;
    }
    if (hint == Hint.CITY && end < tokens.size() && Tokens.designator(tokens.word(end)) == Hint.CITY
        && lookup.candidates(name).stream().anyMatch(GeoName::isCountry)) {
      hint = Hint.NONE; // "the US city of White Plains", "the US capital": a town of the country, not Us in France
    }
    if (hint == Hint.COUNTY && end < tokens.size() && tokens.capitalised(end)
        && isCounty(doc.text().substring(span.start(), tokens.span(end, end + 1).end()))) {
      // "Laurel" tagged without its "County": the county is the place, and the span takes the word.
      span = new Span(span.start(), tokens.span(end, end + 1).end());
      name = doc.textOf(span);
      end++;
    }
    Hint last = end - first >= 2 ? Tokens.designator(tokens.word(end - 1)) : Hint.NONE;
    if (last != Hint.NONE) {
      hint = last;
      if ((last == Hint.COUNTY && !isCounty(name)) || !bearsName(name)) {
        name = doc.text().substring(span.start(), tokens.span(end - 2, end - 1).end());
        if (last == Hint.COUNTY && isCounty(name + " County")) {
          name = name + " County"; // "Platte Co."
        }
      }
    }
    if (hint == Hint.NONE && townWord(end) && largeTownNamed(name)) {
      hint = Hint.CITY; // "the New York Times", "a New York-based squad": the city, not the state
    }
    String state = Words.STATES.get(name.endsWith(".") ? name : name + ".");
    boolean abbreviation = name.indexOf('.') > 0 || state != null;
    if (abbreviation && !name.endsWith(".") && span.end() < doc.text().length() && doc.text().charAt(span.end()) == '.') {
      span = new Span(span.start(), span.end() + 1); // "the U.S." or "Charleston, W.Va." ending a sentence
    }
    if (state != null && (source != Toponym.Source.GAZETTEER || name.endsWith("."))) {
      name = state;
      hint = Hint.ADMIN1;
    }
    if (end < tokens.size() && Words.PATHOGENS.contains(Words.bare(tokens.word(end)))
        && !(end + 1 < tokens.size() && Words.bare(tokens.word(end + 1)).equals("season"))) { // "the United States flu season"
      return null; // "West Nile virus", "Reston ebolavirus": the name of a pathogen, not a place
    }
    return new Toponym(span, name, hint, source);
  }

  /**
   * Whether the words from token {@code end} on say that the name before them is a town's: a
   * newspaper's name ("Times", {@link Words#NEWSPAPERS}) or "-based". Firms and papers are based
   * in towns, so "New York" there is the city.
   */
  private boolean townWord(int end) {
    if (end >= tokens.size()) {
      return false;
    }
    if (tokens.word(end).equals("-")) {
      return end + 1 < tokens.size() && tokens.word(end + 1).equals("based");
    }
    return tokens.word(end).equals("-based") || tokens.capitalised(end) && Words.NEWSPAPERS.contains(Words.bare(tokens.word(end)));
  }

  /** Whether a town of {@value Lookup#LARGE_CITY} people or more bears {@code name} ("New York" for New York City). */
  private boolean largeTownNamed(String name) {
    return lookup.candidates(name).stream().anyMatch(g -> g.isPopulatedPlace() && g.population() >= Lookup.LARGE_CITY);
  }

  /**
   * Whether some entry has {@code name} as its own name, or a large town has it as an alternate:
   * "Las Vegas City" is only an alternate name of the small Las Vegas in New Mexico, so the name
   * is Las Vegas with the hint CITY.
   */
  private boolean bearsName(String name) {
    String key = Names.key(name);
    return lookup.candidates(name).stream().anyMatch(g -> Lookup.primary(g, key) || g.population() >= Lookup.LARGE_CITY);
  }

  /** Whether the gazetteer has a county of this very name ("Laurel County", "Avoyelles Parish"). */
  private boolean isCounty(String name) {
    return lookup.candidates(name).stream().anyMatch(GeoName::isAdmin2);
  }

  /**
   * The toponyms by span; of overlapping ones the dateline's, then the tagger's, then the longer
   * wins. Names in the dateline besides its place are the outlet's ("Kurdistan 24"), not places.
   */
  private List<Toponym> merged() {
    Dateline dateline = doc.meta().dateline();
    List<Toponym> byPriority = new ArrayList<>(found);
    if (dateline != null && found.stream().anyMatch(t -> t.source() == Toponym.Source.DATELINE)) {
      byPriority.removeIf(t -> t.source() != Toponym.Source.DATELINE && dateline.span().contains(t.span()));
    }
    byPriority.sort(Comparator.comparing(Toponym::source).thenComparing(t -> -t.span().length()));
    List<Toponym> kept = new ArrayList<>();
    for (Toponym t : byPriority) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(t.span()))) {
        kept.add(t);
      }
    }
    kept.sort(Comparator.comparing(Toponym::span));
    return kept;
  }
}
