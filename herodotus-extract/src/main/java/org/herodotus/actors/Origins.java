package org.herodotus.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    for (Mention m : doc.entities()) {
      if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION) {
        countryWords(doc, at, m);
      }
    }
    return at;
  }

  /** English country names of the JDK's ISO 3166 table, lower-cased, to their alpha-3 codes. */
  private static final Map<String, String> COUNTRY_NAMES = countryNames();

  private static Map<String, String> countryNames() {
    Map<String, String> names = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      String iso3 = iso3(iso2);
      String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
      if (iso3 != null && name.matches("\\p{L}+")) {
        names.put(name.toLowerCase(Locale.ROOT), iso3);
      }
    }
    return Map.copyOf(names);
  }

  /**
   * Marks the one-word country names inside an organisation or location name that nothing else
   * recognised: "Montenegro Municipality Association" is Montenegro's even when the place layer
   * took "Montenegro" for a town in Brazil (a location counts only when it is the one word and
   * the place layer resolved it to nothing: not "Georgia" the US state, nor "China" of "the South
   * China Sea"), and a capitalised word of seven letters or more one
   * or (from ten letters) two edits from a single country name is that country ("Ethopia",
   * "Phillippines"), unless the place layer resolved it to a place.
   */
  private static void countryWords(Document doc, Origin[] at, Mention m) {
    int first = doc.tokenAt(m.span().start());
    for (int t = first; t < doc.tokens().size() && doc.tokens().get(t).span().start() < m.span().end(); t++) {
      Token token = doc.tokens().get(t);
      String word = token.word();
      if (at[t] != null || !token.tag().equals("NNP") || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      boolean resolved = resolved(doc, token);
      if (m.type() == EntityType.LOCATION && (resolved || !token.span().equals(m.span()))) {
        continue; // "Georgia" the US state, as the place layer read it; "China" of "the South China Sea"
      }
      String key = word.toLowerCase(Locale.ROOT);
      String code = COUNTRY_NAMES.get(key);
      if (code == null && word.length() >= 7 && !resolved) {
        code = nearestCountry(key, word.length() >= 10 ? 2 : 1);
      }
      if (code != null) {
        at[t] = new Origin(t, t + 1, code, code, null, Origin.Source.COUNTRY);
      }
    }
  }

  /** Whether the place layer resolved the token to a place of some country. */
  private static boolean resolved(Document doc, Token token) {
    for (Place p : doc.places()) {
      if (p.country() != null && p.span().start() <= token.span().start() && token.span().end() <= p.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** The code of the one country name within {@code max} edits of {@code key}, or null when none or several. */
  private static String nearestCountry(String key, int max) {
    String found = null;
    for (var entry : COUNTRY_NAMES.entrySet()) {
      if (Math.abs(entry.getKey().length() - key.length()) <= max && edits(key, entry.getKey(), max) <= max) {
        if (found != null && !found.equals(entry.getValue())) {
          return null;
        }
        found = entry.getValue();
      }
    }
    return found;
  }

  /** The Levenshtein distance of {@code a} and {@code b}, or {@code max + 1} once it exceeds {@code max}. */
  static int edits(String a, String b, int max) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        best = Math.min(best, current[j]);
      }
      if (best > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
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
