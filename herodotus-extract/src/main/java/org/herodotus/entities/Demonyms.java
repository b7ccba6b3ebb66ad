package org.herodotus.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Demonyms and group names ("Syrian", "Kurds", "Shi'ite") with the country they belong to, read
 * once from {@code demonyms.tsv} (see the header of that file for its columns). Immutable and
 * thread-safe.
 */
final class Demonyms {

  /** A group a form names: its ISO 3166-1 alpha-3 code or {@code null}, and its kind. */
  record Group(String code, String kind) {}

  static final String RESOURCE = "demonyms.tsv";

  private final Map<String, Group> byForm;
  private final int longest;

  private Demonyms(Map<String, Group> byForm) {
    this.byForm = Map.copyOf(byForm);
    this.longest = byForm.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * The demonyms shipped with Herodotus.
   *
   * @throws IllegalStateException if the resource is missing or malformed (a build error)
   */
  static Demonyms load() {
    try (InputStream in = Demonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + Demonyms.class.getName());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }

  static Demonyms parse(BufferedReader reader) throws IOException {
    Map<String, Group> byForm = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 4 || !cols[1].matches("-|[A-Z]{3}") || !cols[2].matches("NATIONAL|ETHNIC|RELIGION|REGION")) {
        throw new IllegalStateException(RESOURCE + " line " + number + ": expected form, ISO3 code or -, "
            + "NATIONAL|ETHNIC|RELIGION|REGION, other forms; got '" + line + "'");
      }
      Group group = new Group(cols[1].equals("-") ? null : cols[1], cols[2]);
      put(byForm, cols[0], group, number);
      for (String other : cols[3].split(",")) {
        if (!other.isBlank()) {
          put(byForm, other.strip(), group, number);
        }
      }
    }
    return new Demonyms(byForm);
  }

  private static void put(Map<String, Group> byForm, String form, Group group, int line) {
    if (byForm.putIfAbsent(form, group) != null) {
      throw new IllegalStateException(RESOURCE + " line " + line + ": form '" + form + "' is listed twice");
    }
  }

  /** The group {@code form} names, matched exactly (typographic apostrophes as "'"), or null. */
  Group find(String form) {
    if (form.length() > longest) {
      return null;
    }
    return byForm.get(form.indexOf('’') < 0 ? form : form.replace('’', '\''));
  }

  /** The length in characters of the longest form, to bound look-ups over several tokens. */
  int longest() {
    return longest;
  }

  /** The ISO 3166-1 alpha-3 codes the table knows. */
  Set<String> countryCodes() {
    Set<String> codes = new HashSet<>();
    for (Group g : byForm.values()) {
      if (g.code() != null) {
        codes.add(g.code());
      }
    }
    return codes;
  }

  int size() {
    return byForm.size();
  }
}
