package org.herodotus.cli;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.herodotus.model.Document;
import org.herodotus.pipeline.Batch;
import org.herodotus.pipeline.Outcome;
import org.herodotus.read.ArticleStream;
import org.herodotus.read.Articles;
import org.herodotus.read.ReadOptions;
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
 * standard error and the batch goes on; the exit status is 1 when any failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extracts articles and stores their actors, places and events in the event store.",
        "Documents already stored with the same content are skipped before extraction; a revised",
        "document (same id, new content) replaces its old version. Resumable: run it again after an interruption."},
    footer = {"", "Examples:",
        "  herodotus ingest samples/",
        "  herodotus ingest --data /srv/herodotus --threads 4 articles/ more.jsonl",
        "", "Exit status: 0 all documents stored or unchanged, 1 some failed (see standard error), 2 bad arguments."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files (.txt, .html, .jsonl), folders (read recursively), or - for standard input.")
  List<String> inputs;

  @Mixin DataOption data;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that do not give one; relative dates resolve against it.")
  LocalDate date;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest document text accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars = 2_000_000;

  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error (default: when it is a terminal).")
  Boolean progress;

  @Mixin AnnotationOptions annotation;

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
  public Integer call() {
    int threads = annotation.threads();
    Counts counts = new Counts();
    try (Store store = Store.open(data.data);
        ArticleStream articles = Articles.open(inputs, new ReadOptions(date, maxChars, System.in));
        Progress bar = new Progress(System.err, progress != null ? progress : Progress.terminal())) {
      Iterator<Outcome> unstored = new Unstored(articles, store, () -> {
        counts.unchanged++;
        bar.documentDone(true);
      });
      if (unstored.hasNext()) { // the models load only when some document is not stored yet
        new Batch(Pipelines.standard(annotation.coreNlpConfig()), threads).run(unstored, outcome -> {
          boolean ok = store(outcome, store, counts);
          bar.documentDone(ok);
        });
      }
      System.out.printf(Locale.ROOT, "%d documents into %s: %d new, %d unchanged, %d replaced, %d failed; the store holds %d documents, %d events%s%n",
          counts.total(), data.data, counts.added, counts.unchanged, counts.replaced, counts.failed,
          store.documentCount(), store.count("events"), String.format(Locale.ROOT, " in %d event clusters", store.count("clusters")));
    }
    return counts.failed > 0 ? Errors.FAILED_DOCUMENTS : 0;
  }

  private static boolean store(Outcome outcome, Store store, Counts counts) {
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
      return true;
    } catch (StoreException e) {
      counts.failed++;
      System.err.println("herodotus: " + new Outcome.Failed(doc.id(), doc.meta().origin(), "store", e.getMessage(), e).describe());
      return false;
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
