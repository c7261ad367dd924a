package org.reprint.fingerprint;

/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents").
 *
 * <p>Value p of a signature is the minimum over the shingle set of a simulated random permutation h_p. Each
 * 64-bit mix(x XOR s_q) yields two of them: its low 32 bits are h_{2q}(x) and its high 32 bits h_{2q+1}(x).
 * Here x is a shingle hash, s_q the q-th output of SplitMix64 started at the fingerprint seed, and mix the
 * SplitMix64 finalizer (Steele, Lea and Flood 2014), a bijection with full avalanche, so the two halves behave
 * as independent hashes. Splitting halves the cost; 32-bit values collide with probability 2^-32, far below
 * the estimator's own error. The fraction of equal signature values of two documents estimates the Jaccard
 * resemblance of their shingle sets.
 */
public final class MinHashSignature {

  private final int permutations;
  private final long[] mixSeeds;

  /** @param permutations the signature length, even, from 2 to 1024 */
  public MinHashSignature(int permutations, long seed) {
    FingerprintParameters.requireRange("permutations", permutations, 2, 1024);
    if (permutations % 2 != 0) {
      throw new IllegalArgumentException("permutations must be even, got " + permutations);
    }
    this.permutations = permutations;
    mixSeeds = new long[permutations / 2];
    long state = seed;
    for (int q = 0; q < mixSeeds.length; q++) {
      state += 0x9E3779B97F4A7C15L;
      mixSeeds[q] = mix(state);
    }
  }

  /** The signature of a set of shingle hashes; all values are {@link Long#MAX_VALUE} for an empty set. */
  public long[] signature(long[] shingleHashes) {
    long[] minimums = new long[permutations];
    java.util.Arrays.fill(minimums, Long.MAX_VALUE);
    // Loop order: one shingle against all permutations keeps the shingle in a register and the
    // minimums array in L1; this is the kernel the JMH benchmark measures.
    for (long shingle : shingleHashes) {
      for (int q = 0; q < mixSeeds.length; q++) {
        long value = mix(shingle ^ mixSeeds[q]);
        long low = value & 0xFFFFFFFFL;
        long high = value >>> 32;
        int p = 2 * q;
        if (low < minimums[p]) {
          minimums[p] = low;
        }
        if (high < minimums[p + 1]) {
          minimums[p + 1] = high;
        }
      }
    }
    return minimums;
  }
  /** The share of equal positions: an unbiased estimate of Jaccard resemblance. */
  public static double estimateResemblance(long[] first, long[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException(
          "signatures must have equal lengths, got " + first.length + " and " + second.length);
    }
    int equal = 0;
    for (int i = 0; i < first.length; i++) {
      if (first[i] == second[i]) {
        equal++;
      }
    }
    return first.length == 0 ? 0 : (double) equal / first.length;
  }

  /** The SplitMix64 finalizer. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
