package org.herodotus.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Metadata;
import org.herodotus.model.Mode;
import org.herodotus.model.Participant;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;

/**
 * Deterministic synthetic articles with coded events, for the store benchmark: the same seed gives
 * the same documents. Event types, countries and actors are drawn from skewed distributions (a few
 * common, many rare, as in news), dates spread over 2015–2019 at day, month or year precision, and
 * each document has one to nine events, each with its own sentence, plus filler sentences.
 */
final class SyntheticNews implements Iterator<Document> {

  /** PLOVER category, CAMEO codes, the verb of its sentence, weight. */
  private record Type(String plover, String[] codes, String verb, int weight) {}

  private static final Type[] TYPES = {
      new Type("CONSULT", new String[] {"040", "042", "043", "046"}, "met", 20),
      new Type("ASSAULT", new String[] {"190", "193", "194", "195", "1831"}, "attacked", 18),
      new Type("ACCUSE", new String[] {"112", "111"}, "accused", 10),
      new Type("COERCE", new String[] {"173", "172", "175"}, "detained", 8),
      new Type("AGREE", new String[] {"057", "081"}, "agreed with", 7),
      new Type("DEMAND", new String[] {"100", "104"}, "demanded concessions from", 6),
      new Type("AID", new String[] {"070", "073"}, "sent aid to", 5),
      new Type("THREATEN", new String[] {"130", "138"}, "threatened", 5),
      new Type("PROTEST", new String[] {"141", "145"}, "protested against", 5),
      new Type("REQUEST", new String[] {"020", "028"}, "appealed to", 4),
      new Type("SUPPORT", new String[] {"051", "050"}, "praised", 4),
      new Type("REJECT", new String[] {"120", "125"}, "rejected a proposal by", 3),
      new Type("CONCEDE", new String[] {"080", "084"}, "released prisoners held by", 2),
      new Type("MOBILIZE", new String[] {"150", "154"}, "mobilized troops against", 2),
      new Type("RETREAT", new String[] {"087"}, "withdrew from positions held by", 1)};

  /** Alpha-2, alpha-3, a city, its latitude and longitude; earlier countries are drawn more often. */
  private static final Object[][] COUNTRIES = {
      {"SY", "SYR", "Aleppo", 36.20, 37.16}, {"IQ", "IRQ", "Mosul", 36.34, 43.13}, {"US", "USA", "Washington", 38.90, -77.04},
      {"AF", "AFG", "Kandahar", 31.61, 65.71}, {"UA", "UKR", "Donetsk", 48.02, 37.80}, {"YE", "YEM", "Aden", 12.78, 45.04},
      {"NG", "NGA", "Maiduguri", 11.85, 13.16}, {"LY", "LBY", "Tripoli", 32.89, 13.19}, {"TR", "TUR", "Ankara", 39.93, 32.86},
      {"RU", "RUS", "Moscow", 55.76, 37.62}, {"EG", "EGY", "Cairo", 30.04, 31.24}, {"IL", "ISR", "Jerusalem", 31.77, 35.21},
      {"PK", "PAK", "Peshawar", 34.01, 71.58}, {"SO", "SOM", "Mogadishu", 2.05, 45.32}, {"ML", "MLI", "Gao", 16.27, -0.04},
      {"IN", "IND", "Srinagar", 34.08, 74.80}, {"CN", "CHN", "Beijing", 39.90, 116.41}, {"FR", "FRA", "Paris", 48.86, 2.35},
      {"GB", "GBR", "London", 51.51, -0.13}, {"DE", "DEU", "Berlin", 52.52, 13.40}, {"IR", "IRN", "Tehran", 35.69, 51.39},
      {"SD", "SDN", "Khartoum", 15.50, 32.56}, {"SS", "SSD", "Juba", 4.85, 31.58}, {"CD", "COD", "Goma", -1.68, 29.22},
      {"VE", "VEN", "Caracas", 10.48, -66.90}, {"CO", "COL", "Cali", 3.45, -76.53}, {"MX", "MEX", "Culiacan", 24.81, -107.39},
      {"PH", "PHL", "Marawi", 8.00, 124.29}, {"MM", "MMR", "Sittwe", 20.15, 92.90}, {"LB", "LBN", "Beirut", 33.89, 35.50},
      {"JO", "JOR", "Amman", 31.95, 35.93}, {"SA", "SAU", "Riyadh", 24.71, 46.68}, {"KE", "KEN", "Nairobi", -1.29, 36.82},
      {"ET", "ETH", "Addis Ababa", 9.03, 38.74}, {"BR", "BRA", "Rio de Janeiro", -22.91, -43.17}, {"GR", "GRC", "Athens", 37.98, 23.73},
      {"TN", "TUN", "Tunis", 36.81, 10.18}, {"DZ", "DZA", "Algiers", 36.75, 3.06}, {"BF", "BFA", "Ouagadougou", 12.37, -1.52},
      {"CF", "CAF", "Bangui", 4.39, 18.56}};

  /** Actor name, CAMEO code, type; the country-less ones are coded without one. */
  private static final Object[][] ACTORS = {
      {"government forces", "GOVMIL", ActorType.STATE_ORGAN}, {"police", "COP", ActorType.STATE_ORGAN},
      {"Islamic State", "IMGMUSISI", ActorType.ARMED_GROUP}, {"rebel fighters", "REB", ActorType.ARMED_GROUP},
      {"protesters", "CVL", ActorType.GROUP}, {"the president", "GOVHEAD", ActorType.PERSON},
      {"the foreign minister", "GOV", ActorType.PERSON}, {"the United Nations", "IGOUNO", ActorType.INTERNATIONAL_ORGANIZATION},
      {"Kurdish forces", "KURMIL", ActorType.ARMED_GROUP}, {"the Taliban", "TAL", ActorType.ARMED_GROUP},
      {"Boko Haram", "IMGBKH", ActorType.ARMED_GROUP}, {"Red Cross workers", "NGOHLH", ActorType.ORGANIZATION},
      {"opposition leaders", "OPP", ActorType.GROUP}, {"border guards", "COPBRD", ActorType.STATE_ORGAN},
      {"militants", "IMG", ActorType.ARMED_GROUP}, {"students", "EDU", ActorType.GROUP},
      {"the army", "MIL", ActorType.STATE_ORGAN}, {"trade unions", "LAB", ActorType.ORGANIZATION},
      {"al-Shabaab", "IMGSHB", ActorType.ARMED_GROUP}, {"Houthi rebels", "REBHOU", ActorType.ARMED_GROUP},
      {"the European Union", "IGOEEC", ActorType.INTERNATIONAL_ORGANIZATION}, {"NATO", "IGONAT", ActorType.INTERNATIONAL_ORGANIZATION},
      {"aid agencies", "NGO", ActorType.ORGANIZATION}, {"the prime minister", "GOVHEAD", ActorType.PERSON}};

  private static final String[] FILLER = ("officials said the situation remained tense after days of clashes and talks "
      + "residents fled the area while aid convoys waited at the border crossing for permission to enter "
      + "the ministry denied the reports and called for calm as negotiators met behind closed doors "
      + "witnesses described heavy shelling overnight and long queues for bread and fuel in the morning "
      + "analysts warned that the ceasefire could collapse if smugglers and defectors kept crossing the frontier "
      + "the council will vote next week on sanctions tariffs elections a new constitution and refugee returns").split(" ");

  private static final String[] OUTLETS = {"Levant Wire", "Daily Courier", "Global Times Report", "Morning Ledger",
      "Frontier Post", "Harbour Gazette", "Capital Herald", "Eastern Observer"};

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 5 * 365;

  private final SplittableRandom random;
  private final long events;
  private long made;
  private int documents;

  SyntheticNews(long seed, long events) {
    this.random = new SplittableRandom(seed);
    this.events = events;
  }

  @Override
  public boolean hasNext() {
    return made < events;
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String id = String.format("syn-%07d", documents++);
    int count = (int) Math.min(1 + random.nextInt(9), events - made);
    made += count;
    LocalDate published = FIRST.plusDays(random.nextInt(DAYS));
    Object[] home = COUNTRIES[skewed(COUNTRIES.length)];
    StringBuilder text = new StringBuilder();
    List<Actor> actors = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    filler(text);
    for (int i = 0; i < count; i++) {
      Type type = pickType();
      Object[] country = random.nextInt(4) == 0 ? COUNTRIES[skewed(COUNTRIES.length)] : home;
      Object[] source = ACTORS[skewed(ACTORS.length)];
      Object[] target = ACTORS[skewed(ACTORS.length)];
      int start = text.length();
      Span s = append(text, capitalized((String) source[0]));
      text.append(' ');
      Span verb = append(text, type.verb());
      text.append(' ');
      Span t = append(text, (String) target[0]);
      text.append(" in ");
      Span where = append(text, (String) country[2]);
      text.append(". ");
      Span sentence = new Span(start, text.length() - 1);
      String alpha3 = (String) country[1];
      actors.add(actor("a" + (2 * i), source, alpha3, s));
      actors.add(actor("a" + (2 * i + 1), target, alpha3, t));
      Place place = new Place(where, (String) country[2], null, (String) country[2], "PPL", (String) country[0], null,
          (Double) country[3] + random.nextDouble() - 0.5, (Double) country[4] + random.nextDouble() - 0.5, Precision.CITY);
      events.add(new Event(type.codes()[random.nextInt(type.codes().length)], type.plover(), type.verb().split(" ")[0],
          new Participant(s, text.substring(s.start(), s.end()), "a" + (2 * i), alpha3 + source[1]),
          new Participant(t, text.substring(t.start(), t.end()), "a" + (2 * i + 1), alpha3 + target[1]),
          place, null, null, date(published), null, List.of(), mode(), verb, sentence, 0.5 + random.nextDouble() / 2, null));
      if (random.nextInt(3) == 0) {
        filler(text);
      }
    }
    Metadata meta = new Metadata(id, capitalized(FILLER[random.nextInt(FILLER.length)]) + " in " + home[2], published,
        List.of(), OUTLETS[random.nextInt(OUTLETS.length)], "https://news.example/" + id, null, "synthetic:" + id);
    return Document.of(meta, text.toString().trim()).withActors(actors).withEvents(events);
  }

  /** An index in [0, n) with probability falling about as 1/(rank+1). */
  private int skewed(int n) {
    double u = random.nextDouble();
    return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
  }

  private Type pickType() {
    int total = 0;
    for (Type t : TYPES) {
      total += t.weight();
    }
    int r = random.nextInt(total);
    for (Type t : TYPES) {
      r -= t.weight();
      if (r < 0) {
        return t;
      }
    }
    throw new IllegalStateException("weights");
  }

  private String date(LocalDate published) {
    LocalDate day = published.minusDays(random.nextInt(4));
    int p = random.nextInt(10);
    return p < 7 ? day.toString() : p < 9 ? day.toString().substring(0, 7) : day.toString().substring(0, 4);
  }

  private Mode mode() {
    int p = random.nextInt(20);
    return p < 15 ? Mode.ASSERTED : p < 18 ? Mode.REPORTED : p < 19 ? Mode.CLAIMED : Mode.NEGATED;
  }

  private Actor actor(String id, Object[] actor, String country, Span mention) {
    return new Actor(id, (String) actor[0], country + actor[1], (ActorType) actor[2], country, List.of(mention));
  }

  private void filler(StringBuilder text) {
    int words = 8 + random.nextInt(10);
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sentence.append(i == 0 ? "" : " ").append(FILLER[skewed(FILLER.length)]);
    }
    text.append(capitalized(sentence.toString())).append(". ");
  }

  private static Span append(StringBuilder text, String words) {
    int start = text.length();
    text.append(words);
    return new Span(start, text.length());
  }

  private static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
