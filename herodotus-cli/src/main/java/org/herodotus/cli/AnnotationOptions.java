package org.herodotus.cli;

import org.herodotus.annotate.CoreNlpConfig;
import picocli.CommandLine.Option;

/** The options that choose how documents are annotated, shared by the commands that annotate. */
final class AnnotationOptions {

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents processed in parallel (default: all ${sys:herodotus.cores} cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-parse",
      description = "Skip dependency parsing: about a quarter faster; later stages that need parses are left out.")
  boolean noParse;

  @Option(names = "--fine-ner",
      description = "Run CoreNLP's fine-grained NER (CITY, COUNTRY, NATIONALITY, ...): twice the NER time, +5 s load.")
  boolean fineNer;

  CoreNlpConfig coreNlpConfig() {
    return new CoreNlpConfig(!noParse, fineNer);
  }

  int threads() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    return threads;
  }

  static {
    System.setProperty("herodotus.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
  }
}
