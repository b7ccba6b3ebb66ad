package org.herodotus.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * The tokens of one document as the place rules read them: which ones entities cover, where
 * sentences start, the designators and titles around a name. Not thread-safe; one per document.
 */
final class Tokens {

  final Document doc;
  private final List<Token> tokens;
  private final boolean[] covered;
  private final boolean[] sentenceStart;
  private Set<String> lowerWords;

  Tokens(Document doc) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.covered = new boolean[tokens.size()];
    this.sentenceStart = new boolean[tokens.size() + 1];
    doc.sentences().forEach(s -> sentenceStart[s.firstToken()] = true);
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String tag(int i) {
    return tokens.get(i).tag();
  }

  boolean capitalised(int i) {
    return i < tokens.size() && Words.capitalised(tokens.get(i).word());
  }

  boolean covered(int i) {
    return covered[i];
  }

  boolean sentenceStart(int i) {
    return sentenceStart[i];
  }

  /** Marks tokens {@code [first, end)} as covered by an entity. */
  void cover(int first, int end) {
    for (int i = first; i < end; i++) {
      covered[i] = true;
    }
  }

  /** The index of the first token ending after {@code offset}. */
  int tokenAt(int offset) {
    return doc.tokenAt(offset);
  }

  /** The end (exclusive) of the tokens from {@code first} that start inside {@code span}. */
  int tokenEnd(int first, Span span) {
    int end = first;
    while (end < tokens.size() && tokens.get(end).span().start() < span.end()) {
      end++;
    }
    return end;
  }

  Span span(int first, int end) {
    return new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
  }

  String text(int first, int end) {
    return span(first, end).of(doc.text());
  }

  /** Whether a capitalised title stands before token {@code first}: "Gen. Jordan", "President Lincoln". */
  boolean titled(int first) {
    int before = first - 1;
    if (before > 0 && word(before).equals(".")) {
      before--;
    }
    return before >= 0 && Words.TITLES.contains(Words.bare(word(before))) && capitalised(before);
  }

  /** The designator just after ("Idlib province") or before ("the city of Aleppo") tokens {@code [first, end)}. */
  Hint hintAround(int first, int end) {
    if (end < tokens.size() && designator(word(end)) != Hint.NONE) {
      return designator(word(end));
    }
    if (first >= 3 && word(first - 1).equals("of")) {
      int article = first - 3;
      if (article >= 1 && (tag(article).startsWith("JJ") || tag(article).equals("VBN"))
          && !word(article).isEmpty() && Character.isLowerCase(word(article).charAt(0))) {
        article--; // "the restive province of Helmand", "the northwestern region of Kef"; not "the border territory of Georgia"
      }
      if (Words.bare(word(article)).equals("the")) {
        return designator(word(first - 2)); // "the province of Idlib", not "the Cacuaco district of Angola"
      }
    }
    return Hint.NONE;
  }

  static Hint designator(String word) {
    String bare = Words.bare(word);
    return Words.ADMIN1.contains(bare) ? Hint.ADMIN1 : Words.CITY.contains(bare) ? Hint.CITY
        : Words.COUNTY.contains(bare) ? Hint.COUNTY : Words.DISTRICT.contains(bare) ? Hint.DISTRICT : Hint.NONE;
  }

  /** Whether the document also writes {@code word} in lower case, as a common word ("Mobile", "mobile"). */
  boolean lowerCaseElsewhere(String word) {
    if (lowerWords == null) {
      lowerWords = new HashSet<>();
      for (Token t : tokens) {
        if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
          lowerWords.add(t.word());
        }
      }
    }
    return lowerWords.contains(Words.bare(word));
  }
}
