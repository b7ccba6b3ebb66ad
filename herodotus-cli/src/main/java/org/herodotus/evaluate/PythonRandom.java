package org.herodotus.evaluate;

/**
 * Python's {@code random.Random(seed).randint} (the Mersenne Twister MT19937 seeded as CPython
 * seeds it from a non-negative int below 2^32), so that bootstrap resamples, and so the printed
 * ± of the reference scorers, come out the same.
 */
final class PythonRandom {

  private static final int N = 624;
  private static final int M = 397;
  private final int[] mt = new int[N];
  private int index = N + 1;

  /** A generator in the state of Python's {@code random.Random(seed)}. */
  PythonRandom(long seed) {
    if (seed < 0 || seed > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("seed " + seed + " is outside 0 .. 2^32-1, the only seeds this port supports");
    }
    initByArray(new int[] {(int) seed});
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private int next32() {
    if (index >= N) {
      for (int k = 0; k < N; k++) {
        int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      index = 0;
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** {@code random.randint(a, b)}: a uniform int in {@code [a, b]}, for {@code b - a < 2^31 - 1}. */
  int randint(int a, int b) {
    int n = b - a + 1;
    int bits = 32 - Integer.numberOfLeadingZeros(n);
    long r;
    do {
      r = (next32() & 0xFFFFFFFFL) >>> (32 - bits);
    } while (r >= n);
    return a + (int) r;
  }
}
