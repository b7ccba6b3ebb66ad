package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorType;
import org.herodotus.model.Dependency;
import org.herodotus.model.Document;
import org.herodotus.model.Event;
import org.herodotus.model.Metadata;
import org.herodotus.model.Mode;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * Hand-parsed one-sentence articles for the attribution stage, without models: words separated by
 * spaces, their Penn tags, and arcs written as {@code "said nsubj he"} (governor, relation,
 * dependent, each word by its first occurrence; {@code "ROOT root said"}). Lemmas are the
 * lower-cased words but for the inflected forms of {@link #LEMMAS}. Actors and events are added by
 * hand.
 */
final class Parsed {

  private static final Map<String, String> LEMMAS = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("reported", "report"), Map.entry("gathered", "gather"), Map.entry("defectors", "defector"),
      Map.entry("has", "have"), Map.entry("told", "tell"), Map.entry("diplomats", "diplomat"), Map.entry("wants", "want"),
      Map.entry("claimed", "claim"), Map.entry("blasted", "blast"), Map.entry("remarks", "remark"), Map.entry("called", "call"),
      Map.entry("failed", "fail"), Map.entry("calling", "call"), Map.entry("endorsed", "endorse"), Map.entry("saying", "say"),
      Map.entry("went", "go"), Map.entry("asked", "ask"), Map.entry("laughed", "laugh"), Map.entry("noting", "note"));

  private final List<String> words;
  private Document doc;

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
    doc = Document.of(Metadata.of("t"), text)
        .withTokens(tokens, List.of(new Sentence(new Span(0, text.length()), 0, tokens.size(), deps)), true)
        .withEntities(List.of()).withActors(List.of());
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

  Span span(String phrase) {
    int start = doc.text().indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("'" + phrase + "' is not in the text");
    }
    return new Span(start, start + phrase.length());
  }

  /** Adds an actor named {@code phrase} with code {@code code}, mentioned there. */
  Parsed actor(String phrase, String code, ActorType type) {
    List<Actor> actors = new ArrayList<>(doc.actors());
    actors.add(new Actor("a" + (actors.size() + 1), phrase, code, type, null, List.of(span(phrase))));
    doc = doc.withActors(actors);
    return this;
  }

  /** Adds an asserted event whose trigger is {@code trigger}. */
  Parsed event(String trigger, String action) {
    List<Event> events = new ArrayList<>(doc.events());
    events.add(new Event(null, null, action, null, null, null, null, null, null, null, List.of(), Mode.ASSERTED, span(trigger),
        new Span(0, doc.text().length()), 0.5, null));
    doc = doc.withEvents(events);
    return this;
  }

  Document document() {
    return doc;
  }
}
