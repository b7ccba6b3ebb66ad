package org.herodotus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.herodotus.gazetteer.Gazetteer;
import org.herodotus.output.AnnotatedDocuments;
import org.herodotus.output.DocumentJson;
import org.herodotus.output.SummaryText;
import org.herodotus.pipeline.Batch;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipelines.Pipelines;
import org.herodotus.read.ArticleStream;
import org.herodotus.read.Articles;
import org.herodotus.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus extract}: reads articles and writes one annotated JSON object per article, in
 * input order. Bad documents are reported on standard error and the batch goes on; the exit status
 * is 1 when any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts entities and normalized dates (and, as they land, places, events and quotes)",
        "from articles, writing JSON Lines (docs/format.md) in input order."},
    footer = {"", "Examples:",
        "  herodotus extract --date 2017-09-05 article.txt > out.jsonl",
        "  herodotus extract articles/ more.jsonl page.html > out.jsonl",
        "  herodotus extract crawl.warc.gz feed.xml https://example.org/news/story.html > out.jsonl",
        "  cat article.txt | herodotus extract --date 2017-09-05 -",
        "  herodotus extract --with-tokens corpus.jsonl > annotated.jsonl; herodotus extract --annotated annotated.jsonl",
        "", "Exit status: 0 all documents extracted, 1 some failed (see standard error), 2 bad arguments."})
final class ExtractCommand implements Callable<Integer> {

  enum Format { jsonl, summary }

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = {"Files (.txt, .html, .jsonl, .warc, .warc.gz, .rss, .atom, .xml feeds, .urls lists),",
          "folders (read recursively), http(s) addresses of pages or feeds (fetched politely,",
          "robots.txt honoured), or - for standard input."})
  List<String> inputs = new ArrayList<>();

  @Mixin SourceOptions sources;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "jsonl (default) or summary (readable text).")
  Format format = Format.jsonl;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--with-tokens",
      description = "Also write sentences, tokens, dependencies and raw SUTime candidates.")
  boolean withTokens;

  @Option(names = "--annotated",
      description = {"The inputs are JSON Lines that 'extract --with-tokens' wrote: run only Herodotus's own",
          "stages again (entities, places, dates, events), without CoreNLP. Seconds for a corpus."})
  boolean annotated;

  @Mixin AnnotationOptions annotation;

  @Mixin GazetteerOption places;

  /** The progress line, with the documents counted up front when it is shown and they are known. */
  private Progress progressBar(List<String> all) {
    boolean shown = sources.showProgress();
    return new Progress(System.err, shown).total(shown && !annotated ? Articles.estimate(all) : OptionalLong.empty());
  }

  @Override
  public Integer call() throws IOException {
    List<String> all = annotated ? inputs : sources.inputs(inputs);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no inputs given; name files, folders, web addresses, --urls FILE, or - for standard input");
    }
    ReadOptions readOptions = sources.readOptions(all, System.in, false);
    int threads = annotation.threads();
    Gazetteer gazetteer = places.gazetteer();
    Pipeline pipeline = annotated ? Pipelines.afterAnnotation(gazetteer)
        : Pipelines.standard(annotation.coreNlpConfig(), gazetteer);
    int failed;
    int total;
    try (ArticleStream articles = annotated
            ? AnnotatedDocuments.open(all, System.in) : Articles.open(all, readOptions);
        Writer out = Outputs.open(output);
        Progress bar = progressBar(all)) {
      int[] count = {0};
      failed = new Batch(pipeline, threads).run(articles, outcome -> {
        count[0]++;
        bar.documentDone(outcome instanceof Outcome.Done);
        write(outcome, out);
      });
      total = count[0];
    }
    if (failed > 0) {
      System.err.printf(Locale.ROOT, failed == total ? "herodotus: %d of %d documents failed; nothing was written.%n"
          : "herodotus: %d of %d documents failed; the others were written.%n", failed, total);
      return Errors.FAILED_DOCUMENTS;
    }
    return 0;
  }

  private void write(Outcome outcome, Writer out) {
    try {
      if (outcome instanceof Outcome.Done done) {
        out.write(format == Format.summary ? SummaryText.render(done.document()) + "\n"
            : DocumentJson.write(done.document(), withTokens) + "\n");
      } else {
        System.err.println("herodotus: " + ((Outcome.Failed) outcome).describe());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
    }
  }
}
