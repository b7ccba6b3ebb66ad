package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herodotus.model.Document;
import org.herodotus.model.Quote;
import org.herodotus.model.Span;

/**
 * Attribution scores as {@code ../shared/eval/attribution/README.md} defines them and
 * {@code score_attribution.py} computes them: per article, gold and predicted relations are
 * matched one to one on their content spans (extents; overlap required, highest Jaccard first,
 * ties as the reference scorer breaks them), counts pooled over articles. Content partial
 * (matched) and exact (identical spans) P/R/F1; source accuracy on matched pairs (both absent, or
 * overlapping); end-to-end "who said what" F1 (a matched pair whose source is right). Beyond the
 * reference scorer: exact content after the README's normalisation, cue accuracy and recall by
 * {@code kind_derived}.
 *
 * @param gold gold relations
 * @param predicted predicted relations
 * @param matched matched pairs (content partial true positives)
 * @param exact matched pairs with identical content spans
 * @param normalized matched pairs with equal content after stripping quotes and punctuation at the ends
 * @param sourceRight matched pairs whose source is right (end-to-end true positives)
 * @param cueRight matched pairs whose cues overlap
 * @param goldByKind gold relations by {@code kind_derived}
 * @param matchedByKind matched gold relations by {@code kind_derived}
 */
public record AttributionScores(int gold, int predicted, int matched, int exact, int normalized, int sourceRight, int cueRight,
    Map<String, Integer> goldByKind, Map<String, Integer> matchedByKind) {

  /** A relation as the scorer sees it: content extent, source and cue extents (null when absent), kind. */
  public record Relation(Span content, Span source, Span cue, String kind) {}

  /** Scores the predicted documents' quotes against the gold set; a missing document found nothing. */
  public static AttributionScores score(GoldSet goldSet, Map<String, Document> predicted) {
    Map<String, List<Relation>> byId = new TreeMap<>();
    predicted.forEach((id, doc) -> byId.put(id, relations(doc)));
    return scoreRelations(goldSet, byId);
  }

  /** The quotes of a document as relations. */
  public static List<Relation> relations(Document doc) {
    List<Relation> out = new ArrayList<>();
    for (Quote q : doc.quotes()) {
      out.add(new Relation(q.span(), q.speaker() == null ? null : q.speaker().span(), q.cue(), q.kind().name().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** Scores relations by document id against the gold set. */
  public static AttributionScores scoreRelations(GoldSet goldSet, Map<String, List<Relation>> predicted) {
    int ng = 0;
    int np = 0;
    int matched = 0;
    int exact = 0;
    int normalized = 0;
    int source = 0;
    int cue = 0;
    Map<String, Integer> goldByKind = new TreeMap<>();
    Map<String, Integer> matchedByKind = new TreeMap<>();
    for (JsonNode record : goldSet.records()) {
      String text = record.get("text").asText();
      List<Relation> gold = new ArrayList<>();
      for (JsonNode a : record.path("attributions")) {
        Span content = span(a.get("content"));
        if (content != null) {
          gold.add(new Relation(content, span(a.get("source")), span(a.get("cue")), a.path("kind_derived").asText("unknown")));
        }
      }
      List<Relation> pred = predicted.getOrDefault(record.get("id").asText(), List.of());
      ng += gold.size();
      np += pred.size();
      gold.forEach(g -> goldByKind.merge(g.kind(), 1, Integer::sum));
      List<double[]> pairs = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        for (int j = 0; j < pred.size(); j++) {
          double jaccard = jaccard(gold.get(i).content(), pred.get(j).content());
          if (jaccard > 0) {
            pairs.add(new double[] {jaccard, i, j});
          }
        }
      }
      // score_attribution.py sorts (jaccard, i, j) tuples in reverse: ties go to the later gold, then the later prediction
      pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(b[2], a[2]));
      Set<Integer> usedGold = new HashSet<>();
      Set<Integer> usedPred = new HashSet<>();
      for (double[] pair : pairs) {
        int i = (int) pair[1];
        int j = (int) pair[2];
        if (usedGold.contains(i) || usedPred.contains(j)) {
          continue;
        }
        usedGold.add(i);
        usedPred.add(j);
        Relation g = gold.get(i);
        Relation p = pred.get(j);
        matched++;
        matchedByKind.merge(g.kind(), 1, Integer::sum);
        exact += g.content().equals(p.content()) ? 1 : 0;
        normalized += normal(g.content().of(text)).equals(normal(p.content().of(text))) ? 1 : 0;
        boolean right = g.source() == null && p.source() == null
            || g.source() != null && p.source() != null && jaccard(g.source(), p.source()) > 0;
        source += right ? 1 : 0;
        cue += g.cue() != null && p.cue() != null && jaccard(g.cue(), p.cue()) > 0 ? 1 : 0;
      }
    }
    return new AttributionScores(ng, np, matched, exact, normalized, source, cue, goldByKind, matchedByKind);
  }

  public Prf content() {
    return new Prf(matched, predicted, gold);
  }

  public Prf exactContent() {
    return new Prf(exact, predicted, gold);
  }

  public Prf normalizedContent() {
    return new Prf(normalized, predicted, gold);
  }

  public Prf endToEnd() {
    return new Prf(sourceRight, predicted, gold);
  }

  public double sourceAccuracy() {
    return matched == 0 ? 0 : (double) sourceRight / matched;
  }

  public double cueAccuracy() {
    return matched == 0 ? 0 : (double) cueRight / matched;
  }

  /** The two lines {@code score_attribution.py} prints, to three decimals. */
  public List<String> referenceLines() {
    return List.of(
        String.format(Locale.ROOT, "gold %d, predicted %d, matched %d; content P %.3f R %.3f; exact-content F1 %.3f",
            gold, predicted, matched, content().precision(), content().recall(), exactContent().f1()),
        String.format(Locale.ROOT, "attribution: e2e F1 %.3f (content partial F1 %.3f, source accuracy %.3f)",
            endToEnd().f1(), content().f1(), sourceAccuracy()));
  }

  /** More detail than the reference scorer prints, each line labelled. */
  public List<String> detailLines() {
    List<String> lines = new ArrayList<>();
    lines.add("  content partial: " + content());
    lines.add("  content exact: " + exactContent());
    lines.add("  [not score_attribution.py] content exact after stripping quotes and punctuation: " + normalizedContent());
    lines.add("  end-to-end (content overlap + source overlap): " + endToEnd());
    lines.add(String.format(Locale.ROOT, "  [not score_attribution.py] cue accuracy (overlap) on matched pairs %.3f", cueAccuracy()));
    StringBuilder kinds = new StringBuilder("  [not score_attribution.py] content recall by kind_derived:");
    goldByKind.forEach((kind, n) -> kinds.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)",
        kind, (double) matchedByKind.getOrDefault(kind, 0) / n, matchedByKind.getOrDefault(kind, 0), n)));
    lines.add(kinds.toString());
    return lines;
  }

  private static Span span(JsonNode node) {
    if (node == null || node.isNull() || !node.hasNonNull("start")) {
      return null;
    }
    return new Span(node.get("start").asInt(), node.get("end").asInt());
  }

  static double jaccard(Span a, Span b) {
    int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return union == 0 ? 0 : (double) inter / union;
  }

  /** The README's normalisation for exact content: quote marks, white space and . , ; : ! ? stripped at both ends. */
  static String normal(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && stripped(s.charAt(start))) {
      start++;
    }
    while (end > start && stripped(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean stripped(char c) {
    return Character.isWhitespace(c) || "\"“”'‘’.,;:!?".indexOf(c) >= 0;
  }
}
