package org.herodotus.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Document;
import org.herodotus.model.Metadata;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * Builds annotated documents by hand, so that stages after annotation are tested without loading
 * models: tokens are runs of letters and digits (with inner hyphens and apostrophes) or single
 * punctuation marks, sentences end after {@code .}, {@code !} or {@code ?}. Lemmas are the
 * lower-cased words and tags are {@code "X"}.
 */
public final class Documents {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*|\\S");

  private Documents() {}

  /** A document with id {@code id}, the given text, and the TOKENS layer. */
  public static Document tokenized(String id, String text) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentenceStart = 0;
    while (m.find()) {
      String word = m.group();
      tokens.add(new Token(new Span(m.start(), m.end()), word, word.toLowerCase(), "X"));
      if (word.equals(".") || word.equals("!") || word.equals("?")) {
        sentences.add(sentence(tokens, sentenceStart));
        sentenceStart = tokens.size();
      }
    }
    if (sentenceStart < tokens.size()) {
      sentences.add(sentence(tokens, sentenceStart));
    }
    return Document.of(Metadata.of(id), text).withTokens(tokens, sentences, false);
  }

  private static Sentence sentence(List<Token> tokens, int first) {
    Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
    return new Sentence(span, first, tokens.size(), List.of());
  }
}
