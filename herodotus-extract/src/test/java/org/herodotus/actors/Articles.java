package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.entities.Entities;
import org.herodotus.model.Actor;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Place;
import org.herodotus.model.Precision;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * Short articles for the actor tests, annotated by hand: tokens split at hyphens as CoreNLP's
 * are; tags by simple rules (determiners, prepositions, pronouns, "-ed" verbs, capitalised words
 * NNP, other words NN) unless given; nationalities found by the real {@link Entities} stage;
 * countries placed wherever their names stand.
 */
final class Articles {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*|'s|\\S");
  private static final Set<String> DT = Set.of("the", "a", "an", "some", "two");
  private static final Set<String> IN = Set.of("in", "into", "from", "of", "on", "with", "near", "for", "to", "by");
  private static final Set<String> PRP = Set.of("he", "she", "it", "they", "its", "their", "them");
  private static final Map<String, String> COUNTRIES = Map.of("Syria", "SY", "Turkey", "TR", "France", "FR", "Iraq", "IQ");

  private Articles() {}

  /** The article annotated up to places, ready for {@link Actors}; {@code tags} override the rules. */
  static Document doc(String text, Map<String, String> tags, Mention... candidates) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int first = 0;
    while (m.find()) {
      String word = m.group();
      tokens.add(new Token(new Span(m.start(), m.end()), word, word.toLowerCase(), tags.getOrDefault(word, tagOf(word))));
      if (word.equals(".")) {
        sentences.add(new Sentence(new Span(tokens.get(first).span().start(), m.end()), first, tokens.size(), List.of()));
        first = tokens.size();
      }
    }
    Document doc = new Entities().apply(Document.of(Metadata.of("t"), text).withTokens(tokens, sentences, false)
        .withEntityCandidates(List.of(candidates)));
    List<Place> places = new ArrayList<>();
    COUNTRIES.forEach((name, iso2) -> {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        places.add(new Place(new Span(at, at + name.length()), name, null, name, "PCLI", iso2, null, 0.0, 0.0, Precision.COUNTRY));
      }
    });
    places.sort((a, b) -> a.span().compareTo(b.span()));
    return doc.withPlaces(places);
  }

  static Document doc(String text, Mention... candidates) {
    return doc(text, Map.of(), candidates);
  }

  /** The document as published on {@code date} (YYYY-MM-DD). */
  static Document published(Document doc, String date) {
    return doc.withMeta(doc.meta().withPublished(LocalDate.parse(date)));
  }

  /** A tagger's candidate over the first occurrence of {@code surface}. */
  static Mention at(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    return new Mention(new Span(start, start + surface.length()), surface, type, null, null);
  }

  /** Each actor as {@code CODE TYPE name [mention, mention]}. */
  static List<String> render(Document doc) {
    return doc.actors().stream().map(a -> a.code() + " " + a.type() + " " + a.name() + " "
        + a.mentions().stream().map(doc::textOf).toList()).toList();
  }

  /** The actors with a mention ending where the token {@code word} (first occurrence) ends. */
  static List<Actor> actorsOfHead(Document doc, String word) {
    int end = doc.text().indexOf(word) + word.length();
    return doc.actors().stream().filter(a -> a.mentions().stream().anyMatch(s -> s.end() == end)).toList();
  }

  private static String tagOf(String word) {
    String lower = word.toLowerCase();
    if (DT.contains(lower)) {
      return "DT";
    }
    if (IN.contains(lower)) {
      return "IN";
    }
    if (PRP.contains(lower)) {
      return "PRP";
    }
    if (lower.equals("and")) {
      return "CC";
    }
    if (word.equals("'s")) {
      return "POS";
    }
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      return word;
    }
    if (Character.isDigit(word.charAt(0))) {
      return "CD";
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return "NNP";
    }
    return lower.endsWith("ed") || lower.equals("said") || lower.equals("fled") ? "VBD" : "NN";
  }
}
