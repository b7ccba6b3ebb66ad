package org.herodotus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.fetch.FetchOptions;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Batch;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipelines.Pipelines;
import org.herodotus.read.ArticleStream;
import org.herodotus.read.Articles;
import org.herodotus.read.FeedState;
import org.herodotus.read.ReadOptions;
import org.herodotus.search.SearchIndex;
import org.herodotus.store.ContentHash;
import org.herodotus.store.Ingested;
import org.herodotus.store.Store;
import org.herodotus.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus ingest}: reads articles, runs the standard pipeline on those the store does not
 * hold yet (checked by content hash before the pipeline runs), and stores each in one transaction.
 * Re-running after an interruption resumes where it stopped. Bad documents are reported on
 * standard error and the batch goes on; the exit status is 1 when any failed. With {@code --feed}
 * it polls feeds for new items, once or, with {@code --every}, until interrupted.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extracts articles and stores their actors, places and events in the event store.",
        "Reads files, folders, WARC archives (CC-NEWS), RSS and Atom feeds, web pages and",
        "lists of addresses; polls live feeds with --feed, with --every until Ctrl-C.",
        "Documents already stored with the same content are skipped before extraction;",
        "a revised document (same id, new content) replaces its old version.",
        "Resumable: run it again after an interruption."},
    footer = {"", "Examples:",
        "  herodotus ingest samples/",
        "  herodotus ingest --data /srv/herodotus --threads 4 articles/ feed.xml crawl.warc.gz more.jsonl",
        "  herodotus ingest --urls reading-list.txt https://example.org/news/2026/11/25/story.html",
        "  herodotus ingest --feed https://example.org/rss --feed https://example.com/atom.xml --every 15m",
        "", "Pages and feeds are fetched politely: User-Agent " + FetchOptions.USER_AGENT + ",",
        "robots.txt honoured, --rate requests a second per host, bodies up to 10 MB.",
        "Polled feeds keep their state (ETag, Last-Modified, items seen) in DIR/" + FeedState.FILE + ";",
        "delete it to read every item again.",
        "", "Exit status: 0 all documents stored or unchanged, 1 some failed (see standard error), 2 bad arguments."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = {"Files (.txt, .html, .jsonl, .warc, .warc.gz, .rss, .atom, .xml feeds, .urls lists),",
          "folders (read recursively), http(s) addresses of pages or feeds, or - for standard input."})
  List<String> inputs = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL",
      description = "A feed to poll: only items not read before are ingested, the feed asked for with a conditional GET. Repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION", converter = PollInterval.class,
      description = "Poll the --feed addresses again every DURATION (30s, 15m, 2h) until interrupted; without it, once.")
  Duration every;

  @Mixin SourceOptions sources;

  @Mixin DataOption data;

  @Mixin AnnotationOptions annotation;

  @Mixin GazetteerOption places;

  /** Builds the pipeline from the annotation options; a seam for tests that run without the models. */
  private final Function<CoreNlpConfig, Pipeline> pipelines;
  /** Makes the loop of {@code --every}; a seam for tests that stop it without a signal. */
  private final Supplier<PollLoop> loops;

  IngestCommand() {
    this.pipelines = config -> Pipelines.standard(config, places.gazetteer());
    this.loops = PollLoop::untilInterrupted;
  }

  IngestCommand(Function<CoreNlpConfig, Pipeline> pipelines, Supplier<PollLoop> loops) {
    this.pipelines = pipelines;
    this.loops = loops;
  }

  /** What became of the documents of one run. */
  static final class Counts {
    int added;
    int unchanged;
    int replaced;
    int failed;

    int total() {
      return added + unchanged + replaced + failed;
    }
  }

  @Override
  public Integer call() throws IOException {
    int threads = annotation.threads();
    List<String> all = sources.inputs(inputs);
    if (all.isEmpty() && feeds.isEmpty()) {
      throw new IllegalArgumentException("nothing to ingest; name files, folders, web addresses or - as inputs, "
          + "--urls FILE, or --feed URL");
    }
    if (every != null && feeds.isEmpty()) {
      throw new IllegalArgumentException("--every polls feeds, and no --feed is given; add --feed URL");
    }
    ReadOptions readOptions = sources.readOptions(all, System.in, !feeds.isEmpty());
    boolean failed = false;
    PollLoop loop = every == null ? null : loops.get();
    try (Store store = Store.open(data.data); SearchIndex index = SearchIndex.open(store)) {
      if (!all.isEmpty()) {
        try (ArticleStream articles = Articles.open(all, readOptions)) {
          failed |= ingest(articles, store, index, threads, () -> false, showProgress() ? Articles.estimate(all) : OptionalLong.empty());
        }
      }
      if (!feeds.isEmpty()) {
        FeedState state = FeedState.load(data.data.resolve(FeedState.FILE));
        do {
          try (ArticleStream items = Articles.poll(feeds, state, readOptions)) {
            failed |= ingest(items, store, index, threads, loop == null ? () -> false : loop::stopping, OptionalLong.empty());
          }
          state.save();
        } while (loop != null && loop.awaitNext(every));
      }
    } finally {
      if (loop != null) {
        loop.finished();
      }
    }
    return failed ? Errors.FAILED_DOCUMENTS : 0;
  }

  private boolean showProgress() {
    return sources.showProgress();
  }

  /**
   * Ingests the documents of {@code articles} until they end or {@code stop} says so; whether any
   * failed. {@code expected}, when known, is the progress line's total.
   */
  private boolean ingest(ArticleStream articles, Store store, SearchIndex index, int threads, BooleanSupplier stop,
      OptionalLong expected) {
    Counts counts = new Counts();
    try (Progress bar = new Progress(System.err, showProgress()).total(expected)) {
      Iterator<Outcome> unstored = new Unstored(new Until(articles, stop), store, () -> {
        counts.unchanged++;
        bar.documentSkipped();
      });
      if (unstored.hasNext()) { // the models load only when some document is not stored yet
        new Batch(pipelines.apply(annotation.coreNlpConfig()), threads).run(unstored, outcome -> {
          boolean ok = store(outcome, store, index, counts);
          bar.documentDone(ok);
        });
      }
    }
    System.out.printf(Locale.ROOT, "%d documents into %s: %d new, %d unchanged, %d replaced, %d failed; the store holds %d documents, %d events in %d event clusters%n",
        counts.total(), data.data, counts.added, counts.unchanged, counts.replaced, counts.failed,
        store.documentCount(), store.count("events"), store.count("clusters"));
    System.out.flush();
    return counts.failed > 0;
  }

  static boolean store(Outcome outcome, Store store, SearchIndex index, Counts counts) {
    if (outcome instanceof Outcome.Failed failed) {
      counts.failed++;
      System.err.println("herodotus: " + failed.describe());
      return false;
    }
    Document doc = ((Outcome.Done) outcome).document();
    try {
      Ingested result = store.put(doc);
      switch (result) {
        case NEW -> counts.added++;
        case UNCHANGED -> counts.unchanged++;
        case REPLACED -> counts.replaced++;
      }
      index(doc, result, index);
      return true;
    } catch (StoreException e) {
      counts.failed++;
      System.err.println("herodotus: " + new Outcome.Failed(doc.id(), doc.meta().origin(), "store", e.getMessage(), e).describe());
      return false;
    }
  }

  /** The outcomes of a stream until it ends or {@code stop} says to stop reading (Ctrl-C while polling). */
  static final class Until implements Iterator<Outcome> {
    private final Iterator<Outcome> read;
    private final BooleanSupplier stop;

    Until(Iterator<Outcome> read, BooleanSupplier stop) {
      this.read = read;
      this.stop = stop;
    }

    @Override
    public boolean hasNext() {
      return !stop.getAsBoolean() && read.hasNext();
    }

    @Override
    public Outcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more documents, or stopping");
      }
      return read.next();
    }
  }

  /** Indexes a stored document unless it was unchanged; a failure leaves it to the next run's reconciliation. */
  private static void index(Document doc, Ingested result, SearchIndex index) {
    if (result == Ingested.UNCHANGED) {
      return;
    }
    try {
      index.update(doc.id());
    } catch (UncheckedIOException e) {
      System.err.println("herodotus: " + doc.id() + " is stored but not in the search index (" + e.getMessage()
          + "); the next command that opens the index adds it");
    }
  }

  /** The read outcomes minus the documents the store already holds with the same content hash. */
  static final class Unstored implements Iterator<Outcome> {
    private final Iterator<Outcome> read;
    private final Store store;
    private final Runnable skipped;
    private Outcome next;

    Unstored(Iterator<Outcome> read, Store store, Runnable skipped) {
      this.read = read;
      this.store = store;
      this.skipped = skipped;
    }

    @Override
    public boolean hasNext() {
      while (next == null && read.hasNext()) {
        Outcome outcome = read.next();
        if (outcome instanceof Outcome.Done done && store.holds(done.document().id(), ContentHash.of(done.document()))) {
          skipped.run();
        } else {
          next = outcome;
        }
      }
      return next != null;
    }

    @Override
    public Outcome next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Outcome outcome = next;
      next = null;
      return outcome;
    }
  }
}
