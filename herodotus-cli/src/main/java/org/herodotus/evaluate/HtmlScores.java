package org.herodotus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics of {@code ../shared/eval/html/score.py}, printed as it prints them: article body
 * (article-extraction-benchmark shingle metric with a bootstrap ±, and trafilatura's snippet
 * metric), title, publication date (htmldate's metric), authors and site name. Each metric is over
 * the records whose gold has the field, so in the shared data the body metric is the {@code aeb}
 * corpus and the rest the {@code web} corpus. See {@code ../shared/eval/html/README.md}.
 */
public final class HtmlScores {

  /** Python's {@code \w+} on text: letters, digits (all numeric categories) and underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  /** Python's Unicode whitespace ({@code str.isspace}). */
  private static final Pattern SPACE = Pattern.compile("[\\t-\\r\\x1c-\\x1f\\x85\\p{Z}]+");
  private static final Pattern ISO_DATE = Pattern.compile("^[\\t-\\r\\x1c-\\x1f\\x85\\p{Z}]*(\\d{4})-(\\d{2})-(\\d{2})");
  private static final int SHINGLE = 4;
  public static final int BOOTSTRAP = 1000;

  /** One gold record without its page: {@code id}, {@code corpus} and the {@code gold} object. */
  public record Gold(String id, String corpus, JsonNode gold) {}

  /**
   * One prediction in the scorer's format; any field may be {@code null}.
   *
   * @param published an ISO date or date-time
   */
  public record Prediction(String body, String title, String published, List<String> authors, String siteName) {
    public Prediction {
      authors = authors == null ? List.of() : List.copyOf(authors);
    }

    static final Prediction EMPTY = new Prediction(null, null, null, List.of(), null);
  }

  private HtmlScores() {}

  /** The lines {@code score.py GOLD PREDICTIONS --seed 0} prints for these predictions. */
  public static List<String> report(List<Gold> golds, Map<String, Prediction> predicted) {
    List<double[]> triples = new ArrayList<>();
    List<Double> accuracies = new ArrayList<>();
    int[] snippets = new int[5]; // docs, tp, fp, fn, tn
    List<String[]> titles = new ArrayList<>();
    List<String[]> sites = new ArrayList<>();
    int[] dates = new int[3]; // tp, fp, fn
    int[] undated = new int[2]; // docs, predicted none
    List<String> goldAuthors = new ArrayList<>();
    List<String> predictedAuthors = new ArrayList<>();
    int[] noAuthor = new int[2];
    Set<String> ids = new HashSet<>();
    int missing = 0;
    for (Gold record : golds) {
      ids.add(record.id());
      Prediction p = predicted.get(record.id());
      if (p == null) {
        missing++;
        p = Prediction.EMPTY;
      }
      String body = p.body() == null ? "" : p.body();
      JsonNode g = record.gold();
      if (g.has("body")) {
        triples.add(shingleCounts(g.get("body").asText(), body));
        accuracies.add(tokens(g.get("body").asText()).equals(tokens(body)) ? 1.0 : 0.0);
      }
      if (g.has("body_with")) {
        snippets(g.get("body_with"), g.path("body_without"), body, snippets);
      }
      if (nonEmpty(g.get("title"))) {
        titles.add(new String[] {g.get("title").asText(), norm(p.title())});
      }
      if (g.has("published")) {
        if (nonEmpty(g.get("published"))) {
          String d = predictedDate(p.published());
          dates[d == null ? 2 : d.equals(g.get("published").asText()) ? 0 : 1]++;
        } else {
          undated[0]++;
          undated[1] += predictedDate(p.published()) == null ? 1 : 0;
        }
      }
      if (g.has("author")) {
        if (nonEmpty(g.get("author"))) {
          goldAuthors.add(g.get("author").asText());
          predictedAuthors.add(joined(p.authors()));
        } else {
          noAuthor[0]++;
          noAuthor[1] += joined(p.authors()).isEmpty() ? 1 : 0;
        }
      }
      if (nonEmpty(g.get("site_name"))) {
        sites.add(new String[] {g.get("site_name").asText(), norm(p.siteName())});
      }
    }
    long unknown = predicted.keySet().stream().filter(id -> !ids.contains(id)).count();
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "gold records %d, predictions %d, missing %d (scored as empty), unknown ids %d",
        golds.size(), predicted.size(), missing, unknown));
    List<String> summary = new ArrayList<>();
    if (!triples.isEmpty()) {
      double[] m = benchmark(triples, accuracies);
      double[] sd = bootstrap(triples, accuracies);
      out.add("");
      out.add(String.format(Locale.ROOT, "Article body, article-extraction-benchmark metric (%d docs)", triples.size()));
      out.add(String.format(Locale.ROOT, "  %-13s  %-13s  %-13s  %-13s", "F1", "precision", "recall", "accuracy"));
      out.add(String.format(Locale.ROOT, "  %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f",
          m[0], sd[0], m[1], sd[1], m[2], sd[2], m[3], sd[3]));
      summary.add(String.format(Locale.ROOT, "body F1 %.3f (benchmark metric, %d docs)", m[0], triples.size()));
    }
    if (snippets[0] > 0) {
      int tp = snippets[1];
      int fp = snippets[2];
      int fn = snippets[3];
      int tn = snippets[4];
      int total = tp + fp + fn + tn;
      double f1 = ratio(2 * tp, 2 * tp + fp + fn);
      out.add("");
      out.add(String.format(Locale.ROOT,
          "Article body, trafilatura snippet metric (%d docs, %d text and %d boilerplate snippets)",
          snippets[0], tp + fn, fp + tn));
      out.add(String.format(Locale.ROOT, "  precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f",
          ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(tp + tn, total), f1));
      summary.add(String.format(Locale.ROOT, "snippet F1 %.3f", f1));
    }
    if (!titles.isEmpty()) {
      double[] t = exact(titles);
      out.add("");
      out.add(String.format(Locale.ROOT, "Title (%d docs): exact %.3f  case-insensitive %.3f  (predicted for %d)",
          titles.size(), t[0], t[1], (int) t[2]));
      summary.add(String.format(Locale.ROOT, "title exact %.3f", t[0]));
    }
    if (dates[0] + dates[1] + dates[2] + undated[0] > 0) {
      int tp = dates[0];
      int fp = dates[1];
      int fn = dates[2];
      double f1 = ratio(2 * tp, 2 * tp + fp + fn);
      out.add("");
      out.add(String.format(Locale.ROOT, "Publication date, htmldate metric (%d pages with a gold date)", tp + fp + fn));
      out.add(String.format(Locale.ROOT, "  precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f   (tp %d, fp %d, fn %d)",
          ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(tp, tp + fp + fn), f1, tp, fp, fn));
      out.add(String.format(Locale.ROOT, "  pages annotated as undated: %d, predicted no date on %d", undated[0], undated[1]));
      summary.add(String.format(Locale.ROOT, "date F1 %.3f", f1));
    }
    if (!goldAuthors.isEmpty() || noAuthor[0] > 0) {
      int n = goldAuthors.size();
      int exact = 0;
      int given = 0;
      double f1s = 0;
      for (int i = 0; i < n; i++) {
        exact += norm(goldAuthors.get(i)).equals(predictedAuthors.get(i)) ? 1 : 0;
        given += predictedAuthors.get(i).isEmpty() ? 0 : 1;
        f1s += tokenF1(goldAuthors.get(i), predictedAuthors.get(i));
      }
      double tokenF1 = n == 0 ? 0 : f1s / n;
      out.add("");
      out.add(String.format(Locale.ROOT, "Author (%d pages with a gold author): exact %.3f  token F1 %.3f  (predicted for %d)",
          n, ratio(exact, n), tokenF1, given));
      out.add(String.format(Locale.ROOT, "  pages annotated without author: %d, predicted none on %d", noAuthor[0], noAuthor[1]));
      summary.add(String.format(Locale.ROOT, "author token F1 %.3f", tokenF1));
    }
    if (!sites.isEmpty()) {
      double[] s = exact(sites);
      out.add("");
      out.add(String.format(Locale.ROOT, "Site name (%d docs): exact %.3f  case-insensitive %.3f", sites.size(), s[0], s[1]));
    }
    out.add("");
    out.add("html: " + String.join(", ", summary));
    return out;
  }

  /** The tokens of {@code text}: Python's {@code re.findall(r"\w+", text)}. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
      List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE, tokens.size()));
      if (!shingle.isEmpty()) {
        counts.merge(String.join("\u0001", shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** tp, fp, fn of the shingle multisets, divided by their sum. */
  static double[] shingleCounts(String gold, String predicted) {
    Map<String, Integer> g = shingles(gold);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Set<String> keys = new HashSet<>(g.keySet());
    keys.addAll(p.keySet());
    for (String key : keys) {
      int gc = g.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {tp, fp, fn};
  }

  /** F1, precision, recall of the averages, and accuracy. */
  static double[] benchmark(List<double[]> triples, List<Double> accuracies) {
    double precisions = 0;
    int pn = 0;
    double recalls = 0;
    int rn = 0;
    for (double[] t : triples) {
      if (t[0] + t[1] > 0) {
        precisions += t[1] == 0 && t[2] == 0 ? 1 : t[0] == 0 && t[1] == 0 ? 0 : t[0] / (t[0] + t[1]);
        pn++;
      }
      if (t[0] + t[2] > 0) {
        recalls += t[1] == 0 && t[2] == 0 ? 1 : t[0] == 0 && t[2] == 0 ? 0 : t[0] / (t[0] + t[2]);
        rn++;
      }
    }
    double p = pn == 0 ? 0 : precisions / pn;
    double r = rn == 0 ? 0 : recalls / rn;
    double accuracy = accuracies.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return new double[] {p + r > 0 ? 2 * p * r / (p + r) : 0, p, r, accuracy};
  }

  /** Standard deviations of F1, P, R and accuracy over resamples drawn as score.py draws them (seed 0). */
  private static double[] bootstrap(List<double[]> triples, List<Double> accuracies) {
    PythonRandom random = new PythonRandom(0);
    int n = triples.size();
    double[][] values = new double[4][BOOTSTRAP];
    for (int b = 0; b < BOOTSTRAP; b++) {
      List<double[]> sample = new ArrayList<>(n);
      List<Double> sampleAccuracies = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int k = random.randint(0, n - 1);
        sample.add(triples.get(k));
        sampleAccuracies.add(accuracies.get(k));
      }
      double[] m = benchmark(sample, sampleAccuracies);
      for (int j = 0; j < 4; j++) {
        values[j][b] = m[j];
      }
    }
    double[] sd = new double[4];
    for (int j = 0; j < 4; j++) {
      double mean = 0;
      for (double v : values[j]) {
        mean += v;
      }
      mean /= BOOTSTRAP;
      double squares = 0;
      for (double v : values[j]) {
        squares += (v - mean) * (v - mean);
      }
      sd[j] = Math.sqrt(squares / (BOOTSTRAP - 1));
    }
    return sd;
  }

  private static void snippets(JsonNode with, JsonNode without, String body, int[] counts) {
    String p = ws(body);
    int tp = 0;
    int fp = 0;
    if (!p.isEmpty()) {
      for (JsonNode s : with) {
        tp += p.contains(ws(s.asText())) ? 1 : 0;
      }
      for (JsonNode s : without) {
        fp += p.contains(ws(s.asText())) ? 1 : 0;
      }
    }
    counts[0]++;
    counts[1] += tp;
    counts[2] += fp;
    counts[3] += with.size() - tp;
    counts[4] += without.size() - fp;
  }

  /** Share exact, share case-insensitive, and how many were predicted. */
  private static double[] exact(List<String[]> pairs) {
    int exact = 0;
    int folded = 0;
    int given = 0;
    for (String[] pair : pairs) {
      String g = norm(pair[0]);
      exact += g.equals(pair[1]) ? 1 : 0;
      folded += fold(g).equals(fold(pair[1])) ? 1 : 0;
      given += pair[1].isEmpty() ? 0 : 1;
    }
    return new double[] {ratio(exact, pairs.size()), ratio(folded, pairs.size()), given};
  }

  private static double tokenF1(String gold, String predicted) {
    Set<String> g = new HashSet<>();
    tokens(gold).forEach(t -> g.add(fold(t)));
    Set<String> p = new HashSet<>();
    tokens(predicted).forEach(t -> p.add(fold(t)));
    if (g.isEmpty() && p.isEmpty()) {
      return 1;
    }
    Set<String> common = new HashSet<>(g);
    common.retainAll(p);
    if (common.isEmpty()) {
      return 0;
    }
    double precision = (double) common.size() / p.size();
    double recall = (double) common.size() / g.size();
    return 2 * precision * recall / (precision + recall);
  }

  /** {@code pred_date}: {@code null} for no date, the leading YYYY-MM-DD, or "" for something else. */
  static String predictedDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : "";
  }

  /** NFC, whitespace collapsed and stripped, as score.py's {@code norm}. */
  static String norm(String text) {
    return text == null ? "" : SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  private static String ws(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }

  /** score.py's {@code as_str} of a list: the non-empty normalized names joined with "; ". */
  static String joined(List<String> names) {
    return String.join("; ", names.stream().map(HtmlScores::norm).filter(s -> !s.isEmpty()).toList());
  }

  /** Close to Python's {@code str.casefold}: ß becomes ss, final sigma σ. */
  private static String fold(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ');
  }

  private static boolean nonEmpty(JsonNode node) {
    return node != null && !node.isNull() && !node.asText().isEmpty();
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }
}
