package org.herodotus.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.herodotus.model.ActorType;

/**
 * What Herodotus knows about actors, read from four tab-separated tables whose headers explain
 * their columns: {@code agents.tsv} (role nouns and their CAMEO sector codes), {@code names.tsv}
 * (international organisations, armed groups and news media with their aliases),
 * {@code regions.tsv} (CAMEO region codes) and {@code people.tsv} (heads of state and government,
 * ministers and other leaders with their terms of office). Countries come from the entity and
 * place layers, not from here. Immutable and thread-safe.
 *
 * <pre>{@code
 * Actors actors = new Actors(ActorKnowledge.shipped());
 * }</pre>
 */
public final class ActorKnowledge {

  private final Map<String, Agent> agentsByForm;
  private final Map<String, Named> namesAsWritten;
  private final Map<String, Named> namesFolded;
  private final Map<String, String> regionsByName;
  private final int longestName;
  private final People people;

  private ActorKnowledge(Map<String, Agent> agents, Map<String, Named> names, Map<String, String> regions, People people) {
    this.agentsByForm = Map.copyOf(agents);
    this.namesAsWritten = Map.copyOf(names);
    Map<String, Named> folded = new HashMap<>();
    names.forEach((form, named) -> {
      if (!form.equals(form.toUpperCase(Locale.ROOT))) {
        folded.putIfAbsent(form.toLowerCase(Locale.ROOT), named);
      }
    });
    this.namesFolded = Map.copyOf(folded);
    this.regionsByName = Map.copyOf(regions);
    int longest = 1;
    for (String form : names.keySet()) {
      longest = Math.max(longest, form.split("[ ]").length);
    }
    for (String form : regions.keySet()) {
      longest = Math.max(longest, form.split("[ ]").length);
    }
    this.longestName = longest;
    this.people = people;
  }

  /** The shipped tables, read once per class loader. */
  private static final class Shipped {
    static final ActorKnowledge KNOWLEDGE = parse(resource("agents.tsv"), resource("names.tsv"), resource("regions.tsv"),
        resource("people.tsv"));
  }

  /**
   * The tables shipped with Herodotus.
   *
   * @throws IllegalStateException if a table is missing or malformed (a broken build)
   */
  public static ActorKnowledge shipped() {
    return Shipped.KNOWLEDGE;
  }

  /** Knowledge from the first three tables and no known people; see {@link #parse(String, String, String, String)}. */
  public static ActorKnowledge parse(String agentsTsv, String namesTsv, String regionsTsv) {
    return parse(agentsTsv, namesTsv, regionsTsv, "");
  }

  /**
   * Knowledge from the text of the four tables, in the format of the shipped ones: how users
   * bring their own or extended tables.
   *
   * @throws IllegalStateException if a line does not have the documented columns, or a form is
   *     listed twice; the message names the table, the line and what was expected
   */
  public static ActorKnowledge parse(String agentsTsv, String namesTsv, String regionsTsv, String peopleTsv) {
    Map<String, Agent> agents = new HashMap<>();
    int number = 0;
    for (String line : agentsTsv.split("\n", -1)) {
      number++;
      String[] cols = columns(line);
      if (cols == null) {
        continue;
      }
      if (cols.length != 5 || !cols[2].matches("-|[A-Z]{3}") || !cols[3].matches("STATE|ARMED|PEOPLE|ALLIANCE")
          || !cols[4].matches("PERSON|BODY")) {
        throw malformed("agents.tsv", number, "noun, plural or -, sector code or -, STATE|ARMED|PEOPLE|ALLIANCE, PERSON|BODY", line);
      }
      Agent agent = new Agent(cols[0], cols[2].equals("-") ? null : cols[2], Agent.Kind.valueOf(cols[3]), cols[4].equals("PERSON"));
      put(agents, cols[0], agent, "agents.tsv", number);
      if (!cols[1].equals("-")) {
        put(agents, cols[1], agent, "agents.tsv", number);
      }
    }
    Map<String, Named> names = new HashMap<>();
    number = 0;
    for (String line : namesTsv.split("\n", -1)) {
      number++;
      String[] cols = columns(line);
      if (cols == null) {
        continue;
      }
      if (cols.length != 5 || !cols[1].matches("[A-Z-]{3}([A-Z]{3})*")
          || !cols[2].matches("INTERNATIONAL_ORGANIZATION|ARMED_GROUP|ORGANIZATION|STATE_ORGAN") || !cols[3].matches("-|[A-Z]{3}")) {
        throw malformed("names.tsv", number, "name, CAMEO code, INTERNATIONAL_ORGANIZATION|ARMED_GROUP|ORGANIZATION|STATE_ORGAN, "
            + "ISO3 code or -, aliases", line);
      }
      Named named = new Named(cols[0], cols[1], ActorType.valueOf(cols[2]), cols[3].equals("-") ? null : cols[3]);
      put(names, cols[0], named, "names.tsv", number);
      for (String alias : cols[4].split(",")) {
        if (!alias.isBlank()) {
          put(names, alias.strip(), named, "names.tsv", number);
        }
      }
    }
    Map<String, String> regions = new HashMap<>();
    number = 0;
    for (String line : regionsTsv.split("\n", -1)) {
      number++;
      String[] cols = columns(line);
      if (cols == null) {
        continue;
      }
      if (cols.length != 2 || !cols[1].matches("[A-Z]{3}")) {
        throw malformed("regions.tsv", number, "name, CAMEO region code", line);
      }
      put(regions, cols[0].toLowerCase(Locale.ROOT), cols[1], "regions.tsv", number);
    }
    return new ActorKnowledge(agents, names, regions, People.parse(peopleTsv));
  }

  /** The agent noun a word (or its lemma) is, or null: "forces", "Officials", "smuggler". */
  Agent agent(String word, String lemma) {
    Agent agent = agentsByForm.get(word.toLowerCase(Locale.ROOT));
    return agent != null ? agent : agentsByForm.get(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * The named actor these words name, or null: "ISIS", "Islamic State", "al-Qaeda". Forms in
   * capitals match only as written ("IS", never "is"); others in any case as long as the words
   * have a capital letter ("Islamic state", "Al-Qaeda", but not "amnesty").
   */
  Named named(String words) {
    Named exact = namesAsWritten.get(words);
    if (exact != null || words.equals(words.toLowerCase(Locale.ROOT))) {
      return exact;
    }
    return namesFolded.get(words.toLowerCase(Locale.ROOT));
  }

  /** The CAMEO region code of a region's name or adjective, or null: "Europe" is {@code EUR}. */
  String region(String words) {
    return regionsByName.get(words.toLowerCase(Locale.ROOT));
  }

  /** The known people ({@code people.tsv}). */
  People people() {
    return people;
  }

  /** The most words a name or region has, to bound look-ups. */
  int longestName() {
    return longestName;
  }

  private static String[] columns(String line) {
    String stripped = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return stripped.isBlank() || stripped.startsWith("#") ? null : stripped.split("\t", -1);
  }

  private static <V> void put(Map<String, V> map, String key, V value, String table, int line) {
    if (map.putIfAbsent(key, value) != null) {
      throw new IllegalStateException(table + " line " + line + ": '" + key + "' is listed twice; each form may name one entry");
    }
  }

  private static IllegalStateException malformed(String table, int line, String expected, String got) {
    return new IllegalStateException(table + " line " + line + ": expected " + expected + " (tab-separated); got '" + got + "'");
  }

  private static String resource(String name) {
    try (InputStream in = ActorKnowledge.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing next to " + ActorKnowledge.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
  }
}
