package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herodotus.model.Document;
import org.herodotus.model.Place;

/**
 * Geoparsing scores per corpus, as {@code ../shared/eval/geo/README.md} defines them and
 * {@code score_geo.py} computes them. Recognition (only where every toponym is annotated, so not on
 * WikToR): exact-span P/R/F1, and overlap P/R/F1 where a prediction is right when it shares a
 * character with a gold span (the scorer's overlap F1 is 2·overlapping predictions / (gold +
 * predicted)). Resolution, over gold toponyms with coordinates: a toponym is matched by the
 * overlapping resolved place nearest in its offsets; end-to-end accuracy@161 km counts unmatched
 * toponyms as wrong, resolved-only accuracy and the median error are over matched ones.
 */
public final class PlaceScores {

  /** Great-circle distance under which a resolution counts as right: 161 km, 100 miles. */
  public static final double WITHIN_KM = 161;

  /** One corpus' scores; {@code recognition} is null where not every toponym is annotated. */
  public record CorpusScore(String corpus, Recognition recognition, Resolution resolution) {

    /** The reference scorer's line for this corpus. */
    @Override
    public String toString() {
      StringBuilder line = new StringBuilder(corpus).append(':');
      if (recognition != null && recognition.gold() > 0) {
        line.append(" recognition F1 exact ").append(fixed(recognition.exact().f1(), 3))
            .append(" overlap ").append(fixed(recognition.overlapF1(), 3)).append(';');
      }
      if (resolution.toponyms() > 0) {
        line.append(" e2e acc@161 ").append(fixed(resolution.endToEnd(), 3))
            .append(", resolved-only ").append(fixed(resolution.resolvedOnly(), 3))
            .append(", median km ").append(resolution.errorsKm().isEmpty() ? "nan" : fixed(resolution.medianKm(), 0))
            .append(" (").append(resolution.toponyms()).append(" toponyms)");
      }
      return line.toString();
    }
  }

  /**
   * Recognition counts.
   *
   * @param exact exact-span matches, predictions and gold spans
   * @param overlappingPredictions predictions that share a character with some gold span
   * @param overlappedGold gold spans that some prediction shares a character with
   */
  public record Recognition(Prf exact, int overlappingPredictions, int overlappedGold) {

    public int gold() {
      return exact.gold();
    }

    public int predicted() {
      return exact.predicted();
    }

    public double overlapPrecision() {
      return predicted() == 0 ? 0 : (double) overlappingPredictions / predicted();
    }

    public double overlapRecall() {
      return gold() == 0 ? 0 : (double) overlappedGold / gold();
    }

    /** As the reference scorer computes it: 2 · overlapping predictions / (gold + predicted). */
    public double overlapF1() {
      return gold() + predicted() == 0 ? 0 : 2.0 * overlappingPredictions / (gold() + predicted());
    }

    Recognition plus(Recognition o) {
      return new Recognition(exact.plus(o.exact), overlappingPredictions + o.overlappingPredictions, overlappedGold + o.overlappedGold);
    }
  }

  /**
   * Resolution counts.
   *
   * @param toponyms gold toponyms with coordinates
   * @param within matched toponyms resolved within {@link #WITHIN_KM}
   * @param errorsKm the error of each matched toponym, in km
   */
  public record Resolution(int toponyms, int within, List<Double> errorsKm) {

    public Resolution {
      errorsKm = List.copyOf(errorsKm);
    }

    public int matched() {
      return errorsKm.size();
    }

    /** Accuracy@161 km from raw text: unmatched toponyms count as wrong. */
    public double endToEnd() {
      return toponyms == 0 ? 0 : (double) within / toponyms;
    }

    /** Accuracy@161 km over the matched toponyms. */
    public double resolvedOnly() {
      return matched() == 0 ? 0 : (double) within / matched();
    }

    /** The median error over matched toponyms, in km; NaN when none matched. */
    public double medianKm() {
      return median(errorsKm);
    }

    Resolution plus(Resolution o) {
      List<Double> all = new ArrayList<>(errorsKm);
      all.addAll(o.errorsKm);
      return new Resolution(toponyms + o.toponyms, within + o.within, all);
    }
  }

  /**
   * Overlap recall of the toponyms of one group of GeoWebNews' Pragmatic Taxonomy of Toponyms.
   *
   * @param group {@code literal} (Literal, Mixed, Coercion, Embedded_Literal, Literal_Modifier) or
   *     {@code associative} (Metonymic, Non_Literal_Modifier, Demonym, Language, Homonym,
   *     Embedded_Non_Lit)
   * @param gold gold toponyms of the group
   * @param found those a predicted place overlaps
   */
  public record TypeRecall(String corpus, String group, int gold, int found) {

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    @Override
    public String toString() {
      return corpus + " recall (overlap) of " + group + " toponyms " + fixed(recall(), 3) + " (" + found + " of " + gold + ")";
    }
  }

  private static final Set<String> LITERAL = Set.of("Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier");
  private static final Set<String> ASSOCIATIVE = Set.of("Metonymic", "Non_Literal_Modifier", "Demonym", "Language",
      "Homonym", "Embedded_Non_Lit");

  private PlaceScores() {}

  /**
   * Recall by toponym type group, for the corpora whose gold toponyms carry a {@code type}
   * (GeoWebNews): what a geoparser that takes only literal places can find, and what it leaves.
   */
  public static List<TypeRecall> recallByType(GoldSet gold, Map<String, Document> predictions) {
    Map<String, int[]> counts = new TreeMap<>();
    for (JsonNode record : gold.records()) {
      Document doc = predictions.get(record.get("id").asText());
      List<Place> places = doc == null ? List.of() : doc.places();
      for (JsonNode g : record.path("toponyms")) {
        String type = g.path("type").asText("");
        String group = LITERAL.contains(type) ? "literal" : ASSOCIATIVE.contains(type) ? "associative" : null;
        if (group == null) {
          continue;
        }
        int start = g.path("start").asInt();
        int end = g.path("end").asInt();
        int[] c = counts.computeIfAbsent(record.path("corpus").asText() + "\t" + group, k -> new int[2]);
        c[0]++;
        c[1] += places.stream().anyMatch(p -> p.span().start() < end && start < p.span().end()) ? 1 : 0;
      }
    }
    List<TypeRecall> out = new ArrayList<>();
    counts.forEach((key, c) -> {
      int tab = key.indexOf('\t');
      out.add(new TypeRecall(key.substring(0, tab), key.substring(tab + 1), c[0], c[1]));
    });
    return out;
  }

  /** The median of {@code values} (the mean of the middle two for an even count); NaN when empty. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Scores predictions (documents by id) per corpus, corpora in alphabetical order as the reference scorer prints them. */
  public static List<CorpusScore> score(GoldSet gold, Map<String, Document> predictions) {
    Map<String, Recognition> recognition = new HashMap<>();
    Map<String, Resolution> resolution = new TreeMap<>();
    for (JsonNode record : gold.records()) {
      String corpus = record.path("corpus").asText();
      Document doc = predictions.get(record.get("id").asText());
      List<Place> places = doc == null ? List.of() : doc.places();
      JsonNode toponyms = record.path("toponyms");
      if (record.path("all_toponyms_annotated").asBoolean(true)) {
        recognition.merge(corpus, recognize(toponyms, places), Recognition::plus);
      } else {
        recognition.putIfAbsent(corpus, null);
      }
      resolution.merge(corpus, resolve(toponyms, places), Resolution::plus);
    }
    List<CorpusScore> scores = new ArrayList<>();
    resolution.forEach((corpus, r) -> scores.add(new CorpusScore(corpus, recognition.get(corpus), r)));
    return scores;
  }

  /**
   * The reference scorer's summary line over the news corpora (every corpus but WikToR): end-to-end
   * and resolved-only accuracy, recognition overlap and exact F1.
   */
  public static String summary(List<CorpusScore> scores) {
    Recognition rec = new Recognition(new Prf(0, 0, 0), 0, 0);
    Resolution res = new Resolution(0, 0, List.of());
    for (CorpusScore s : scores) {
      if (s.recognition() != null) {
        rec = rec.plus(s.recognition());
      }
      if (!s.corpus().equals("WikToR")) {
        res = res.plus(s.resolution());
      }
    }
    return "geo: e2e acc@161 " + fixed(res.endToEnd(), 3) + " (resolved-only " + fixed(res.resolvedOnly(), 3)
        + ", recognition F1 " + fixed(rec.overlapF1(), 3) + " overlap / " + fixed(rec.exact().f1(), 3) + " exact)";
  }

  private static Recognition recognize(JsonNode toponyms, List<Place> places) {
    int exact = 0;
    int overlapping = 0;
    for (Place p : places) {
      boolean same = false;
      boolean overlaps = false;
      for (JsonNode g : toponyms) {
        int start = g.path("start").asInt();
        int end = g.path("end").asInt();
        same |= p.span().start() == start && p.span().end() == end;
        overlaps |= p.span().start() < end && start < p.span().end();
      }
      exact += same ? 1 : 0;
      overlapping += overlaps ? 1 : 0;
    }
    int overlapped = 0;
    for (JsonNode g : toponyms) {
      int start = g.path("start").asInt();
      int end = g.path("end").asInt();
      overlapped += places.stream().anyMatch(p -> p.span().start() < end && start < p.span().end()) ? 1 : 0;
    }
    return new Recognition(new Prf(exact, places.size(), toponyms.size()), overlapping, overlapped);
  }

  private static Resolution resolve(JsonNode toponyms, List<Place> places) {
    int gold = 0;
    int within = 0;
    List<Double> errors = new ArrayList<>();
    for (JsonNode g : toponyms) {
      if (g.path("lat").isNull() || g.path("lat").isMissingNode()) {
        continue;
      }
      gold++;
      int start = g.path("start").asInt();
      int end = g.path("end").asInt();
      Place best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Place p : places) {
        int distance = Math.abs(p.span().start() - start) + Math.abs(p.span().end() - end);
        if (p.lat() != null && p.span().start() < end && start < p.span().end() && distance < bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
      if (best != null) {
        double km = km(g.path("lat").asDouble(), g.path("lon").asDouble(), best.lat(), best.lon());
        errors.add(km);
        within += km <= WITHIN_KM ? 1 : 0;
      }
    }
    return new Resolution(gold, within, errors);
  }

  /** Great-circle distance in km, as the reference scorer computes it (mean Earth radius 6371 km). */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double p = Math.PI / 180;
    double h = Math.pow(Math.sin((lat2 - lat1) * p / 2), 2)
        + Math.cos(lat1 * p) * Math.cos(lat2 * p) * Math.pow(Math.sin((lon2 - lon1) * p / 2), 2);
    return 12742 * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }

  /** {@code value} rounded as Python formats floats: the exact binary value, half to even. */
  static String fixed(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
