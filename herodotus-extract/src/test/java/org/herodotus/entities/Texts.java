package org.herodotus.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Metadata;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * Hand-built documents for the entity tests. Tokens split at hyphens as CoreNLP's do
 * ("Kurdish", "-", "led"); tags are {@code NNP} for capitalised words, {@code PRP} for personal
 * pronouns, {@code NN} otherwise, unless given per word.
 */
final class Texts {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}\\p{N}]+)*|\\S");
  private static final List<String> PRONOUNS = List.of("he", "she", "they", "He", "She", "They");

  private Texts() {}

  static Document doc(String text, Map<String, String> tags, Mention... candidates) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int first = 0;
    while (m.find()) {
      String word = m.group();
      tokens.add(new Token(new Span(m.start(), m.end()), word, word.toLowerCase(), tags.getOrDefault(word, tagOf(word))));
      if (word.equals(".")) {
        sentences.add(sentence(tokens, first));
        first = tokens.size();
      }
    }
    if (first < tokens.size()) {
      sentences.add(sentence(tokens, first));
    }
    return Document.of(Metadata.of("t"), text).withTokens(tokens, sentences, false)
        .withEntityCandidates(List.of(candidates));
  }

  static Document doc(String text, Mention... candidates) {
    return doc(text, Map.of(), candidates);
  }

  /** The candidate over the {@code nth} (0-based) occurrence of {@code surface}. */
  static Mention at(String text, String surface, int nth, EntityType type) {
    int start = text.indexOf(surface);
    for (int k = 0; k < nth; k++) {
      start = text.indexOf(surface, start + 1);
    }
    return new Mention(new Span(start, start + surface.length()), surface, type, null, null);
  }

  static Mention at(String text, String surface, EntityType type) {
    return at(text, surface, 0, type);
  }

  /** Each entity as {@code text/TYPE}, with {@code :normalized} when there is one. */
  static List<String> render(Document doc) {
    return doc.entities().stream()
        .map(e -> e.text() + "/" + e.type() + (e.normalized() == null ? "" : ":" + e.normalized()))
        .toList();
  }

  private static String tagOf(String word) {
    if (PRONOUNS.contains(word)) {
      return "PRP";
    }
    return Character.isUpperCase(word.charAt(0)) ? "NNP" : Character.isLetter(word.charAt(0)) ? "NN" : word;
  }

  private static Sentence sentence(List<Token> tokens, int first) {
    Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(span, first, tokens.size(), List.of());
  }
}
