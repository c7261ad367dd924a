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

  /** The positions {@code 0..hashes.length-1} sorted by hash, ties by position. */
  public static int[] orderByHash(long[] hashes) {
    // A primitive index sort: no boxing, which matters at millions of shingles.
    long[] keys = hashes.clone();
    int[] order = new int[hashes.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    sortTogether(keys, order, 0, keys.length - 1);
    return order;
  }

  /** Quicksort of {@code keys} carrying {@code values} along; ties are ordered by value. */
  private static void sortTogether(long[] keys, int[] values, int low, int high) {
    while (low < high) {
      if (high - low < 16) {
        insertionSort(keys, values, low, high);
        return;
      }
      int middle = (low + high) >>> 1;
      long pivotKey = keys[middle];
      int pivotValue = values[middle];
      int i = low;
      int j = high;
      while (i <= j) {
        while (before(keys[i], values[i], pivotKey, pivotValue)) {
          i++;
        }
        while (before(pivotKey, pivotValue, keys[j], values[j])) {
          j--;
        }
        if (i <= j) {
          swap(keys, values, i++, j--);
        }
      }
      if (j - low < high - i) {
        sortTogether(keys, values, low, j);
        low = i;
      } else {
        sortTogether(keys, values, i, high);
        high = j;
      }
    }
  }

  private static void insertionSort(long[] keys, int[] values, int low, int high) {
    for (int i = low + 1; i <= high; i++) {
      for (int j = i; j > low && before(keys[j], values[j], keys[j - 1], values[j - 1]); j--) {
        swap(keys, values, j, j - 1);
      }
    }
  }

  private static boolean before(long key, int value, long otherKey, int otherValue) {
    return key < otherKey || (key == otherKey && value < otherValue);
  }

  private static void swap(long[] keys, int[] values, int i, int j) {
    long key = keys[i];
    keys[i] = keys[j];
    keys[j] = key;
    int value = values[i];
    values[i] = values[j];
    values[j] = value;
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
