package org.reprint.fingerprint;

import java.util.Arrays;

/**
 * Word k-shingles of a token sequence, as hashes. Shingle {@code i} covers tokens {@code [i, i + k)}; a text
 * shorter than k words has one shingle made of all its words, so that short items (wire one-liners) can still
 * be compared.
 */
public final class Shingles {

  private Shingles() {}

  /** The hash of every shingle, in token order. */
  public static long[] hashes(TokenSequence tokens, int shingleSize, TokenHash hash) {
    int count = tokens.size();
    if (count == 0) {
      return new long[0];
    }
    int size = Math.min(shingleSize, count);
    long[] shingles = new long[count - size + 1];
    long[] words = tokens.hashes();
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = hash.hashShingle(words, i, size);
    }
    return shingles;
  }

  /** The distinct values of {@code hashes}, sorted: the shingle set used for resemblance and containment. */
  public static long[] distinctSorted(long[] hashes) {
    long[] sorted = hashes.clone();
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, unique);
  }

  /** The size of the intersection of two sorted sets of distinct values. */
  public static int intersectionSize(long[] first, long[] second) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < first.length && j < second.length) {
      if (first[i] == second[j]) {
        shared++;
        i++;
        j++;
      } else if (first[i] < second[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}
