package org.herodotus.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herodotus.gazetteer.GeoName;
import org.herodotus.gazetteer.InMemoryGazetteer;
import org.herodotus.model.Dateline;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;
import org.herodotus.testing.Documents;

/** A small gazetteer and hand-built articles for the place rules. */
final class Fixtures {

  private Fixtures() {}

  /** A name and a Persian ezafe that CoreNLP's tokenizer writes as three tokens: "Pul-e". */
  private static final java.util.regex.Pattern EZAFE = java.util.regex.Pattern.compile("(\\p{Lu}\\p{L}+)-(e|i|ye|yi)");

  static GeoName place(long id, String name, double lat, double lon, String fcode, String cc, String admin1, long population) {
    String fclass = fcode.startsWith("PPL") ? "P" : fcode.equals("RGN") ? "L" : "A";
    return new GeoName(id, name, lat, lon, fclass, fcode, cc, admin1, population);
  }

  static final InMemoryGazetteer GAZETTEER = InMemoryGazetteer.of(List.of(
      place(163843, "Syria", 35, 38, "PCLI", "SY", "00", 22_198_110),
      place(99237, "Iraq", 33, 44, "PCLI", "IQ", "00", 29_671_605),
      place(6252001, "United States", 39.76, -98.5, "PCLI", "US", "00", 310_232_863),
      place(3017382, "France", 46, 2, "PCLI", "FR", "00", 64_768_389),
      place(2077456, "Australia", -25, 135, "PCLI", "AU", "00", 21_515_754),
      place(169388, "Idlib", 35.8, 36.6, "ADM1", "SY", "09", 1_501_000),
      place(169389, "Idlib", 35.93, 36.63, "PPLA", "SY", "09", 128_840),
      place(170063, "Aleppo", 36.2, 37.16, "PPLA", "SY", "02", 1_602_264),
      place(170062, "Aleppo", 36.25, 37.5, "ADM1", "SY", "02", 4_868_000),
      place(170794, "Deir ez-Zor", 35.336, 40.14, "PPLA", "SY", "05", 242_565),
      place(163345, "Ar Raqqah", 35.95, 39.01, "PPLA", "SY", "04", 177_636),
      place(95446, "Erbil", 36.19, 44.01, "PPLA", "IQ", "11", 932_800),
      place(95445, "Erbil", 36.3, 44.2, "ADM1", "IQ", "11", 1_612_700),
      place(-3, "Kurdistan Region", 36.4, 44.4, "RGN", "IQ", "", 0),
      place(5128638, "New York", 43, -75.5, "ADM1", "US", "NY", 19_274_244),
      place(5128581, "New York City", 40.71, -74.01, "PPL", "US", "NY", 8_175_133),
      place(5106834, "Albany", 42.65, -73.76, "PPLA", "US", "NY", 97_856),
      place(4179320, "Albany", 31.58, -84.16, "PPLA2", "US", "GA", 75_644),
      place(2077963, "Albany", -35.02, 117.88, "PPL", "AU", "08", 31_128),
      place(4736286, "Texas", 31.25, -99.25, "ADM1", "US", "TX", 22_875_689),
      place(4197000, "Georgia", 32.75, -83.5, "ADM1", "US", "GA", 9_919_945),
      place(614540, "Georgia", 42, 43.5, "PCLI", "GE", "00", 4_630_000),
      place(4180439, "Atlanta", 33.75, -84.39, "PPLA", "US", "GA", 463_878),
      place(2988507, "Paris", 48.85, 2.35, "PPLC", "FR", "11", 2_138_551),
      place(4717560, "Paris", 33.66, -95.56, "PPLA2", "US", "TX", 25_171),
      place(4889668, "Hope", 41.5, -90.0, "PPL", "US", "IL", 2_900),
      place(4662168, "Tennessee", 35.75, -86.25, "ADM1", "US", "TN", 6_346_105),
      place(4647963, "Paris", 36.30, -88.33, "PPLA2", "US", "TN", 10_156),
      place(4625282, "Henry", 36.20, -88.42, "PPL", "US", "TN", 464),
      place(-3_013_151, "Henry County", 33.45, -84.14, "ADM2", "US", "GA", 203_922),
      place(-3_047_079, "Henry County", 36.33, -88.30, "ADM2", "US", "TN", 32_330),
      place(2660646, "Genève", 46.2, 6.15, "PPLA", "CH", "GE", 183_981),
      place(5117949, "Geneva", 42.87, -76.98, "PPL", "US", "NY", 13_261),
      place(4781530, "Reston", 38.97, -77.34, "PPL", "US", "VA", 58_404),
      place(248816, "Jordan", 31, 36, "PCLI", "JO", "00", 6_407_085),
      place(4273857, "Kansas", 38.5, -98.5, "ADM1", "US", "KS", 2_853_118),
      place(-3_020_045, "Douglas County", 38.88, -95.29, "ADM2", "US", "KS", 110_826),
      place(-3_020_209, "Wyandotte County", 39.11, -94.76, "ADM2", "US", "KS", 157_505),
      place(-3_029_229, "Texas County", 37.32, -91.97, "ADM2", "US", "MO", 26_008),
      place(4196586, "Douglas", 31.51, -82.85, "PPLA2", "US", "GA", 11_589),
      place(4517009, "Marion", 40.59, -83.13, "PPLA2", "US", "OH", 36_837),
      place(5165418, "Ohio", 40.25, -82.75, "ADM1", "US", "OH", 11_467_123),
      place(-3_012_086, "Miami-Dade County", 25.61, -80.50, "ADM2", "US", "FL", 2_496_435)),
      Map.of(170794L, List.of("Deir al-Zor", "Dayr az Zawr"), 163345L, List.of("Raqqa"),
          5128581L, List.of("New York"), 95446L, List.of("ERBIL", "Arbil"), 2660646L, List.of("Geneva"),
          6252001L, List.of("U.S.", "US")),
      Map.of("Syrian", "SY", "Iraqi", "IQ", "French", "FR"));

  /**
   * A tokenized article: capitalised words are tagged NNP, others NN, and a possessive "'s" and a
   * Persian ezafe ("Pul-e") are tokens of their own as CoreNLP makes them; {@code entities} are
   * {@code "surface/TYPE"}, found in order through the text.
   */
  static Document article(String text, String... entities) {
    Document doc = Documents.tokenized("t", text);
    List<Token> tagged = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      int first = tagged.size();
      for (Token t : doc.tokens().subList(sentence.firstToken(), sentence.endToken())) {
        String word = t.word();
        boolean name = Character.isUpperCase(word.charAt(0)) && !word.contains("-led");
        String tag = name ? "NNP" : "NN";
        boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
        java.util.regex.Matcher ezafe = EZAFE.matcher(word);
        if (ezafe.matches()) { // as CoreNLP splits it: "Pul" "-" "e"
          int at = t.span().start();
          String stem = ezafe.group(1);
          tagged.add(new Token(new Span(at, at + stem.length()), stem, stem.toLowerCase(), "NNP"));
          tagged.add(new Token(new Span(at + stem.length(), at + stem.length() + 1), "-", "-", "HYPH"));
          tagged.add(new Token(new Span(at + stem.length() + 1, t.span().end()), ezafe.group(2), ezafe.group(2), "NNP"));
          continue;
        }
        if (possessive) { // as CoreNLP splits it: "Augusta" "'s"
          int cut = t.span().end() - 2;
          String stem = word.substring(0, word.length() - 2);
          tagged.add(new Token(new Span(t.span().start(), cut), stem, stem.toLowerCase(), tag));
          tagged.add(new Token(new Span(cut, t.span().end()), word.substring(word.length() - 2), "'s", "POS"));
        } else {
          tagged.add(new Token(t.span(), word, t.lemma(), tag));
        }
      }
      sentences.add(new Sentence(sentence.span(), first, tagged.size(), List.of()));
    }
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String entity : entities) {
      int slash = entity.lastIndexOf('/');
      String surface = entity.substring(0, slash);
      int start = text.indexOf(surface, from);
      if (start < 0) {
        throw new IllegalArgumentException("no '" + surface + "' after " + from + " in: " + text);
      }
      mentions.add(new Mention(new Span(start, start + surface.length()), surface,
          EntityType.valueOf(entity.substring(slash + 1)), null, null));
      from = start + surface.length();
    }
    return doc.withTokens(tagged, sentences, false).withEntities(mentions);
  }

  /** {@code article} with a dateline whose place is {@code place}, at the start of the text. */
  static Document withDateline(Document doc, String place) {
    int end = doc.text().indexOf(" - ") + 3;
    var meta = doc.meta();
    return doc.withMeta(new org.herodotus.model.Metadata(meta.id(), meta.title(), meta.published(), meta.authors(),
        meta.source(), meta.url(), new Dateline(new Span(0, end), place, null), meta.origin()));
  }

  /** "text → name PRECISION country", or "text → unresolved". */
  static List<String> render(Document doc) {
    return doc.places().stream().map(Fixtures::render).toList();
  }

  static String render(Place p) {
    return p.resolved() ? p.text() + " → " + p.name() + " " + p.precision() + " " + p.country() : p.text() + " → unresolved";
  }
}
