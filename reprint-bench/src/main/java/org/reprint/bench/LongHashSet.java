package org.reprint.bench;

/**
 * A set of {@code long} values with open addressing and linear probing, for the millions of word-run hashes
 * that the shared-run filter remembers: a {@code HashSet<Long>} would take about six times the memory. The
 * value 0 marks an empty slot, so a 0 hash is stored as 1 (a collision the filter can afford).
 */
final class LongHashSet {

  private long[] slots;
  private int size;

  LongHashSet() {
    this(1 << 16);
  }

  /** A set sized for about {@code expected} values before it grows. */
  LongHashSet(int expected) {
    slots = new long[Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2];
  }

  /** Adds {@code value}; returns whether it was absent. */
  boolean add(long value) {
    long key = value == 0 ? 1 : value;
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int index = spread(key) & mask;
    while (slots[index] != 0) {
      if (slots[index] == key) {
        return false;
      }
      index = (index + 1) & mask;
    }
    slots[index] = key;
    size++;
    return true;
  }

  boolean contains(long value) {
    long key = value == 0 ? 1 : value;
    int mask = slots.length - 1;
    int index = spread(key) & mask;
    while (slots[index] != 0) {
      if (slots[index] == key) {
        return true;
      }
      index = (index + 1) & mask;
    }
    return false;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long key : old) {
      if (key != 0) {
        add(key);
      }
    }
  }

  private static int spread(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 32);
  }
}
