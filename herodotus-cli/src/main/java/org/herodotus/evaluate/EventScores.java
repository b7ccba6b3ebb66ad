package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.herodotus.model.Document;
import org.herodotus.model.Event;

/**
 * Event-coding scores as {@code ../shared/eval/events/README.md} defines them and
 * {@code score_events.py} computes them: per record, the set of gold items against the set of
 * predicted items, micro-averaged; variants {@code code}, {@code root}, {@code plover} and
 * {@code triple_country} (source and target country prefixes with the CAMEO root), per subset and
 * for the headline groups ({@code code}/{@code root}: plover_gsr, cameo_manual,
 * petr2_gsr_validation; {@code plover}: plover_gsr; {@code triple_country}: plover_gsr,
 * petr2_gsr_validation). Predictions on {@code no_event} records all count as false positives.
 *
 * @param counts the counts by subset (or {@code "headline"}) and variant, subsets in sorted order
 */
public record EventScores(Map<String, Map<String, Prf>> counts) {

  /** The publication date given to gold records that have none: dates are not scored. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2000, 1, 1);

  /** A predicted event as the scorer sees it: codes only. */
  public record Coded(String code, String plover, String source, String target) {

    static Coded of(Event e) {
      return new Coded(e.code(), e.plover(), e.source() == null ? null : e.source().code(),
          e.target() == null ? null : e.target().code());
    }
  }

  private static final List<String> VARIANTS = List.of("code", "root", "plover", "triple_country");
  private static final Map<String, String> FLAGS = Map.of("code", "cameo_codes", "root", "cameo_codes",
      "plover", "plover", "triple_country", "cameo_triples");
  private static final Map<String, Set<String>> HEADLINE = Map.of(
      "code", Set.of("plover_gsr", "cameo_manual", "petr2_gsr_validation"),
      "root", Set.of("plover_gsr", "cameo_manual", "petr2_gsr_validation"),
      "plover", Set.of("plover_gsr"),
      "triple_country", Set.of("plover_gsr", "petr2_gsr_validation"));

  /** The predicted events of documents by id. */
  public static Map<String, List<Coded>> of(Map<String, Document> predictions) {
    Map<String, List<Coded>> out = new LinkedHashMap<>();
    predictions.forEach((id, doc) -> out.put(id, doc.events().stream().map(Coded::of).toList()));
    return out;
  }

  /** The predicted events of one line of {@code extract} output. */
  public static List<Coded> of(JsonNode line) {
    List<Coded> out = new ArrayList<>();
    for (JsonNode e : line.path("events")) {
      out.add(new Coded(text(e, "code"), text(e, "plover"), text(e.path("source"), "code"), text(e.path("target"), "code")));
    }
    return out;
  }

  /**
   * Scores {@code predictions} (events by record id) on {@code gold}; a missing PLOVER category is
   * mapped from the CAMEO code by {@code toPlover}.
   */
  public static EventScores score(GoldSet gold, Map<String, List<Coded>> predictions, Function<String, String> toPlover) {
    Map<String, Map<String, Prf>> counts = new TreeMap<>();
    for (JsonNode record : gold.records()) {
      String subset = record.path("subset").asText();
      List<Coded> predicted = new ArrayList<>();
      for (Coded c : predictions.getOrDefault(record.get("id").asText(), List.of())) {
        predicted.add(c.plover() == null || c.plover().isEmpty() ? new Coded(c.code(), toPlover.apply(c.code()), c.source(), c.target()) : c);
      }
      List<Coded> goldEvents = new ArrayList<>();
      for (JsonNode e : record.path("events")) {
        goldEvents.add(new Coded(text(e, "code"), text(e, "plover"), text(e, "source"), text(e, "target")));
      }
      for (String variant : VARIANTS) {
        if (!record.path("gold").path(FLAGS.get(variant)).asBoolean(false) && !record.path("no_event").asBoolean(false)) {
          continue;
        }
        Set<Object> g = items(goldEvents, variant);
        Set<Object> p = items(predicted, variant);
        Set<Object> matched = new HashSet<>(g);
        matched.retainAll(p);
        Prf prf = new Prf(matched.size(), p.size(), g.size());
        add(counts, subset, variant, prf);
        if (HEADLINE.get(variant).contains(subset)) {
          add(counts, "headline", variant, prf);
        }
      }
    }
    return new EventScores(counts);
  }

  private static void add(Map<String, Map<String, Prf>> counts, String key, String variant, Prf prf) {
    counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(variant, prf, Prf::plus);
  }

  private static Set<Object> items(List<Coded> events, String variant) {
    Set<Object> out = new HashSet<>();
    for (Coded e : events) {
      boolean coded = e.code() != null && !e.code().isEmpty();
      Object item = switch (variant) {
        case "code" -> coded ? e.code() : null;
        case "root" -> coded ? e.code().substring(0, Math.min(2, e.code().length())) : null;
        case "plover" -> e.plover() == null || e.plover().isEmpty() ? null : e.plover();
        default -> coded ? List.of(prefix(e.source()), prefix(e.target()), e.code().substring(0, Math.min(2, e.code().length()))) : null;
      };
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  private static String prefix(String code) {
    return code == null ? "" : code.substring(0, Math.min(3, code.length()));
  }

  /** The F1 of a variant over the headline groups. */
  public double headline(String variant) {
    Prf prf = counts.getOrDefault("headline", Map.of()).get(variant);
    return prf == null ? 0 : f1(Objects.requireNonNull(prf));
  }

  /** F1 computed as the reference scorer computes it, 2PR / (P + R), so that roundings agree. */
  private static double f1(Prf prf) {
    double p = prf.precision();
    double r = prf.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The lines {@code score_events.py} prints, in its order and rounding. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    counts.forEach((key, variants) -> {
      List<String> parts = new ArrayList<>();
      for (String v : VARIANTS) {
        Prf prf = variants.get(v);
        if (prf != null) {
          parts.add(v + " P " + round(prf.precision(), 2) + " R " + round(prf.recall(), 2) + " F1 " + round(f1(prf), 3));
        }
      }
      lines.add(key + ": " + String.join("; ", parts));
    });
    lines.add("events: root F1 " + round(headline("root"), 3) + ", code F1 " + round(headline("code"), 3)
        + ", plover F1 " + round(headline("plover"), 3) + ", triple_country(root) F1 " + round(headline("triple_country"), 3));
    return lines;
  }

  /** Rounds the exact binary value half-even, as Python's format does. */
  private static String round(double value, int digits) {
    return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
