package org.herodotus.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.herodotus.model.Document;
import org.herodotus.model.Layer;
import org.herodotus.pipeline.Stage;

/**
 * Annotates a document with Stanford CoreNLP: tokens, sentences, dependency parses, entity mentions
 * (as {@link Layer#ENTITY_CANDIDATES}) and SUTime's temporal expressions (as {@link Layer#TIME_CANDIDATES}, resolved against the
 * publication date). The models load once, in the constructor, and are shared by all threads.
 *
 * <p>This class and its package are the only places that see CoreNLP types.
 */
public final class CoreNlpAnnotation implements Stage {

  private final CoreNlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final long loadMillis;

  /** Loads the models (several seconds and about 1 GB of heap). */
  public CoreNlpAnnotation(CoreNlpConfig config) {
    this.config = config;
    long start = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties(config));
    this.loadMillis = (System.nanoTime() - start) / 1_000_000;
  }

  static Properties properties(CoreNlpConfig config) {
    Properties props = new Properties();
    props.setProperty("annotators", config.annotators());
    props.setProperty("tokenize.language", "en");
    // Keep brackets and quotes as written: tokens must match the characters they cover.
    props.setProperty("tokenize.options", "normalizeParentheses=false,normalizeOtherBrackets=false,"
        + "ptb3Escaping=false,splitHyphenated=true,splitForwardSlash=true,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.combinationMode", "NORMAL");
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("depparse.extradependencies", "MAXIMAL");
    return props;
  }

  public CoreNlpConfig config() {
    return config;
  }

  /** How long the models took to load, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  @Override
  public Document apply(Document doc) {
    return CoreNlpConversion.convert(doc, annotate(doc), config.parse());
  }

  /**
   * Runs CoreNLP alone on {@code doc}, without converting the result: the baseline against which
   * the benchmark measures the cost of everything Herodotus adds.
   *
   * @return the number of tokens
   */
  public int annotateOnly(Document doc) {
    return annotate(doc).get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private Annotation annotate(Document doc) {
    Annotation annotation = new Annotation(Datelines.endAsSentence(doc));
    if (doc.meta().published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class,
          doc.meta().published().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    pipeline.annotate(annotation);
    return annotation;
  }

  @Override
  public String name() {
    return "CoreNLP";
  }

  @Override
  public Set<Layer> adds() {
    return config.parse()
        ? EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.ENTITY_CANDIDATES, Layer.TIME_CANDIDATES)
        : EnumSet.of(Layer.TOKENS, Layer.ENTITY_CANDIDATES, Layer.TIME_CANDIDATES);
  }
}
