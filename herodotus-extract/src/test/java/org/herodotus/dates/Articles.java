package org.herodotus.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.herodotus.model.Document;
import org.herodotus.model.Span;
import org.herodotus.model.TimeExpression;
import org.herodotus.model.TimexType;
import org.herodotus.model.Token;
import org.herodotus.testing.Documents;

/**
 * Hand-built articles for the date rules: tokenized text with Penn tags for the few verbs and
 * modals the tests use, a publication date, and tagger candidates given as {@code text=TYPE:value}.
 */
final class Articles {

  private static final Map<String, String> TAGS = Map.ofEntries(
      Map.entry("said", "VBD"), Map.entry("was", "VBD"), Map.entry("were", "VBD"), Map.entry("killed", "VBD"),
      Map.entry("attacked", "VBD"), Map.entry("met", "VBD"), Map.entry("fled", "VBD"), Map.entry("began", "VBD"),
      Map.entry("reported", "VBD"), Map.entry("will", "MD"), Map.entry("would", "MD"), Map.entry("meet", "VB"),
      Map.entry("vote", "VB"), Map.entry("to", "TO"), Map.entry("leave", "VB"), Map.entry("plans", "VBZ"),
      Map.entry("is", "VBZ"), Map.entry("expects", "VBZ"), Map.entry("rose", "VBD"), Map.entry("earned", "VBD"),
      Map.entry("the", "DT"), Map.entry("talks", "NNS"), Map.entry("Kavan", "NNP"));

  private Articles() {}

  /** An article published on {@code published} (or undated when {@code null}). */
  static Document article(String published, String text, String... candidates) {
    Document doc = Documents.tokenized("t", text);
    List<Token> tagged = new ArrayList<>();
    for (Token t : doc.tokens()) {
      String tag = TAGS.getOrDefault(t.word(), Character.isUpperCase(t.word().charAt(0)) ? "NNP" : "NN");
      tagged.add(new Token(t.span(), t.word(), t.lemma(), tag));
    }
    doc = doc.withTokens(tagged, doc.sentences(), false);
    if (published != null) {
      doc = doc.withMeta(doc.meta().withPublished(LocalDate.parse(published)));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (String c : candidates) {
      int eq = c.lastIndexOf('=');
      String surface = c.substring(0, eq);
      String[] typeValue = c.substring(eq + 1).split(":", 2);
      int start = text.indexOf(surface);
      if (start < 0) {
        throw new IllegalArgumentException("candidate '" + surface + "' is not in the text");
      }
      Span span = new Span(start, start + surface.length());
      times.add(new TimeExpression(span, surface, TimexType.valueOf(typeValue[0]),
          typeValue[1].equals("null") ? null : typeValue[1], null));
    }
    return doc.withTimeCandidates(times);
  }

  /** The TIMES layer as {@code text=value} strings, in order. */
  static List<String> values(Document doc) {
    return doc.times().stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.toList());
  }

  /** The TIMES layer as {@code text=TYPE:value[:mod]} strings, in order. */
  static List<String> full(Document doc) {
    return doc.times().stream()
        .map(t -> t.text() + "=" + t.type() + ":" + t.value() + (t.mod() == null ? "" : ":" + t.mod()))
        .collect(Collectors.toList());
  }
}
