package org.herodotus.annotate;

/** One loaded CoreNLP pipeline for every integration test in this module's JVM. */
final class SharedAnnotator {

  private static CoreNlpAnnotation instance;

  private SharedAnnotator() {}

  static synchronized CoreNlpAnnotation get() {
    if (instance == null) {
      instance = new CoreNlpAnnotation(CoreNlpConfig.defaults());
    }
    return instance;
  }
}
