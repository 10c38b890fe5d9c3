package dev.newsdiff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Scores already computed, by unordered pair of unit indexes. Open addressing over primitive keys
 * and values: with 50 outlets an alignment looks up a few hundred thousand pairs, and a boxed
 * {@code Map<Long, Double>} spent most of the alignment's time allocating and hashing boxes. Not
 * thread-safe; one alignment owns one memo.
 */
final class ScoreMemo {

  private static final long EMPTY = -1; // keys are (min << 32 | max) of two indexes >= 0
  private static final double MAX_LOAD = 0.6;

  private long[] keys;
  private double[] values;
  private int size;

  ScoreMemo() {
    keys = new long[64];
    values = new double[64];
    Arrays.fill(keys, EMPTY);
  }

  /** The key of the unordered pair {a, b}. */
  static long key(int a, int b) {
    checkArgument(a >= 0 && b >= 0, "indexes must be >= 0: %s, %s", a, b);
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  /** The score stored for {@code key}, or NaN when there is none. */
  double get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == EMPTY) {
        return Double.NaN;
      }
    }
  }

  void put(long key, double value) {
    if (size + 1 > keys.length * MAX_LOAD) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  int size() {
    return size;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads the pair's two halves
    return (int) (h ^ h >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
