package org.herodotus.actors;

import java.util.Locale;
import java.util.MissingResourceException;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;
import org.herodotus.model.Sentence;
import org.herodotus.model.Token;

/**
 * Finds the words of a document that name a state, region or named actor, token by token: names
 * from {@code names.tsv} first (longest match), then nationalities from the entity layer and
 * countries from the place layer, then regions. Words inside a longer token ("US" in "US-led")
 * are not origins: "led by the US" does not make an actor American.
 */
final class Origins {

  private Origins() {}

  /** The origin covering each token of {@code doc}, or null. */
  static Origin[] of(Document doc, ActorKnowledge knowledge) {
    Origin[] at = new Origin[doc.tokens().size()];
    for (Mention m : doc.entities()) {
      if (m.type() == EntityType.NATIONALITY && m.normalized() != null && m.normalized().matches("[A-Z]{3}")) {
        mark(doc, at, m.span().start(), m.span().end(), m.normalized(), m.normalized(), null, Origin.Source.NATIONALITY);
      }
    }
    for (Place p : doc.places()) {
      String iso3 = iso3(p.country());
      if (iso3 != null && p.featureCode() != null && (p.featureCode().startsWith("PCL") || p.featureCode().equals("PPLC"))) {
        mark(doc, at, p.span().start(), p.span().end(), iso3, iso3, null, Origin.Source.COUNTRY);
      }
    }
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        i = matchName(doc, at, knowledge, i, s.endToken());
      }
    }
    return at;
  }

  /** The ISO 3166-1 alpha-3 code of an alpha-2 code, from the JDK's country table; null if none. */
  static String iso3(String iso2) {
    if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
      return null;
    }
    try {
      String iso3 = new Locale("", iso2).getISO3Country();
      return iso3.isEmpty() ? null : iso3;
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** Matches a name or region at token {@code i}; returns the last token it covers (or i). */
  private static int matchName(Document doc, Origin[] at, ActorKnowledge knowledge, int i, int sentenceEnd) {
    for (int end = Math.min(sentenceEnd, i + knowledge.longestName() + 4); end > i; end--) {
      String words = doc.text().substring(doc.tokens().get(i).span().start(), doc.tokens().get(end - 1).span().end())
          .replaceAll("\\s+", " ");
      Named named = knowledge.named(words);
      if (named != null) {
        Origin origin = new Origin(i, end, named.code(), named.country(), named, Origin.Source.NAME);
        for (int t = i; t < end; t++) {
          at[t] = origin;
        }
        return end - 1;
      }
      String region = Character.isUpperCase(words.charAt(0)) ? knowledge.region(words) : null;
      if (region != null && at[i] == null) {
        Origin origin = new Origin(i, end, region, null, null, Origin.Source.REGION);
        for (int t = i; t < end; t++) {
          at[t] = origin;
        }
        return end - 1;
      }
    }
    return i;
  }

  private static void mark(Document doc, Origin[] at, int start, int end, String code, String country, Named named,
      Origin.Source source) {
    int first = doc.tokenAt(start);
    int last = first;
    while (last < doc.tokens().size() && doc.tokens().get(last).span().start() < end) {
      last++;
    }
    if (last == first) {
      return;
    }
    Token firstToken = doc.tokens().get(first);
    Token lastToken = doc.tokens().get(last - 1);
    if (firstToken.span().start() < start || lastToken.span().end() > end) {
      return;
    }
    Origin origin = new Origin(first, last, code, country, named, source);
    for (int t = first; t < last; t++) {
      if (at[t] == null) {
        at[t] = origin;
      }
    }
  }
}
