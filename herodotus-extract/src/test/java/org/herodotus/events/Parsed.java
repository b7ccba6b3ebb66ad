package org.herodotus.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.herodotus.model.Token;

/**
 * Hand-parsed one-sentence articles for the event coder, without models: words separated by
 * spaces, their Penn tags, and arcs written as {@code "ousted nsubj forces"} (governor, relation,
 * dependent, each word by its first occurrence; {@code "ROOT root ousted"} for the root). Lemmas
 * are the lower-cased words but for the inflected forms of {@link #LEMMAS}. Published 2017-09-05.
 */
final class Parsed {

  private static final Map<String, String> LEMMAS = Map.ofEntries(
      Map.entry("ousted", "oust"), Map.entry("forces", "force"), Map.entry("fled", "flee"), Map.entry("gathered", "gather"), Map.entry("defectors", "defector"), Map.entry("attacked", "attack"),
      Map.entry("threatened", "threaten"), Map.entry("did", "do"), Map.entry("militants", "militant"), Map.entry("fighters", "fighter"),
      Map.entry("rebels", "rebel"), Map.entry("was", "be"), Map.entry("paid", "pay"), Map.entry("smugglers", "smuggler"),
      Map.entry("detained", "detain"), Map.entry("guards", "guard"), Map.entry("people", "people"), Map.entry("backed", "back"),
      Map.entry("said", "say"), Map.entry("officials", "official"), Map.entry("agreed", "agree"), Map.entry("demanded", "demand"),
      Map.entry("criticized", "criticize"), Map.entry("lifted", "lift"), Map.entry("sanctions", "sanction"),
      Map.entry("provided", "provide"), Map.entry("killed", "kill"), Map.entry("civilians", "civilian"),
      Map.entry("killing", "kill"), Map.entry("wounding", "wound"), Map.entry("others", "other"));

  private Document doc;
  private final List<String> words;

  private Parsed(String text, String tags, String... arcs) {
    words = List.of(text.split(" "));
    String[] tagList = tags.split(" ");
    if (tagList.length != words.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + tagList.length + " tags");
    }
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      tokens.add(new Token(new Span(at, at + w.length()), w, LEMMAS.getOrDefault(w, w.toLowerCase()), tagList[i]));
      at += w.length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (String arc : arcs) {
      String[] parts = arc.split(" ");
      deps.add(new Dependency(parts[0].equals("ROOT") ? -1 : index(parts[0]), index(parts[2]), parts[1]));
    }
    Sentence sentence = new Sentence(new Span(0, text.length()), 0, tokens.size(), deps);
    doc = Document.of(Metadata.of("t").withPublished(LocalDate.of(2017, 9, 5)), text)
        .withTokens(tokens, List.of(sentence), true).withEntities(List.of()).withTimes(List.of()).withPlaces(List.of());
  }

  static Parsed sentence(String text, String tags, String... arcs) {
    return new Parsed(text, tags, arcs);
  }

  private int index(String word) {
    int i = words.indexOf(word);
    if (i < 0) {
      throw new IllegalArgumentException("'" + word + "' is not a word of the sentence " + words);
    }
    return i;
  }

  private Span span(String phrase) {
    int start = doc.text().indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("'" + phrase + "' is not in the text");
    }
    return new Span(start, start + phrase.length());
  }

  Parsed nationality(String word, String iso3) {
    List<Mention> entities = new ArrayList<>(doc.entities());
    entities.add(new Mention(span(word), word, EntityType.NATIONALITY, "NATIONAL", iso3));
    doc = doc.withEntities(entities);
    return this;
  }

  Parsed number(String word, String normalized, EntityType type) {
    List<Mention> entities = new ArrayList<>(doc.entities());
    entities.add(new Mention(span(word), word, type, null, normalized));
    doc = doc.withEntities(entities);
    return this;
  }

  Parsed country(String name, String iso2) {
    List<Place> places = new ArrayList<>(doc.places());
    places.add(new Place(span(name), name, null, name, "PCLI", iso2, null, 0.0, 0.0, Precision.COUNTRY));
    doc = doc.withPlaces(places);
    return this;
  }

  Parsed city(String name, String iso2) {
    List<Place> places = new ArrayList<>(doc.places());
    places.add(new Place(span(name), name, 1L, name, "PPLA", iso2, null, 36.3, 43.1, Precision.CITY));
    doc = doc.withPlaces(places);
    return this;
  }

  Parsed date(String phrase, String value) {
    List<TimeExpression> times = new ArrayList<>(doc.times());
    times.add(new TimeExpression(span(phrase), phrase, TimexType.DATE, value, null));
    doc = doc.withTimes(times);
    return this;
  }

  Document document() {
    return doc;
  }
}
