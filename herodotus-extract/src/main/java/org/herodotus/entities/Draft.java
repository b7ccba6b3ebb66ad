package org.herodotus.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * The entity mentions of one document while the rules of {@link Entities} work on them, with an
 * index from every token to the mention that covers it. One per call of {@code apply}: never
 * shared between threads.
 */
final class Draft {

  final Document doc;
  final List<Token> tokens;
  final List<Mention> mentions = new ArrayList<>();
  private final int[] owner;
  private final boolean[] sentenceStart;

  Draft(Document doc) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.owner = new int[tokens.size()];
    Arrays.fill(owner, -1);
    this.sentenceStart = new boolean[tokens.size() + 1];
    for (Sentence s : doc.sentences()) {
      sentenceStart[s.firstToken()] = true;
    }
    if (!tokens.isEmpty()) {
      sentenceStart[0] = true;
    }
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String tag(int i) {
    String tag = tokens.get(i).tag();
    return tag == null ? "" : tag;
  }

  boolean isProperNoun(int i) {
    return tag(i).startsWith("NNP");
  }

  boolean isCapitalised(int i) {
    String word = word(i);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  boolean isSentenceStart(int i) {
    return sentenceStart[i];
  }

  /** Whether tokens {@code i} and {@code i + 1} stand on one line, with nothing but spaces between. */
  boolean joined(int i) {
    int from = tokens.get(i).span().end();
    int to = tokens.get(i + 1).span().start();
    for (int c = from; c < to; c++) {
      char ch = doc.text().charAt(c);
      if (ch != ' ' && ch != '\u00a0' && ch != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens {@code i} and {@code i + 1} touch, with no space between ("Kurdish-led"). */
  boolean touching(int i) {
    return tokens.get(i).span().end() == tokens.get(i + 1).span().start();
  }

  /** The index of the mention covering token {@code i}, or -1. */
  int owner(int i) {
    return owner[i];
  }

  boolean free(int first, int end) {
    for (int i = first; i < end; i++) {
      if (owner[i] >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The first token starting at or after character {@code offset} (binary search). */
  int tokenAt(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).span().start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The end (exclusive) of the tokens inside {@code span}, starting from token {@code first}. */
  int tokenEnd(int first, Span span) {
    int end = first;
    while (end < tokens.size() && tokens.get(end).span().end() <= span.end()) {
      end++;
    }
    return end;
  }

  /** A mention over tokens {@code [first, end)}. */
  Mention mention(int first, int end, EntityType type, String subtype, String normalized) {
    Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    return new Mention(span, doc.textOf(span), type, subtype, normalized);
  }

  void add(Mention mention) {
    int index = mentions.size();
    mentions.add(mention);
    int first = tokenAt(mention.span().start());
    for (int i = first, end = tokenEnd(first, mention.span()); i < end; i++) {
      owner[i] = index;
    }
  }

  void replace(int index, Mention mention) {
    mentions.set(index, mention);
  }

  static boolean isName(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.LOCATION
        || type == EntityType.MISC || type == EntityType.NATIONALITY;
  }
}
