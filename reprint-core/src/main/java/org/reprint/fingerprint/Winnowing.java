package org.reprint.fingerprint;

import java.util.Arrays;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): in every window of w consecutive shingle hashes, keep the
 * smallest (the rightmost one on ties, which the paper calls robust winnowing). Any run of w + k - 1 shared
 * words yields at least one shared fingerprint, while only about 2 / (w + 1) of the shingles are kept.
 */
public final class Winnowing {

  private Winnowing() {}

  /** The positions (shingle indexes) of the selected fingerprints, ascending. */
  public static int[] select(long[] shingleHashes, int window) {
    int count = shingleHashes.length;
    if (count == 0) {
      return new int[0];
    }
    if (count <= window) {
      return new int[] {argMinRightmost(shingleHashes, 0, count)};
    }
    int[] selected = new int[count];
    int size = 0;
    int previous = -1;
    for (int start = 0; start + window <= count; start++) {
      int minimum;
      if (previous >= start) {
        int entering = start + window - 1;
        minimum = shingleHashes[entering] <= shingleHashes[previous] ? entering : previous;
      } else {
        minimum = argMinRightmost(shingleHashes, start, start + window);
      }
      if (minimum != previous) {
        selected[size++] = minimum;
        previous = minimum;
      }
    }
    return Arrays.copyOf(selected, size);
  }

  /** The distinct hash values at the selected positions, sorted. */
  public static long[] fingerprints(long[] shingleHashes, int window) {
    int[] positions = select(shingleHashes, window);
    long[] values = new long[positions.length];
    for (int i = 0; i < positions.length; i++) {
      values[i] = shingleHashes[positions[i]];
    }
    return Shingles.distinctSorted(values);
  }

  private static int argMinRightmost(long[] values, int from, int to) {
    int best = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] <= values[best]) {
        best = i;
      }
    }
    return best;
  }
}
