package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

/**
 * A name and a colon opening a sentence: transcripts ({@code TAPPER: And obviously ...}) and
 * headlines ({@code Gingrich: Trump Must Decide ...}). The name is the speaker, the colon the
 * cue, and the rest of the paragraph the content. Needs no parse.
 */
final class Colons {

  /** At most this many words before the colon. */
  private static final int NAME_WORDS = 4;
  /** Labels that open a line with a colon and say nothing. */
  private static final Set<String> LABELS = Set.of("note", "editor", "photo", "update", "updated", "related", "watch", "read",
      "see", "source", "sources", "correction", "clarification", "caption", "credit", "video", "follow", "click", "warning",
      "also", "more", "tags", "topics", "share", "abstract", "full", "text", "lead", "q", "a", "question", "answer");

  private Colons() {}

  /** The colon attributions of {@code doc} whose content lies outside {@code taken}, in text order. */
  static List<Found> find(Document doc, List<Span> taken) {
    List<Found> out = new ArrayList<>();
    for (Sentence sentence : doc.sentences()) {
      List<Token> tokens = doc.tokensOf(sentence);
      int first = 0;
      while (first < tokens.size() && quoteMark(tokens.get(first).word())) {
        first++;
      }
      int colon = -1;
      for (int i = first; i < tokens.size() && i <= first + NAME_WORDS; i++) {
        if (tokens.get(i).word().equals(":")) {
          colon = i;
          break;
        }
      }
      if (colon <= first || colon + 1 >= tokens.size() || !name(tokens.subList(first, colon))) {
        continue;
      }
      Span speaker = new Span(tokens.get(first).span().start(), tokens.get(colon - 1).span().end());
      int start = tokens.get(colon + 1).span().start();
      int end = paragraphEnd(doc.text(), start);
      Span content = new Span(start, end);
      if (end > start && taken.stream().noneMatch(content::overlaps) && out.stream().noneMatch(f -> f.content().overlaps(content))) {
        out.add(new Found(content, tokens.get(colon).span(), Cue.COLON, speaker, sentence.firstToken() + colon - 1, null, null, List.of()));
      }
    }
    return out;
  }

  /** Whether the words before the colon are a name: capitalized words, no label such as "Note". */
  private static boolean name(List<Token> words) {
    for (Token t : words) {
      String w = t.word();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !w.equals(".") && !w.equals("'s") && !w.equals("’s")
          || LABELS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoteMark(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("``") || w.equals("''");
  }

  /** Where the paragraph holding {@code from} ends, trailing white space excluded. */
  private static int paragraphEnd(String text, int from) {
    int end = text.indexOf("\n\n", from);
    end = end < 0 ? text.length() : end;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
