package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.testing.Shelling;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void of_sameText_sameSignatureAndBands() {
    long[] a = MinHash.of(Shelling.WIRE);
    long[] b = MinHash.of(Shelling.WIRE);
    assertThat(a).containsExactly(b);
    assertThat(MinHash.bands(a)).containsExactly(MinHash.bands(b));
    assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
  }

  @Test
  void of_caseAndPunctuation_doNotMatter() {
    assertThat(MinHash.of("Syrian forces shelled Idlib on Tuesday.")).containsExactly(MinHash.of("syrian FORCES -- shelled idlib, on tuesday"));
  }

  @Test
  void of_isFixedAcrossRuns() {
    // a stored signature must stay comparable with one computed by a later run
    assertThat(MinHash.of("one two three")[0]).isEqualTo(MinHash.of("one two three")[0]);
    assertThat(MinHash.shingles("one two three four")).hasSize(2);
    assertThat(MinHash.shingles("one two")).hasSize(1);
    assertThat(MinHash.of(" -- ")).isNull();
  }

  @Test
  void similarity_syndicatedCopy_isANearDuplicate() {
    double syndicated = MinHash.similarity(MinHash.of(Shelling.WIRE), MinHash.of(Shelling.SYNDICATED));
    assertThat(syndicated).isGreaterThanOrEqualTo(0.8); // measured: Jaccard 0.843, estimated 0.867
    assertThat(shareBand(Shelling.WIRE, Shelling.SYNDICATED)).isTrue();
  }

  @Test
  void similarity_otherOutletsOwnWords_isFarBelowTheThreshold() {
    long[] wire = MinHash.of(Shelling.WIRE);
    for (String other : new String[] {Shelling.TRIBUNE, Shelling.POST, Shelling.ALEPPO}) {
      // measured: Jaccard 0.008 / 0.053 / 0.049, estimated 0.008 / 0.102 / 0.031
      assertThat(jaccard(Shelling.WIRE, other)).as(other).isLessThan(0.1);
      assertThat(MinHash.similarity(wire, MinHash.of(other))).as(other).isLessThan(0.25);
    }
    assertThat(shareBand(Shelling.WIRE, Shelling.TRIBUNE)).isFalse();
  }

  @Test
  void similarity_estimatesJaccardOfShingles() {
    // 40 shared shingles of 60 distinct: Jaccard 2/3; the estimate lies within three standard errors (0.042 each)
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 42; i++) {
      a.append("w").append(i).append(' ');
    }
    for (int i = 0; i < 42; i++) {
      b.append(i < 2 ? "x" + i : "w" + i).append(' ');
    }
    for (int i = 0; i < 20; i++) {
      b.append("y").append(i).append(' ');
    }
    double jaccard = jaccard(a.toString(), b.toString());
    assertThat(MinHash.similarity(MinHash.of(a.toString()), MinHash.of(b.toString()))).isCloseTo(jaccard, org.assertj.core.data.Offset.offset(0.13));
  }

  private static double jaccard(String a, String b) {
    var x = MinHash.shingles(a);
    var y = MinHash.shingles(b);
    var union = new java.util.HashSet<>(x);
    union.addAll(y);
    var both = new java.util.HashSet<>(x);
    both.retainAll(y);
    return (double) both.size() / union.size();
  }

  private static boolean shareBand(String a, String b) {
    long[] x = MinHash.bands(MinHash.of(a));
    long[] y = MinHash.bands(MinHash.of(b));
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        return true;
      }
    }
    return false;
  }
}
