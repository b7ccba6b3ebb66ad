package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.herodotus.evaluate.HtmlScores;
import org.herodotus.read.WebPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus evaluate html --gold FILE}: runs only the HTML reader ({@link WebPage#read}) on
 * each gold page with its URL, no pipeline, and prints the metrics of
 * {@code ../shared/eval/html/score.py} ({@link HtmlScores}) and the reading speed.
 */
@Command(name = "html", mixinStandardHelpOptions = true,
    description = {"Article extraction from HTML: body (benchmark and snippet metrics), title, publication",
        "date, authors and site name, as ../shared/eval/html/README.md defines them. Runs the HTML reader only."})
final class EvaluateHtmlCommand implements java.util.concurrent.Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold JSON Lines file, plain or gzip.")
  Path gold;

  @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the predictions, for score.py.")
  Path predictions;

  @Option(names = "--threads", paramLabel = "N", description = "Pages read in parallel (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** A gold page: what is scored, and the page to read. */
  private record Page(HtmlScores.Gold gold, String url, String html) {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Page> pages = read(gold);
    int workers = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    Map<String, HtmlScores.Prediction> predicted = new LinkedHashMap<>();
    long start = System.nanoTime();
    try {
      List<Future<WebPage>> futures = new ArrayList<>();
      for (Page page : pages) {
        futures.add(pool.submit(() -> WebPage.read(page.html(), page.url())));
      }
      for (int i = 0; i < pages.size(); i++) {
        String id = pages.get(i).gold().id();
        try {
          WebPage read = futures.get(i).get();
          predicted.put(id, new HtmlScores.Prediction(read.text(), read.title(),
              read.published() == null ? null : read.published().toString(), read.authors(), read.siteName()));
        } catch (ExecutionException e) {
          System.err.println("herodotus: page " + id + " could not be read (" + e.getCause() + "); scored as empty");
        }
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(Locale.ROOT, "read %d pages in %.1f s: %.1f pages/s on %d threads%n",
        pages.size(), seconds, pages.size() / seconds, workers);
    if (predictions != null) {
      write(predicted, predictions);
    }
    HtmlScores.report(pages.stream().map(Page::gold).toList(), predicted).forEach(System.out::println);
    return 0;
  }

  private static List<Page> read(Path path) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(maybeGzip(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        if (!node.path("id").isTextual() || !node.path("html").isTextual() || !node.path("gold").isObject()) {
          throw new IllegalArgumentException(path + ":" + number
              + " is not an HTML gold record: \"id\", \"html\" and \"gold\" are required (see ../shared/eval/html/README.md)");
        }
        pages.add(new Page(new HtmlScores.Gold(node.get("id").asText(), node.path("corpus").asText(null), node.get("gold")),
            node.path("url").isTextual() ? node.get("url").asText() : null, node.get("html").asText()));
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("gold file " + path + " does not exist; give --gold the path of dev.jsonl.gz", e);
    }
    return pages;
  }

  private static InputStream maybeGzip(InputStream raw) throws IOException {
    PushbackInputStream in = new PushbackInputStream(raw, 2);
    byte[] magic = in.readNBytes(2);
    in.unread(magic);
    return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static void write(Map<String, HtmlScores.Prediction> predicted, Path path) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, HtmlScores.Prediction> entry : predicted.entrySet()) {
        HtmlScores.Prediction p = entry.getValue();
        ObjectNode node = JSON.createObjectNode().put("id", entry.getKey()).put("body", p.body())
            .put("title", p.title()).put("published", p.published()).put("site_name", p.siteName());
        p.authors().forEach(node.putArray("authors")::add);
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
      }
    }
  }
}
