package org.herodotus.places;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the place rules consult: designators that qualify a place name
 * ("Province", "the city of"), titles that announce a person, and capitalised words that are never
 * taken for a place when no tagger called them one.
 */
final class Words {

  private Words() {}

  /** Designators of a first-level division: "Idlib Province", "the governorate of Idlib". */
  static final Set<String> ADMIN1 = words("province", "governorate", "state", "region", "oblast", "prefecture",
      "wilayat", "vilayet", "emirate", "canton", "territory", "department");

  /** Designators of a populated place: "the city of Aleppo", "Mosul town". */
  static final Set<String> CITY = words("city", "town", "village", "capital", "township", "municipality", "hamlet",
      "suburb", "port", "borough");

  /** Designators of a US-style county, resolved by the town of that name nearby. */
  static final Set<String> COUNTY = words("county", "co", "parish", "borough");

  /** Designators of a district, a division or the town it is named after: "Karak district". */
  static final Set<String> DISTRICT = words("district");

  /** Words before a name that make it a person's: "Mr Jordan", "President Lincoln". */
  static final Set<String> TITLES = words("mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president",
      "senator", "sen", "rep", "gov", "governor", "mayor", "judge", "justice", "minister", "general", "gen", "col",
      "colonel", "capt", "captain", "lt", "sgt", "sergeant", "officer", "prof", "professor", "rev", "father", "pope",
      "king", "queen", "prince", "princess", "sheikh", "coach", "chancellor", "secretary", "detective", "deputy",
      "chief", "commissioner", "attorney", "sheriff", "saint", "st", "councilman", "councilwoman", "coun",
      "selectman", "selectwoman", "alderman", "councillor", "councilor", "supervisor", "superintendent");

  /** Prepositions that put a place after them: "in Deir al-Zor". */
  static final Set<String> LOCATIVE = words("in", "at", "from", "to", "near", "into", "across", "outside", "inside",
      "around", "toward", "towards", "through", "throughout", "via", "across", "between", "northern", "southern",
      "eastern", "western", "central", "north", "south", "east", "west", "of");

  /** Words that follow a town's name in the name of its institutions: "Oakdale Fire Department". */
  static final Set<String> INSTITUTIONS = words("police", "fire", "sheriff", "sheriff's", "city", "county", "town",
      "village", "high", "middle", "elementary", "school", "schools", "public", "municipal", "council", "board",
      "department", "hospital", "library", "chamber", "news", "times", "herald", "journal", "gazette", "tribune",
      "courier", "airport", "station", "mayor", "township", "borough", "water", "housing", "community", "regional",
      "district", "court", "jail", "zoo", "museum", "university", "college", "cathedral", "church", "volunteer",
      "correctional", "seniors", "senior", "maternity", "magistrates", "magistrates'", "institute", "circuit");

  /**
   * Last words of newspapers' names, which open with their town's name: "New York Times", "Washington
   * Post", "Miami Herald".
   */
  static final Set<String> NEWSPAPERS = words("times", "post", "herald", "tribune", "journal", "gazette", "chronicle",
      "courier", "globe", "inquirer", "examiner", "observer", "dispatch", "star", "sun", "bee", "register");

  /** Currencies named after their country: "US dollars", "Hong Kong dollars". */
  static final Set<String> CURRENCIES = words("dollar", "dollars");

  /**
   * Verbs of moving, after which "to" and a name name a place: "they moved to Thornhill"; not
   * "went" ("the award went to Smith").
   */
  static final Set<String> MOVING = words("moved", "move", "moving", "moves", "relocated", "relocating", "returned",
      "returning", "travelled", "traveled", "flew", "drove", "fled", "emigrated", "headed", "evacuated");

  /** Words of events and bodies named after their town: "Venice International Film Festival". */
  static final Set<String> EVENTS = words("international", "festival", "marathon", "film", "fair", "show", "games",
      "open", "summit", "conference", "symphony", "orchestra", "opera", "zoo", "airport", "metro", "transit");

  /**
   * Institutions that only a town has, so that even a small one's name opens theirs: "Byesville
   * Volunteer Fire Department", "Grovetown Department of Public Safety". Not schools, churches and
   * the like, which are as often named after a person ("Lincoln Elementary").
   */
  static final Set<String> TOWN_BODIES = words("police", "fire", "sheriff", "sheriff's", "volunteer", "department",
      "city", "town", "township", "village", "borough", "council", "mayor", "municipal", "correctional", "jail",
      "magistrates", "magistrates'");

  /**
   * Nouns for people and local bodies that a town's name modifies in local news ("Roselle police",
   * "DeKalb man"); not "family" or "campaign", which a surname modifies as often.
   */
  static final Set<String> MODIFIED = words("police", "officers", "deputies", "firefighters", "man", "men", "woman",
      "women", "couple", "teen", "teens", "teenager", "boy", "girl", "youth", "resident", "residents", "native",
      "home", "homes", "homeowners", "student", "students", "officials", "voters", "motorist", "driver");

  /** Words after a place name that make it the name of a pathogen: "West Nile virus", "Rift Valley fever". */
  static final Set<String> PATHOGENS = words("virus", "viruses", "ebolavirus", "fever", "flu", "influenza", "strain",
      "encephalitis", "disease");

  /** Prepositions that give where a person named before them lives: "Janet Evans of Marion". */
  static final Set<String> HOME = words("of", "from");

  /** Words that join names in a list: "Raqqa and Deir al-Zor". */
  static final Set<String> COORDINATION = words("and", "or", ",", "&");

  /** Words between a plural and the list it opens: "counties including Hamilton and Marion". */
  static final Set<String> LIST_OPENERS = words("of", "including", "include", "includes", "such", "as", "like", "are",
      "were", "namely");

  /** Prepositions after which even a town a tagger took for a person is a place: "in Greer". */
  static final Set<String> IN = words("in", "at", "near", "outside", "inside", "throughout", "around", "into");

  /**
   * Capitalised words that begin sentences or name things other than places, yet are also the names
   * of small places somewhere; never matched against the gazetteer unless a tagger called them a
   * location.
   */
  /**
   * Words of bodies that bear a place's name as often as a person's or an idea's, so that a small
   * town's name before them is no sign of the town: "Howard University", "Superior Court".
   */
  static final Set<String> LENT_NAMES = words("university", "college", "institute", "court", "agency");

  static final Set<String> COMMON = words(
      "commerce", "agriculture", "labor", "labour", "treasury", "transportation", "housing", "veterans", "homeland",
      "a", "an", "the", "this", "that", "these", "those", "he", "she", "it", "we", "they", "i", "you", "his", "her",
      "its", "our", "their", "my", "your", "and", "but", "or", "nor", "so", "yet", "if", "when", "while", "as", "at",
      "by", "for", "from", "in", "into", "of", "on", "to", "with", "after", "before", "during", "since", "until",
      "there", "here", "what", "which", "who", "whom", "why", "how", "where", "all", "any", "some", "many", "most",
      "more", "much", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "first", "second", "third", "last", "next", "new", "old", "good", "great", "best", "big", "little", "long",
      "high", "low", "early", "late", "young", "free", "fair", "just", "also", "even", "only", "still", "then",
      "now", "today", "tonight", "yesterday", "tomorrow", "however", "meanwhile", "yes", "well", "please", "thanks",
      "police", "army", "government", "state", "city", "county", "district", "province", "region", "court",
      "church", "school", "university", "college", "hospital", "center", "centre", "park", "street", "road",
      "avenue", "river", "lake", "mount", "island", "valley", "beach", "bay", "hill", "hills", "north", "south",
      "east", "west", "northern", "southern", "eastern", "western", "central", "union", "republic", "kingdom",
      "national", "international", "federal", "democratic", "liberal", "independent", "republican", "democrat",
      "communist", "islamic", "christian", "muslim", "catholic", "united", "general", "royal", "home", "office",
      "house", "senate", "congress", "council", "committee", "department", "ministry", "agency", "commission",
      "office", "bank", "group", "company", "news", "press", "post", "times", "mail", "daily", "weekly", "radio",
      "media", "online", "internet", "web", "twitter", "facebook", "google", "apple", "amazon", "people", "man",
      "woman", "men", "women", "children", "family", "friends", "world", "earth", "moon", "sun", "star", "god",
      "lord", "christ", "jesus", "mr", "mrs", "ms", "dr", "sir", "president", "governor", "mayor", "minister",
      "said", "says", "according", "reported", "report", "photo", "video", "image", "source", "sources", "update",
      "read", "more", "click", "share", "comment", "comments", "story", "stories", "page", "home", "top", "back",
      "day", "week", "month", "year", "time", "morning", "afternoon", "evening", "night", "spring", "summer",
      "fall", "autumn", "winter", "christmas", "easter", "ramadan", "eid", "halloween", "thanksgiving", "black",
      "white", "red", "blue", "green", "gold", "silver", "orange", "brown", "grey", "gray", "pink", "victory",
      "liberty", "freedom", "hope", "peace", "justice", "unity", "progress", "independence", "paradise", "eden",
      "capital", "maritime", "delta", "bride", "coast", "plateau", "border", "frontier", "enterprise",
      "providence", "mobile", "reading", "bath", "nice", "split", "energy", "power", "oil", "gas", "water",
      "fire", "love", "life", "death", "money", "trade", "market", "business", "industry", "health", "education",
      "security", "defense", "defence", "foreign", "affairs", "interior", "justice", "finance", "economy",
      "prime", "deputy", "chief", "head", "leader", "member", "members", "official", "officials", "spokesman",
      "spokeswoman", "correspondent", "editor", "reporter", "author", "writer", "director", "manager", "chairman",
      "ceo", "founder", "owner", "player", "team", "club", "league", "cup", "game", "games", "match", "final",
      "championship", "series", "season", "award", "prize", "festival", "show", "film", "movie", "music", "book",
      "art", "museum", "library", "gallery", "theatre", "theater", "hall", "tower", "bridge", "airport", "station",
      "port", "harbor", "harbour", "camp", "base", "fort", "border", "crossing", "gate", "square", "market",
      "mall", "hotel", "restaurant", "bar", "cafe", "farm", "garden", "forest", "desert", "sea", "ocean", "coast",
      "gulf", "strait", "canal", "channel", "pass", "peak", "cape", "point", "springs", "falls", "junction",
      "heights", "grove", "village", "town", "township", "borough", "ward", "zone", "area", "territory", "sector",
      "front", "line", "side", "centre", "middle", "upper", "lower", "inner", "outer", "greater", "little",
      "saint", "santa", "san", "los", "las", "la", "le", "el", "al", "de", "du", "des", "der", "van", "von", "di",
      "da", "do", "dos", "ibn", "bin", "ben", "abu", "abd", "umm", "mac", "mc", "o", "u", "s", "st", "mt", "ft",
      "inc", "ltd", "co", "corp", "llc", "plc", "ok", "okay", "hey", "oh", "wow", "ah", "www", "com", "org", "net",
      "english", "tv", "pm", "am", "ap", "afp", "reuters", "ap", "cnn", "bbc", "ceo", "mp", "un", "eu", "nato");

  /** Function words that open a sentence before a name: "But Aleppo ...", "In Mosul ...". */
  static final Set<String> FUNCTION = words("the", "a", "an", "and", "but", "or", "so", "if", "in", "at", "on", "of",
      "for", "to", "by", "as", "from", "with", "he", "she", "it", "we", "they", "this", "that", "these", "those", "his",
      "her", "its", "our", "their", "when", "while", "after", "before", "then", "now", "yet", "also", "like", "until",
      "since", "during", "across", "near", "outside", "inside", "unlike", "although", "though", "because", "where");

  /** Lower-case particles inside place names: "Deir ez Zor", "Rio de Janeiro", "Dar es Salaam". */
  static final Set<String> PARTICLES = words("al", "el", "ad", "ar", "as", "az", "at", "an", "ash", "ed", "er", "es",
      "ez", "et", "ul", "de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "les", "des", "sur", "upon");

  /**
   * The news-style abbreviations of US states ("Springfield, Ill.") and Canadian provinces
   * ("Brandon, Man."), and of the US capital.
   */
  static final Map<String, String> STATES = Map.ofEntries(
      Map.entry("Ala.", "Alabama"), Map.entry("Ariz.", "Arizona"), Map.entry("Ark.", "Arkansas"),
      Map.entry("Calif.", "California"), Map.entry("Colo.", "Colorado"), Map.entry("Conn.", "Connecticut"),
      Map.entry("Del.", "Delaware"), Map.entry("Fla.", "Florida"), Map.entry("Ga.", "Georgia"),
      Map.entry("Ill.", "Illinois"), Map.entry("Ind.", "Indiana"), Map.entry("Kan.", "Kansas"),
      Map.entry("Kans.", "Kansas"), Map.entry("Ky.", "Kentucky"), Map.entry("La.", "Louisiana"),
      Map.entry("Md.", "Maryland"), Map.entry("Mass.", "Massachusetts"), Map.entry("Mich.", "Michigan"),
      Map.entry("Minn.", "Minnesota"), Map.entry("Miss.", "Mississippi"), Map.entry("Mo.", "Missouri"),
      Map.entry("Mont.", "Montana"), Map.entry("Neb.", "Nebraska"), Map.entry("Nebr.", "Nebraska"),
      Map.entry("Nev.", "Nevada"), Map.entry("N.H.", "New Hampshire"), Map.entry("N.J.", "New Jersey"),
      Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"), Map.entry("N.C.", "North Carolina"),
      Map.entry("N.D.", "North Dakota"), Map.entry("Okla.", "Oklahoma"), Map.entry("Ore.", "Oregon"),
      Map.entry("Pa.", "Pennsylvania"), Map.entry("Penn.", "Pennsylvania"), Map.entry("R.I.", "Rhode Island"), Map.entry("S.C.", "South Carolina"),
      Map.entry("S.D.", "South Dakota"), Map.entry("Tenn.", "Tennessee"), Map.entry("Tex.", "Texas"),
      Map.entry("Vt.", "Vermont"), Map.entry("Va.", "Virginia"), Map.entry("Wash.", "Washington"),
      Map.entry("W.Va.", "West Virginia"), Map.entry("Wis.", "Wisconsin"), Map.entry("Wisc.", "Wisconsin"), Map.entry("Wyo.", "Wyoming"),
      Map.entry("D.C.", "Washington, D.C."), Map.entry("Alta.", "Alberta"), Map.entry("B.C.", "British Columbia"),
      Map.entry("Man.", "Manitoba"), Map.entry("N.B.", "New Brunswick"), Map.entry("N.L.", "Newfoundland and Labrador"),
      Map.entry("N.S.", "Nova Scotia"), Map.entry("Ont.", "Ontario"), Map.entry("P.E.I.", "Prince Edward Island"),
      Map.entry("Que.", "Quebec"), Map.entry("Sask.", "Saskatchewan"));

  /**
   * Abbreviations of states, provinces and countries in upper case ("WA", "NSW", "SA"), each with
   * the areas it may stand for. Unlike {@link #STATES} they are common letters too (ACT, SA), so
   * one stands for an area only in an article about that area's country ({@code Resolution}).
   * Not "LA" (Los Angeles as often as Louisiana), nor codes that are English words ("IN", "OR",
   * "ME", "OK", "HI", "OH").
   */
  static final Map<String, List<String>> AREA_ABBREVIATIONS = Map.ofEntries(
      Map.entry("NSW", List.of("New South Wales")), Map.entry("QLD", List.of("Queensland")),
      Map.entry("Qld", List.of("Queensland")), Map.entry("Tas", List.of("Tasmania")),
      Map.entry("WA", List.of("Western Australia", "Washington")), Map.entry("SA", List.of("South Australia", "South Africa")),
      Map.entry("NT", List.of("Northern Territory", "Northwest Territories")),
      Map.entry("ACT", List.of("Australian Capital Territory")), Map.entry("NZ", List.of("New Zealand")),
      Map.entry("KZN", List.of("KwaZulu-Natal")), Map.entry("BC", List.of("British Columbia")),
      Map.entry("PEI", List.of("Prince Edward Island")), Map.entry("NY", List.of("New York")),
      Map.entry("NJ", List.of("New Jersey")), Map.entry("CA", List.of("California")), Map.entry("TX", List.of("Texas")),
      Map.entry("FL", List.of("Florida")), Map.entry("AZ", List.of("Arizona")), Map.entry("NV", List.of("Nevada")),
      Map.entry("NC", List.of("North Carolina")), Map.entry("SC", List.of("South Carolina")),
      Map.entry("VA", List.of("Virginia")), Map.entry("WV", List.of("West Virginia")), Map.entry("TN", List.of("Tennessee")),
      Map.entry("KY", List.of("Kentucky")), Map.entry("IL", List.of("Illinois")), Map.entry("MI", List.of("Michigan")),
      Map.entry("MN", List.of("Minnesota")), Map.entry("WI", List.of("Wisconsin")), Map.entry("NH", List.of("New Hampshire")),
      Map.entry("NM", List.of("New Mexico")), Map.entry("CT", List.of("Connecticut")), Map.entry("GA", List.of("Georgia")));

  /**
   * Last words of the name of a street, building or site that lies inside one town ("Royal Street",
   * "Dulles International Airport", "Holy Redeemer Church"): such a name, when the gazetteer lacks
   * it, is placed at the town the article puts it in. Not roads, railways and canals between towns,
   * nor national and state parks, which no town contains.
   */
  static final Set<String> SITES = words("street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard",
      "blvd", "lane", "ln", "way", "place", "plaza", "square", "court", "terrace",
      "airport", "airfield", "station", "terminal", "port", "harbor", "harbour", "pier", "wharf", "bridge",
      "hospital", "clinic", "school", "elementary", "academy", "college", "university", "campus", "library",
      "museum", "gallery", "theatre", "theater", "cinema", "stadium", "arena", "centre", "center", "hall",
      "church", "chapel", "cathedral", "basilica", "mosque", "synagogue", "temple", "shrine", "monastery",
      "cemetery", "graveyard", "park", "garden", "gardens", "zoo", "market", "mall", "hotel", "inn", "motel",
      "plantation", "farm", "farms", "estate", "mill", "prison", "jail",
      "courthouse", "embassy", "consulate", "barracks", "base", "fort", "tower", "palace", "castle", "quarter");

  /**
   * Words of natural features, which end names ("Farallon Islands", "Fire Island") that are no
   * place of the same name ("Islands" in Hong Kong, "Ísland").
   */
  static final Set<String> FEATURES = words("lake", "lakes", "river", "creek", "bay", "sea", "gulf", "ocean", "strait",
      "island", "islands", "isle", "isles", "mount", "mountain", "mountains", "peninsula", "valley", "canyon", "falls",
      "coast", "beach", "forest", "desert", "plain", "plains", "hills", "range");

  /** First words of the names of parties and movements named after their country: "United Russia". */
  static final Set<String> PARTY_WORDS = words("united", "democratic", "free", "just", "fair", "patriotic", "forward");

  /** The last words of street names, a part of {@link #SITES}: "Frenchmen Street", "New Road". */
  static final Set<String> STREETS = words("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane",
      "ln", "drive", "dr");

  /** Words before a street's name that say the text speaks of a place on it: "on Frenchmen Street". */
  static final Set<String> ON_STREET = words("on", "along", "at", "off", "near", "onto", "down", "up", "in", "from",
      "to", "into", "'s");

  /**
   * Generic words that open Arabic place names ("Ain Issa": the spring of Issa, "Tell Tamer", "Deir
   * Hafer", "Kafr Nabl"): such a word alone is no part of the place, whatever town bears it (Al Ain).
   */
  static final Set<String> GENERIC_HEADS = words("ain", "ayn", "tell", "tel", "tal", "deir", "dayr", "kafr", "kfar",
      "jabal", "jebel", "wadi", "bir", "ras", "beit", "bayt", "khan", "jisr", "qasr", "umm", "abu", "marj", "sheikh",
      "al");

  /** The Persian ezafe between the words of a name, after a hyphen: "Pul-e Alam", "Nawah-ye Barakzai". */
  static final Set<String> EZAFE = Set.of("e", "i", "ye", "yi");

  /** Words after which "of" opens a street's name: "the corner of Frenchmen Street". */
  static final Set<String> CORNERS = words("corner", "intersection", "junction", "end", "stretch");

  /** Ordinal words that open street names ("Third Street"), which a tagger takes for ordinals. */
  static final Set<String> ORDINALS = words("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "eleventh", "twelfth");

  /**
   * Words before a site's last word that make it a large area or a body of a whole country, which
   * no one town of the article holds: "Yellowstone National Park", "International Space Station",
   * "the Supreme Court", "the Electoral College".
   */
  static final Set<String> LARGE_SITES = words("national", "state", "provincial", "forest", "wildlife", "nature", "space",
      "supreme", "federal", "electoral", "constitutional");

  /** The Earth, the Moon, the Sun and the planets, which taggers call locations: no places on a map. */
  static final Set<String> CELESTIAL = words("earth", "moon", "sun", "mercury", "venus", "mars", "jupiter", "saturn",
      "uranus", "neptune", "pluto");

  /**
   * Titles that also open place names: "Saint Lucia", "Prince William County", "King George". Inside
   * a name the gazetteer is then asked, so "Prince Harry" stays a person.
   */
  static final Set<String> PLACE_TITLES = words("saint", "st", "ste", "sainte", "prince", "princess", "king", "queen");

  /** Compass and size words before a name that still locate it: "East Texas", "Greater London". */
  static final Set<String> DIRECTIONS = words("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "inner", "outer", "metro", "metropolitan", "far", "the", "n", "s", "e", "w", "n.w", "n.e", "s.w", "s.e");

  /** Month and day names, and their abbreviations. */
  static final Set<String> CALENDAR = words("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  /** A set of the words given, which may repeat. */
  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /** {@code word} in lower case, without a trailing full stop ("Gen." → "gen"). */
  static String bare(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\''); // "Sheriff’s" is "sheriff's"
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /**
   * Whether a token is written as a name: it starts with a capital letter, or with a transliterated
   * Arabic article before one ("al-Zor", "ez-Zor"), or a French or Italian one ("d'Ivoire").
   */
  static boolean capitalised(String word) {
    if (word.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    int dash = word.indexOf('-');
    if (dash >= 1 && dash <= 3 && dash + 1 < word.length() && Character.isUpperCase(word.charAt(dash + 1))
        && word.substring(0, dash).chars().allMatch(Character::isLowerCase)) {
      return true;
    }
    // "d'Ivoire", "l'Aquila": a French or Italian article before a capital
    return word.length() > 2 && (word.charAt(0) == 'd' || word.charAt(0) == 'l')
        && (word.charAt(1) == '\'' || word.charAt(1) == '\u2019') && Character.isUpperCase(word.charAt(2));
  }
}
