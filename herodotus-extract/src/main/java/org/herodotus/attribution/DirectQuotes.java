package org.herodotus.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.herodotus.model.Document;
import org.herodotus.model.Span;

/**
 * Direct quotes: quoted stretches ({@link QuoteMarks}) of four words or more, each with the cue of
 * speech next to it in its sentence — after it ({@code "…," he said}; {@code "…," said Mr. Trump})
 * or before it ({@code She said: "…"}; {@code he told reporters, "…"}) — or at the end of the sentence
 * before, when that sentence ends with a colon. A stretch without a cue continues the quote before
 * it: in the same paragraph it extends that quote ({@code "A," he said. "B."} is one quote from A to
 * B, as PolNeAR marks it), and so does a stretch whose nearest cue is the one of the quote before
 * ({@code "A," said X, a professor at Y. "B."}); opening a paragraph after one, it is a new quote of
 * the same speaker.
 * Speakers come from the parse where there is one, else from the words beside the cue.
 */
final class DirectQuotes {

  private static final int MIN_WORDS = 4;
  /** How many words may stand between a quote and the cue after it ("he said", "said the former governor"). */
  private static final int AFTER = 6;
  /** How many words may stand between a cue and the quote after it ("told reporters on Tuesday:"). */
  private static final int BEFORE = 4;

  /** Words that open another clause after a quote: the cue beyond them is not this quote's ("…”, but he warned"). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "or", "while", "because", "although", "though", "as",
      "when", "which", "who", "that", "if", "so", "after", "before");

  private final Document doc;
  private final Cues cues;
  private final IntFunction<Graph> graphOfSentence;

  DirectQuotes(Document doc, Cues cues, IntFunction<Graph> graphOfSentence) {
    this.doc = doc;
    this.cues = cues;
    this.graphOfSentence = graphOfSentence;
  }

  /** The direct quotes of the document, in text order; {@code cueTokens} receives the cue tokens used. */
  List<Found> find(List<Span> stretches, List<Integer> cueTokens) {
    List<Found> out = new ArrayList<>();
    String text = doc.text();
    for (Span stretch : stretches) {
      boolean brief = words(stretch) < MIN_WORDS;
      if (brief && !utterance(stretch)) {
        continue;
      }
      Found found = cued(stretch, stretches, cueTokens, brief ? 2 : AFTER, brief ? 1 : BEFORE);
      if (brief) {
        if (found != null) {
          out.add(found);
        }
        continue;
      }
      Found last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (found != null && last != null && found.cue().equals(last.cue()) && last.content().end() <= stretch.start()
          && !doc.text().substring(last.content().end(), stretch.start()).contains("\n")) {
        out.set(out.size() - 1, last.extendedTo(stretch.end())); // "A," said X, a professor at Y. "B." shares the one cue
      } else if (found != null) {
        out.add(found);
      } else if (last != null && last.content().end() <= stretch.start()) {
        String between = text.substring(last.content().end(), stretch.start());
        if (!between.contains("\n\n") && between.length() < 80) {
          out.set(out.size() - 1, last.extendedTo(stretch.end()));
        } else if (opensParagraph(stretch) && paragraphsApart(last.content().end(), stretch.start()) <= 1) {
          out.add(new Found(stretch, last.cue(), last.entry(), last.speaker(), last.speakerHead(), last.recipient(), last.via(), List.of()));
        }
      }
    }
    return out;
  }

  private Found cued(Span stretch, List<Span> stretches, List<Integer> cueTokens, int after, int before) {
    int lastInside = doc.tokenAt(stretch.end() - 1);
    int sentence = sentenceOf(lastInside);
    if (sentence < 0) {
      return null;
    }
    Graph g = graphOfSentence.apply(sentence);
    int afterQuote = doc.tokenAt(stretch.end());
    int limit = Math.min(g.sentence.endToken(), afterQuote + after + 1);
    for (int k = afterQuote; k < limit; k++) {
      if (startsStretch(k, stretches) || g.word(k).equals(".") || CLAUSE_OPENERS.contains(g.word(k))) {
        break;
      }
      Cue cue = speechCue(g, k);
      if (cue != null) {
        Speakers.Speaker speaker = g.parsed() ? Speakers.subject(g, k) : null;
        if (speaker == null) {
          speaker = Speakers.adjacent(g, afterQuote, k);
        }
        cueTokens.add(k);
        return found(stretch, g, k, cue, speaker);
      }
    }
    int first = doc.tokenAt(stretch.start());
    int openSentence = sentenceOf(first);
    if (openSentence >= 0) {
      Graph h = graphOfSentence.apply(openSentence);
      int words = 0;
      for (int k = first - 1; k >= h.sentence.firstToken() && words <= before; k--) {
        Cue cue = speechCue(h, k);
        if (cue != null) {
          return before(stretch, h, k, cue, cueTokens);
        }
        if (!Speakers.punctuation(h, k)) {
          words++;
        }
      }
      if (openSentence > 0 && first == h.sentence.firstToken()) {
        Graph previous = graphOfSentence.apply(openSentence - 1);
        int end = previous.sentence.endToken() - 1;
        if (end >= previous.sentence.firstToken() && previous.word(end).equals(":")) {
          for (int k = end - 1; k >= previous.sentence.firstToken() && k >= end - 1 - BEFORE; k--) {
            Cue cue = speechCue(previous, k);
            if (cue != null) {
              return before(stretch, previous, k, cue, cueTokens);
            }
          }
        }
      }
    }
    return null;
  }

  private Found before(Span stretch, Graph g, int k, Cue cue, List<Integer> cueTokens) {
    Speakers.Speaker speaker = g.parsed() ? Speakers.subject(g, k) : null;
    if (speaker == null) {
      speaker = Speakers.before(g, k);
    }
    cueTokens.add(k);
    return found(stretch, g, k, cue, speaker);
  }

  private Found found(Span stretch, Graph g, int k, Cue cue, Speakers.Speaker speaker) {
    return new Found(stretch, g.token(k).span(), cue, speaker == null ? null : speaker.span(), speaker == null ? -1 : speaker.head(),
        Reports.recipient(g, k), null, Reports.hedges(g, k, -1, cue, cues));
  }

  /** A cue of speech at token {@code k} (a verb), or null. */
  private Cue speechCue(Graph g, int k) {
    if (!g.token(k).tag().startsWith("VB") && !g.token(k).tag().equals("X")) {
      return null;
    }
    for (Cue cue : cues.of(g.lemma(k))) {
      if (cue.object() == null && cue.takes() == Cue.Takes.SPEECH) {
        return cue;
      }
    }
    return null;
  }

  /** Whether a short quotation is an utterance, punctuated inside its marks ("No.", "Technicals,"), not a quoted term. */
  private boolean utterance(Span stretch) {
    String text = doc.text();
    int i = stretch.end() - 1;
    while (i > stretch.start() && !Character.isLetterOrDigit(text.charAt(i)) && ",.?!".indexOf(text.charAt(i)) < 0) {
      i--;
    }
    return i > stretch.start() && ",.?!".indexOf(text.charAt(i)) >= 0;
  }

  private boolean startsStretch(int k, List<Span> stretches) {
    int start = doc.tokens().get(k).span().start();
    for (Span s : stretches) {
      if (s.start() == start) {
        return true;
      }
    }
    return false;
  }

  private int words(Span stretch) {
    int count = 0;
    for (int t = doc.tokenAt(stretch.start()); t < doc.tokens().size() && doc.tokens().get(t).span().end() <= stretch.end(); t++) {
      String w = doc.tokens().get(t).word();
      if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
        count++;
      }
    }
    return count;
  }

  private boolean opensParagraph(Span stretch) {
    int i = stretch.start() - 1;
    while (i >= 0 && doc.text().charAt(i) != '\n' && Character.isWhitespace(doc.text().charAt(i))) {
      i--;
    }
    return i < 0 || doc.text().charAt(i) == '\n';
  }

  private int paragraphsApart(int from, int to) {
    return doc.text().substring(from, to).split("\n\\s*\n", -1).length - 1;
  }

  /** The index of the sentence that holds token {@code t}, or -1. */
  int sentenceOf(int t) {
    List<org.herodotus.model.Sentence> sentences = doc.sentences();
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      var s = sentences.get(mid);
      if (t < s.firstToken()) {
        high = mid - 1;
      } else if (t >= s.endToken()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
