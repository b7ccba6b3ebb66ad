package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Dependency;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;
import org.herodotus.model.Place;

/**
 * A stopgap CAMEO actor code for a participant when the document has no ACTORS layer: the country
 * from a nationality ("Iraqi forces": {@code IRQ}) or a country place among its words, a generic
 * {@code IGO} for a few intergovernmental organisations, and a role from its head noun
 * ({@code MIL}, {@code GOV}, ...), {@code ---} standing for an unknown country. To be replaced by
 * the codes of the Actors stage; small on purpose.
 */
final class ProvisionalCodes {

  private static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("force", "MIL"), Map.entry("army", "MIL"), Map.entry("troop", "MIL"), Map.entry("soldier", "MIL"),
      Map.entry("military", "MIL"), Map.entry("government", "GOV"), Map.entry("official", "GOV"),
      Map.entry("minister", "GOV"), Map.entry("president", "GOV"), Map.entry("authority", "GOV"),
      Map.entry("ministry", "GOV"), Map.entry("leader", "GOV"), Map.entry("police", "COP"),
      Map.entry("policeman", "COP"), Map.entry("guard", "COP"), Map.entry("rebel", "REB"), Map.entry("insurgent", "REB"),
      Map.entry("militant", "REB"), Map.entry("guerrilla", "REB"), Map.entry("opposition", "OPP"),
      Map.entry("protester", "OPP"), Map.entry("demonstrator", "OPP"), Map.entry("civilian", "CVL"),
      Map.entry("resident", "CVL"), Map.entry("villager", "CVL"), Map.entry("refugee", "REF"),
      Map.entry("parliament", "LEG"), Map.entry("lawmaker", "LEG"), Map.entry("court", "JUD"));

  private static final Set<String> INTERNATIONAL = Set.of("united nations", "un", "u.n.", "nato", "european union",
      "eu", "e.u.", "european community", "arab league", "african union", "opec", "iaea", "security council",
      "world bank", "imf", "international monetary fund", "red cross", "amnesty international", "human rights watch");

  private ProvisionalCodes() {}

  /**
   * The codes for a participant whose words are {@code tokens} (head first): one per coordinated
   * country modifier ("Hungarian and Romanian officials"), else one, null when nothing is known.
   */
  static List<String> codes(Parse parse, Annotations notes, List<Integer> tokens) {
    int head = tokens.get(0);
    List<String> countries = new ArrayList<>();
    for (Dependency d : parse.dependents(head)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        String country = country(parse, notes, d.dependent());
        boolean coordinated = parse.dependents(d.dependent()).stream().anyMatch(x -> x.relation().startsWith("conj"))
            || parse.governors(d.dependent()).stream().anyMatch(x -> x.relation().startsWith("conj"));
        if (country != null && coordinated && !countries.contains(country)) {
          countries.add(country);
        }
      }
    }
    if (countries.size() > 1) {
      String role = ROLES.get(parse.lemma(head));
      List<String> out = new ArrayList<>();
      countries.forEach(c -> out.add(role == null || c.equals("IGO") ? c : c + role));
      return out;
    }
    return java.util.Collections.singletonList(code(parse, notes, tokens));
  }

  /** The code for a participant whose words are {@code tokens} (head first), or null when nothing is known. */
  static String code(Parse parse, Annotations notes, List<Integer> tokens) {
    String country = null;
    for (int t : tokens) {
      country = country(parse, notes, t);
      if (country != null) {
        break;
      }
    }
    String role = ROLES.get(parse.lemma(tokens.get(0)));
    if (country == null) {
      return role == null ? null : "---" + role;
    }
    return role == null || country.equals("IGO") ? country : country + role;
  }

  private static String country(Parse parse, Annotations notes, int t) {
    Mention m = notes.mention(t);
    if (m != null && m.type() == EntityType.NATIONALITY && m.normalized() != null && m.normalized().length() == 3) {
      return m.normalized();
    }
    if ((m != null && INTERNATIONAL.contains(m.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "")))
        || INTERNATIONAL.contains(parse.token(t).word().toLowerCase(Locale.ROOT))) {
      return "IGO";
    }
    Place p = notes.place(t);
    if (p != null && p.country() != null && p.country().length() == 2) {
      try {
        return new Locale("", p.country()).getISO3Country();
      } catch (java.util.MissingResourceException e) {
        return null;
      }
    }
    return null;
  }
}
