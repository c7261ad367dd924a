package org.reprint.index;

import java.util.Arrays;

/**
 * Posting lists built by sorting: each (key, document) posting is packed into one long, key in the high 32
 * bits, and the array is sorted once. Eight bytes a posting and no boxing, where a hash map of lists costs
 * about ten times that; at a million documents with some eighty postings each, that is the difference
 * between 0.7 GB and several.
 */
final class SortedPostings {

  private static final int PREFIXES = 1 << 16;

  private long[] entries = new long[1 << 12];
  private int size;
  private int[] prefixStarts = new int[PREFIXES];
  private int[] prefixEnds = new int[PREFIXES];

  /** Adds a posting; {@code key} must lie in [0, 2^32), {@code document} in [0, 2^31). */
  void add(long key, int document) {
    if (size == entries.length) {
      // grow by half, not double: at a million documents these arrays hold tens of millions of postings
      entries = Arrays.copyOf(entries, size + (size >> 1) + 16);
    }
    entries[size++] = (key << 32) | document;
  }

  /**
   * The keys held by more than {@code count} documents, sorted, and each one's number of documents: a
   * compact view of the few common keys, kept after the postings themselves are dropped.
   */
  long[][] keysHeldByMoreThan(int count) {
    long[] keys = new long[16];
    long[] documents = new long[16];
    int found = 0;
    for (int i = 0; i < size; ) {
      long key = entries[i] >>> 32;
      int end = i;
      while (end < size && entries[end] >>> 32 == key) {
        end++;
      }
      if (end - i > count) {
        if (found == keys.length) {
          keys = Arrays.copyOf(keys, found * 2);
          documents = Arrays.copyOf(documents, found * 2);
        }
        keys[found] = key;
        documents[found++] = end - i;
      }
      i = end;
    }
    long[] sortedKeys = Arrays.copyOf(keys, found);
    long[] counts = Arrays.copyOf(documents, found);
    Integer[] order = new Integer[found];
    for (int i = 0; i < found; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(sortedKeys[x], sortedKeys[y]));
    long[][] result = {new long[found], new long[found]};
    for (int i = 0; i < found; i++) {
      result[0][i] = sortedKeys[order[i]];
      result[1][i] = counts[order[i]];
    }
    return result;
  }

  /** Sorts the postings and drops repeated (key, document) pairs; call once, after the last add. */
  SortedPostings sorted() {
    Arrays.sort(entries, 0, size);
    int unique = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || entries[i] != entries[i - 1]) {
        entries[unique++] = entries[i];
      }
    }
    size = unique;
    indexPrefixes();
    return this;
  }

  /**
   * Where the postings of each 16-bit key prefix start and end, so that {@link #first} bisects one small
   * bucket instead of the whole array: at a million documents the array holds tens of millions of postings,
   * and every step of a bisection over all of it missed the cache.
   */
  private void indexPrefixes() {
    prefixStarts = new int[PREFIXES];
    prefixEnds = new int[PREFIXES];
    for (int i = 0; i < size; ) {
      int prefix = (int) (entries[i] >>> 48);
      int end = i;
      while (end < size && (int) (entries[end] >>> 48) == prefix) {
        end++;
      }
      prefixStarts[prefix] = i;
      prefixEnds[prefix] = end;
      i = end;
    }
  }

  /**
   * The index of the first posting of {@code key}, or where it would be within its prefix's bucket (an
   * empty range when the key is absent). Keys of 2^31 and more sort before the others (the packed longs are
   * signed), but each key's postings, and each prefix's, stay together.
   */
  int first(long key) {
    long target = key << 32;
    int prefix = (int) (key >>> 16);
    int low = prefixStarts[prefix];
    int high = prefixEnds[prefix];
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (entries[middle] < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * One past the last posting of {@code key}, given {@code first(key)}. A key's postings are one contiguous
   * run from there, so this gallops (1, 2, 4, ... postings ahead) past the run and then bisects the last
   * step: short runs, the usual case, stay within a cache line or two, and a run of n postings costs log n.
   * (A linear walk made every document holding a common fingerprint walk that fingerprint's whole list only
   * to find it too long; a bisection over the whole array missed the cache at every step.)
   */
  int end(int first, long key) {
    int low = first; // entries[low - 1] holds the key, or low == first
    int step = 1;
    while (low + step - 1 < size && entries[low + step - 1] >>> 32 == key) {
      low += step;
      step <<= 1;
    }
    int high = Math.min(size, low + step - 1); // entries[high] does not hold the key, or high == size
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (entries[middle] >>> 32 == key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The document of posting {@code index} in sorted order. */
  int document(int index) {
    return (int) entries[index];
  }
}
