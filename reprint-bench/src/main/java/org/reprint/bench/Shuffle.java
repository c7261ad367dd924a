package org.reprint.bench;

import java.util.SplittableRandom;

/** Seeded permutations and seed mixing for the corpus generator; nothing here draws from an unseeded source. */
final class Shuffle {

  private Shuffle() {}

  /** A Fisher-Yates permutation of {@code 0..size-1}. */
  static int[] permutation(int size, SplittableRandom random) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /**
   * A seed for one purpose and index, derived from the corpus seed with the SplitMix64 finalizer, so that
   * each article's choices do not depend on how many numbers earlier articles drew.
   */
  static long mix(long seed, long purpose, long index) {
    long z = seed + purpose * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
