package org.herodotus.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.EntityType;
import org.herodotus.model.Span;

/**
 * The state or home town in an American politician's party affiliation: "Rep. Earl Pomeroy,
 * D-N.D.", "Tom Bakk, DFL-Cook", "Torrey Westrom, R-Elbow Lake", "(D-Calif.)". The party letter
 * follows a person's name and a comma or parenthesis; the place is a state's abbreviation or one
 * to three capitalised words the gazetteer has under that very name, and ends the affiliation. Not
 * thread-safe; one per document.
 */
final class PartyAffiliations {

  private static final Set<String> PARTIES = Set.of("D", "R", "I", "DFL");
  private static final int LONGEST = 3;

  private PartyAffiliations() {}

  /** Whether {@code text} is a party letter, a hyphen and a name: "D-Calif", "DFL-Minneapolis". */
  static boolean isAffiliation(String text) {
    int dash = text.indexOf('-');
    return dash > 0 && dash + 1 < text.length() && PARTIES.contains(text.substring(0, dash))
        && Character.isUpperCase(text.charAt(dash + 1));
  }

  /** The spans of the affiliations' places. */
  static List<Span> find(Tokens tokens, Lookup lookup) {
    List<Span> found = new ArrayList<>();
    for (int i = 2; i < tokens.size(); i++) {
      String word = tokens.word(i);
      int dash = word.indexOf('-');
      if (!afterPerson(tokens, i)) {
        continue;
      }
      if (dash > 0 && PARTIES.contains(word.substring(0, dash)) && dash + 1 < word.length()) {
        // "D-S.C" as one token, its full stop perhaps the next
        Span span = tokens.span(i, i + 1);
        String text = tokens.doc.text();
        boolean stop = span.end() < text.length() && text.charAt(span.end()) == '.' && !word.endsWith(".");
        Span place = new Span(span.start() + dash + 1, span.end() + (stop ? 1 : 0));
        if (isPlace(lookup, place.of(text), true) && !tokens.capitalised(i + (stop ? 2 : 1))) {
          found.add(place);
        }
      } else if (PARTIES.contains(word) && i + 2 < tokens.size() && tokens.word(i + 1).equals("-")
          && tokens.span(i, i + 1).end() == tokens.span(i + 1, i + 2).start()) {
        int end = i + 2;
        while (end < tokens.size() && end - i - 2 < LONGEST && tokens.capitalised(end)) {
          end++;
        }
        if (end > i + 2 && !tokens.capitalised(end) && isPlace(lookup, tokens.text(i + 2, end), end - i - 2 == 1)) {
          found.add(tokens.span(i + 2, end));
        }
      }
    }
    return found;
  }

  /** Whether token {@code i} follows a person's name and a comma or opening parenthesis. */
  private static boolean afterPerson(Tokens tokens, int i) {
    String before = tokens.word(i - 1);
    if (!before.equals(",") && !before.equals("(") && !before.equals("-LRB-")) {
      return false;
    }
    int end = tokens.span(i - 2, i - 1).end();
    return tokens.doc.entities().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.span().end() == end);
  }

  private static boolean isPlace(Lookup lookup, String name, boolean mayBeAbbreviation) {
    if (mayBeAbbreviation && Words.STATES.containsKey(name.endsWith(".") ? name : name + ".")) {
      return true;
    }
    return lookup.gazetteer.countryOfDemonym(name).isEmpty() && lookup.known(name, 1, false);
  }
}
