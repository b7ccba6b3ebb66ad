package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * Resolution scores given the gold toponym spans ("oracle" spans), per corpus, as
 * {@code ../shared/eval/geo/README.md} defines them: over the gold toponyms with coordinates,
 * accuracy@161 km, mean and median error, with a toponym left unresolved counted at the largest
 * possible error, {@value #MAX_KM} km; the share left unresolved; and, where the gold gives a
 * GeoNames id, the share resolved to exactly that id. Recognition plays no part, so these are the
 * numbers comparable with resolvers scored on gold spans (Mordecai 3).
 */
public final class GoldSpanScores {

  /** Half the Earth's circumference, in km: the error of a toponym left unresolved. */
  public static final double MAX_KM = 20039;

  /**
   * One corpus' scores.
   *
   * @param errorsKm the error of each gold toponym with coordinates, {@link #MAX_KM} when unresolved
   * @param unresolved gold toponyms with coordinates left unresolved
   * @param withId gold toponyms with coordinates and a GeoNames id
   * @param sameId of those, the ones resolved to that very id
   */
  public record CorpusScore(String corpus, List<Double> errorsKm, int unresolved, int withId, int sameId) {

    public CorpusScore {
      errorsKm = List.copyOf(errorsKm);
    }

    public int toponyms() {
      return errorsKm.size();
    }

    public double accuracy() {
      return toponyms() == 0 ? 0 : errorsKm.stream().filter(e -> e <= PlaceScores.WITHIN_KM).count() / (double) toponyms();
    }

    public double meanKm() {
      return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double medianKm() {
      return PlaceScores.median(errorsKm);
    }

    CorpusScore plus(CorpusScore o) {
      List<Double> all = new ArrayList<>(errorsKm);
      all.addAll(o.errorsKm);
      return new CorpusScore(corpus, all, unresolved + o.unresolved, withId + o.withId, sameId + o.sameId);
    }

    @Override
    public String toString() {
      String line = corpus + ": gold spans acc@161 " + PlaceScores.fixed(accuracy(), 3)
          + ", mean km " + (errorsKm.isEmpty() ? "nan" : PlaceScores.fixed(meanKm(), 0))
          + ", median km " + (errorsKm.isEmpty() ? "nan" : PlaceScores.fixed(medianKm(), 0))
          + ", unresolved " + PlaceScores.fixed(toponyms() == 0 ? 0 : (double) unresolved / toponyms(), 3);
      if (withId > 0) {
        line += ", exact id " + PlaceScores.fixed((double) sameId / withId, 3) + " of " + withId;
      }
      return line + " (" + toponyms() + " toponyms)";
    }
  }

  private GoldSpanScores() {}

  /** The gold toponym spans of a record, in file order. */
  public static List<Span> spans(JsonNode record) {
    List<Span> spans = new ArrayList<>();
    for (JsonNode g : record.path("toponyms")) {
      spans.add(new Span(g.path("start").asInt(), g.path("end").asInt()));
    }
    return spans;
  }

  /**
   * Scores the places resolved at the gold spans: for each document id, one place per gold
   * toponym, in file order ({@link #spans}). A document without places has all its toponyms left
   * unresolved. Corpora in alphabetical order.
   *
   * @throws IllegalArgumentException if a document has a different number of places than gold toponyms
   */
  public static List<CorpusScore> score(GoldSet gold, Map<String, List<Place>> resolved) {
    Map<String, CorpusScore> byCorpus = new TreeMap<>();
    for (JsonNode record : gold.records()) {
      String corpus = record.path("corpus").asText();
      String id = record.get("id").asText();
      JsonNode toponyms = record.path("toponyms");
      List<Place> places = resolved.getOrDefault(id, List.of());
      if (!places.isEmpty() && places.size() != toponyms.size()) {
        throw new IllegalArgumentException(id + " has " + places.size() + " resolved places for " + toponyms.size()
            + " gold toponyms; resolve each gold span once, in file order");
      }
      List<Double> errors = new ArrayList<>();
      int unresolved = 0;
      int withId = 0;
      int sameId = 0;
      for (int i = 0; i < toponyms.size(); i++) {
        JsonNode g = toponyms.get(i);
        if (g.path("lat").isNull() || g.path("lat").isMissingNode()) {
          continue;
        }
        Place p = places.isEmpty() ? null : places.get(i);
        boolean located = p != null && p.lat() != null;
        errors.add(located ? PlaceScores.km(g.path("lat").asDouble(), g.path("lon").asDouble(), p.lat(), p.lon()) : MAX_KM);
        unresolved += located ? 0 : 1;
        if (g.hasNonNull("geonameid")) {
          withId++;
          sameId += located && p.geonameId() != null && p.geonameId() == g.get("geonameid").asLong() ? 1 : 0;
        }
      }
      byCorpus.merge(corpus, new CorpusScore(corpus, errors, unresolved, withId, sameId), CorpusScore::plus);
    }
    return List.copyOf(byCorpus.values());
  }

  /** The summary line over the news corpora (every corpus but WikToR). */
  public static String summary(List<CorpusScore> scores) {
    CorpusScore news = new CorpusScore("news", List.of(), 0, 0, 0);
    for (CorpusScore s : scores) {
      if (!s.corpus().equals("WikToR")) {
        news = news.plus(s);
      }
    }
    return "geo (gold spans): " + news;
  }
}
