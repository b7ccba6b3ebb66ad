package org.herodotus.dates;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * One document as the date rules see it: its text, its tokens, and its anchor, the publication
 * date (which may be {@code null}). Finds tokens by character offset. Not shared between threads:
 * {@link Dates} makes one per document.
 */
final class Context {

  final Document doc;
  final String text;
  final List<Token> tokens;
  /** The publication date, or {@code null}. */
  final LocalDate dct;
  private final int[] sentenceOfToken;

  Context(Document doc) {
    this.doc = doc;
    this.text = doc.text();
    this.tokens = doc.tokens();
    this.dct = doc.meta().published();
    this.sentenceOfToken = new int[tokens.size()];
    List<Sentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      for (int t = sentences.get(s).firstToken(); t < sentences.get(s).endToken(); t++) {
        sentenceOfToken[t] = s;
      }
    }
  }

  /** The index of the first token that ends after {@code offset}, or the token count. */
  int tokenAt(int offset) {
    return doc.tokenAt(offset);
  }

  /** The index after the last token that starts before {@code offset}. */
  int tokenEnd(int offset) {
    int i = tokenAt(offset);
    while (i < tokens.size() && tokens.get(i).span().start() < offset) {
      i++;
    }
    return i;
  }

  /** The first token of the sentence that holds token {@code i}. */
  int sentenceStart(int i) {
    return doc.sentences().isEmpty() || i >= tokens.size() ? 0 : doc.sentences().get(sentenceOfToken[i]).firstToken();
  }

  /** The token after the sentence that holds token {@code i}. */
  int sentenceEnd(int i) {
    return doc.sentences().isEmpty() || i >= tokens.size() ? tokens.size() : doc.sentences().get(sentenceOfToken[i]).endToken();
  }

  /** The lower-cased word of token {@code i}, or "" outside the document. */
  String word(int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase();
  }

  String tag(int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).tag();
  }

  /** The lower-cased text just before {@code offset}, at most {@code length} characters. */
  String before(int offset, int length) {
    return text.substring(Math.max(0, offset - length), offset).toLowerCase();
  }

  /** The lower-cased text just after {@code offset}, at most {@code length} characters. */
  String after(int offset, int length) {
    return text.substring(offset, Math.min(text.length(), offset + length)).toLowerCase();
  }

  String textOf(Span span) {
    return span.of(text);
  }
}
