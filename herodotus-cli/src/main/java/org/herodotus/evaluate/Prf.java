package org.herodotus.evaluate;

import java.util.Locale;

/** Counts for precision, recall and F1: true positives, predictions and gold items. */
public record Prf(int matched, int predicted, int gold) {

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    return predicted + gold == 0 ? 0 : 2.0 * matched / (predicted + gold);
  }

  public Prf plus(Prf other) {
    return new Prf(matched + other.matched, predicted + other.predicted, gold + other.gold);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d predicted, %d gold)",
        precision(), recall(), f1(), matched, predicted, gold);
  }
}
