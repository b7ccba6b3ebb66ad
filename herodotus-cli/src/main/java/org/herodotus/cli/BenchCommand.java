package org.herodotus.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;
import org.herodotus.annotate.CoreNlpAnnotation;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.model.Document;
import org.herodotus.output.DocumentJson;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.PipelineListener;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipelines.Pipelines;
import org.herodotus.read.ArticleStream;
import org.herodotus.read.Articles;
import org.herodotus.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus bench CORPUS}: measures throughput on a real corpus at 1 and 2 threads (or
 * those given), for the whole Herodotus pipeline with JSON output and for bare CoreNLP with the
 * same annotators on the same articles, and reports the ratio (our overhead), model load time and
 * peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = StoreBenchCommand.class,
    description = {"Measures articles/s and tokens/s on a corpus, against bare CoreNLP with the same annotators",
        "on the same articles (run alternately in chunks, so that load on the machine hits both alike)."},
    footer = {"", "Example: herodotus bench --limit 200 ../shared/corpus/bbc/articles.jsonl",
        "The store and its queries at scale: herodotus bench store --help"})
final class BenchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Corpus files or folders (JSON Lines, text, HTML).")
  List<String> inputs;

  @Option(names = "--limit", paramLabel = "N", description = "Articles to measure (default: ${DEFAULT-VALUE}).")
  int limit = 200;

  @Option(names = "--warmup", paramLabel = "N", description = "Articles run first and not measured (default: ${DEFAULT-VALUE}).")
  int warmup = 30;

  @Option(names = "--thread-counts", split = ",", paramLabel = "N[,N...]",
      description = "Thread counts to measure (default: 1,2).")
  List<Integer> threadCounts = List.of(1, 2);

  @Mixin AnnotationOptions annotation;

  @Mixin GazetteerOption places;

  @Override
  public Integer call() {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("bench needs a corpus (INPUT...), or 'bench store' for the store's queries");
    }
    if (limit < 1 || warmup < 0) {
      throw new IllegalArgumentException("--limit must be at least 1 and --warmup at least 0");
    }
    List<Document> articles = load();
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no readable articles in " + inputs);
    }
    List<Document> warm = articles.subList(0, Math.min(warmup, articles.size()));
    List<Document> measured = articles.subList(warm.size(), articles.size());
    System.out.printf(Locale.ROOT, "corpus: %s, %d articles measured (%d warm-up), annotators %s%n",
        inputs, measured.size(), warm.size(), annotation.coreNlpConfig().annotators());

    CoreNlpAnnotation coreNlp = new CoreNlpAnnotation(annotation.coreNlpConfig());
    System.out.printf(Locale.ROOT, "model load: %.1f s; heap after load: %.2f GB%n",
        coreNlp.loadMillis() / 1000.0, usedHeapGb());
    StageTimes stageTimes = new StageTimes();
    long gazetteerStart = System.nanoTime();
    Gazetteer gazetteer = places.gazetteer();
    System.out.printf(Locale.ROOT, "gazetteer: %,d places, loaded in %.2f s%n", gazetteer.size(),
        (System.nanoTime() - gazetteerStart) / 1e9);
    Pipeline pipeline = Pipelines.of(coreNlp, gazetteer).withListener(stageTimes);
    ToIntFunction<Document> full = doc -> {
      Outcome outcome = pipeline.process(doc);
      if (outcome instanceof Outcome.Done done) {
        DocumentJson.write(done.document(), false);
        return done.document().tokens().size();
      }
      return 0;
    };
    ToIntFunction<Document> bare = coreNlp::annotateOnly;
    run(warm, 2, full);
    run(warm, 2, bare);
    for (int threads : threadCounts) {
      // Alternate the two in chunks (A B B A ...), so that a disturbance on the machine hits both alike.
      Result herodotus = new Result(0, 0, 0);
      Result coreNlpOnly = new Result(0, 0, 0);
      int chunk = Math.max(threads * 4, 10);
      for (int from = 0, round = 0; from < measured.size(); from += chunk, round++) {
        List<Document> part = measured.subList(from, Math.min(from + chunk, measured.size()));
        if (round % 2 == 0) {
          herodotus = herodotus.plus(run(part, threads, full));
          coreNlpOnly = coreNlpOnly.plus(run(part, threads, bare));
        } else {
          coreNlpOnly = coreNlpOnly.plus(run(part, threads, bare));
          herodotus = herodotus.plus(run(part, threads, full));
        }
      }
      System.out.printf(Locale.ROOT,
          "threads %d: herodotus %.2f articles/s, %,.0f tokens/s (%.2f articles/s per thread) | bare CoreNLP %.2f articles/s | overhead %+.1f%%%n",
          threads, herodotus.articlesPerSecond(), herodotus.tokensPerSecond(),
          herodotus.articlesPerSecond() / threads, coreNlpOnly.articlesPerSecond(),
          100.0 * (herodotus.seconds() / coreNlpOnly.seconds() - 1));
    }
    System.out.println("time per stage (all runs): " + stageTimes);
    System.out.printf(Locale.ROOT, "peak heap: %.2f GB%n", peakHeapGb());
    return 0;
  }

  private List<Document> load() {
    List<Document> docs = new ArrayList<>();
    try (ArticleStream stream = Articles.open(inputs, new ReadOptions(null, 2_000_000, System.in))) {
      while (stream.hasNext() && docs.size() < limit + warmup) {
        if (stream.next() instanceof Outcome.Done done) {
          docs.add(done.document());
        }
      }
    }
    return docs;
  }

  record Result(int articles, long tokens, double seconds) {
    Result plus(Result other) {
      return new Result(articles + other.articles, tokens + other.tokens, seconds + other.seconds);
    }

    double articlesPerSecond() {
      return articles / seconds;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private static Result run(List<Document> docs, int threads, ToIntFunction<Document> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong tokens = new AtomicLong();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Document doc : docs) {
        futures.add(pool.submit(() -> tokens.addAndGet(work.applyAsInt(doc))));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(docs.size(), tokens.get(), (System.nanoTime() - start) / 1e9);
  }

  /** Adds up the time each stage takes, to show where the time goes. */
  static final class StageTimes implements PipelineListener {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    @Override
    public void stageEnded(Document doc, Stage stage, long stageNanos) {
      nanos.computeIfAbsent(stage.name(), name -> new LongAdder()).add(stageNanos);
    }

    @Override
    public String toString() {
      double total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
      List<String> parts = new ArrayList<>();
      nanos.forEach((name, adder) -> parts.add(String.format(Locale.ROOT, "%s %.2f%%", name, 100 * adder.sum() / total)));
      return String.join(", ", parts);
    }
  }

  private static double usedHeapGb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e9;
  }

  private static double peakHeapGb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e9;
  }

}
