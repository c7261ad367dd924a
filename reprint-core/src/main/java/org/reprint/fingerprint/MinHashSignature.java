package org.reprint.fingerprint;

/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents").
 *
 * <p>Permutation p is simulated by h_p(x) = mix(x XOR s_p), where x is a shingle hash, s_p the p-th output
 * of SplitMix64 started at the fingerprint seed, and mix the SplitMix64 finalizer (Steele, Lea and Flood
 * 2014), a bijection on 64-bit values with full avalanche. The fraction of equal signature values of two
 * documents estimates the Jaccard resemblance of their shingle sets.
 */
public final class MinHashSignature {

  private final long[] permutationSeeds;

  public MinHashSignature(int permutations, long seed) {
    FingerprintParameters.requireRange("permutations", permutations, 1, 1024);
    permutationSeeds = new long[permutations];
    long state = seed;
    for (int p = 0; p < permutations; p++) {
      state += 0x9E3779B97F4A7C15L;
      permutationSeeds[p] = mix(state);
    }
  }

  /** The signature of a set of shingle hashes; all values are {@link Long#MAX_VALUE} for an empty set. */
  public long[] signature(long[] shingleHashes) {
    long[] minimums = new long[permutationSeeds.length];
    java.util.Arrays.fill(minimums, Long.MAX_VALUE);
    // Loop order: one shingle against all permutations keeps the shingle in a register and the
    // minimums array in L1; this is the kernel the JMH benchmark measures.
    for (long shingle : shingleHashes) {
      for (int p = 0; p < minimums.length; p++) {
        long value = mix(shingle ^ permutationSeeds[p]);
        if (value < minimums[p]) {
          minimums[p] = value;
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

  /** The SplitMix64 finalizer, for callers that need a well-spread hash of a long (hash tables). */
  public static long mixForTables(long value) {
    return mix(value);
  }

  /** The SplitMix64 finalizer. */
  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
