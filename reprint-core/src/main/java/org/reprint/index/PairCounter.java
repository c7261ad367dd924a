package org.reprint.index;

import java.util.Arrays;

/**
 * Counts how often each unordered document pair is seen, in an open-addressing table keyed by the pair
 * packed into a long. A boxed {@code HashMap<Long, Integer>} would cost about 80 bytes a pair; this costs 12.
 */
final class PairCounter {

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] counts;
  private int size;

  PairCounter() {
    keys = new long[1 << 12];
    counts = new int[keys.length];
    Arrays.fill(keys, EMPTY);
  }

  static long pack(int first, int second) {
    int low = Math.min(first, second);
    int high = Math.max(first, second);
    return ((long) low << 32) | (high & 0xFFFFFFFFL);
  }

  /** A pair in the given order: (a, b) and (b, a) are counted apart. */
  static long packDirected(int from, int to) {
    return ((long) from << 32) | (to & 0xFFFFFFFFL);
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }

  void add(long pair, int amount) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = slot(keys, pair);
    if (keys[slot] == EMPTY) {
      keys[slot] = pair;
      size++;
    }
    counts[slot] += amount;
  }

  int get(long pair) {
    int slot = slot(keys, pair);
    return keys[slot] == EMPTY ? 0 : counts[slot];
  }

  /** Calls {@code visitor} for every pair, in no particular order. */
  void forEach(PairVisitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        visitor.visit(keys[i], counts[i]);
      }
    }
  }

  interface PairVisitor {
    void visit(long pair, int count);
  }

  private static int slot(long[] table, long key) {
    int mask = table.length - 1;
    int slot = (int) (org.reprint.fingerprint.MinHashSignature.mixForTables(key) & mask);
    while (table[slot] != EMPTY && table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[keys.length];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
