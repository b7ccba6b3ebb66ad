package org.herodotus.annotate;

/**
 * How CoreNLP annotates: which optional annotators run.
 *
 * @param parse run the dependency parser (needed by event extraction; about a quarter of the
 *     annotation time and 0.7 GB more heap)
 * @param fineGrainedNer run CoreNLP's fine-grained NER (CITY, COUNTRY, NATIONALITY, TITLE, ...);
 *     it doubles NER time and adds 5 s of load time and 0.5 GB of heap, so it is off by default
 *     and the gazetteer supplies the finer classes instead
 */
public record CoreNlpConfig(boolean parse, boolean fineGrainedNer) {

  /** The defaults: parse, coarse NER. */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(true, false);
  }

  /** Entities and dates only, for evaluating them: no parse. */
  public static CoreNlpConfig entitiesOnly() {
    return new CoreNlpConfig(false, false);
  }

  /** The CoreNLP annotator list this configuration runs. */
  public String annotators() {
    return "tokenize,ssplit,pos,lemma,ner" + (parse ? ",depparse" : "");
  }
}
