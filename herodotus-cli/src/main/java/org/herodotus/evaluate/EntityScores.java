package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.herodotus.model.Document;
import org.herodotus.model.EntityType;
import org.herodotus.model.Mention;

/**
 * Exact-span typed P/R/F1 of entity mentions, per corpus, as {@code ../shared/eval/entities/README.md}
 * defines it and {@code score_entities.py} computes it: our types are mapped onto each corpus'
 * inventory (PERSON→PER/Person, ORGANIZATION→ORG/Organisation, LOCATION→LOC/Location,
 * NATIONALITY→MISC/Nationality, MISC→MISC in CoNLL only); re3d is scored in its "capitalised"
 * view over Person, Organisation, Location and Nationality.
 */
public final class EntityScores {

  /** One corpus' scores: overall and per gold type. */
  public record CorpusScore(String corpus, Prf overall, Map<String, Prf> perType) {}

  private record Item(String doc, int start, int end, String type) {}

  private static final Map<EntityType, String> CONLL = Map.of(
      EntityType.PERSON, "PER", EntityType.ORGANIZATION, "ORG", EntityType.LOCATION, "LOC",
      EntityType.NATIONALITY, "MISC", EntityType.MISC, "MISC");
  private static final Map<EntityType, String> RE3D = Map.of(
      EntityType.PERSON, "Person", EntityType.ORGANIZATION, "Organisation", EntityType.LOCATION, "Location",
      EntityType.NATIONALITY, "Nationality");
  private static final Set<String> RE3D_NAMES = Set.of("Person", "Organisation", "Location", "Nationality");

  private EntityScores() {}

  /** Scores predictions (documents by id) against the gold records of each corpus present. */
  public static List<CorpusScore> score(GoldSet gold, Map<String, Document> predictions) {
    return List.of("conll2003", "re3d").stream()
        .map(corpus -> score(gold, predictions, corpus))
        .filter(s -> s.overall().gold() > 0)
        .toList();
  }

  private static CorpusScore score(GoldSet gold, Map<String, Document> predictions, String corpus) {
    boolean re3d = corpus.equals("re3d");
    Map<EntityType, String> mapping = re3d ? RE3D : CONLL;
    Set<Item> g = new HashSet<>();
    Set<Item> p = new HashSet<>();
    for (JsonNode record : gold.records()) {
      if (!corpus.equals(record.path("corpus").asText())) {
        continue;
      }
      String id = record.get("id").asText();
      for (JsonNode e : record.path("entities")) {
        String type = e.path("type").asText();
        String surface = e.path("surface").asText();
        if (re3d && (!RE3D_NAMES.contains(type) || surface.toLowerCase(Locale.ROOT).equals(surface))) {
          continue;
        }
        g.add(new Item(id, e.path("start").asInt(), e.path("end").asInt(), type));
      }
      Document doc = predictions.get(id);
      for (Mention m : doc == null ? List.<Mention>of() : doc.entities()) {
        String type = mapping.get(m.type());
        if (type == null || (re3d && m.text().toLowerCase(Locale.ROOT).equals(m.text()))) {
          continue;
        }
        p.add(new Item(id, m.span().start(), m.span().end(), type));
      }
    }
    Map<String, Prf> perType = new LinkedHashMap<>();
    for (String type : new TreeSet<>(g.stream().map(Item::type).toList())) {
      perType.put(type, prf(filter(g, type), filter(p, type)));
    }
    return new CorpusScore(corpus, prf(g, p), perType);
  }

  private static Set<Item> filter(Set<Item> items, String type) {
    Set<Item> out = new HashSet<>();
    items.stream().filter(i -> i.type().equals(type)).forEach(out::add);
    return out;
  }

  private static Prf prf(Set<Item> gold, Set<Item> predicted) {
    Set<Item> matched = new HashSet<>(gold);
    matched.retainAll(predicted);
    return new Prf(matched.size(), predicted.size(), gold.size());
  }
}
