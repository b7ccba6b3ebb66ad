package org.herodotus.flink;

import java.nio.file.Path;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.herodotus.annotate.CoreNlpConfig;
import org.herodotus.model.Document;
import org.herodotus.output.DocumentJson;
import org.herodotus.pipeline.Outcome;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipelines.Pipelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the command line's pipeline ({@link Pipelines#standard}) over article JSON: one processed
 * document per article, none for an article the pipeline fails on (logged and counted in the
 * {@code articlesFailed} metric, as the CLI records and skips it).
 *
 * <p>The models and the gazetteer load in {@link #open}, once per task manager JVM: every subtask
 * of the job in that JVM shares one annotator and one gazetteer ({@code Pipelines} keeps them per
 * process), so a slot costs no more than its share of one set of models.
 */
final class Extraction extends ProcessFunction<String, Document> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(Extraction.class);

  /** The gazetteer index's path on the task managers, or null for the default gazetteer. */
  private final String gazetteer;
  private transient Pipeline pipeline;
  private transient Counter failed;
  private transient Counter processed;

  Extraction(String gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = gazetteer == null ? Pipelines.standard(CoreNlpConfig.defaults())
        : Pipelines.standard(CoreNlpConfig.defaults(), Pipelines.gazetteer(Path.of(gazetteer)));
    failed = getRuntimeContext().getMetricGroup().counter("articlesFailed");
    processed = getRuntimeContext().getMetricGroup().counter("articlesProcessed");
  }

  @Override
  public void processElement(String article, Context context, Collector<Document> out) {
    Document doc;
    try {
      doc = DocumentJson.read(article);
    } catch (IllegalArgumentException e) {
      failed.inc();
      LOG.warn("skipped a record that is no article JSON: {}", e.getMessage());
      return;
    }
    Outcome outcome = pipeline.process(doc);
    if (outcome instanceof Outcome.Done done) {
      processed.inc();
      out.collect(done.document());
    } else if (outcome instanceof Outcome.Failed failure) {
      failed.inc();
      LOG.warn("skipped an article: {}", failure.describe());
    }
  }
}
