package org.reprint.index;

import java.util.Arrays;

/**
 * Per-document counters of one index lookup: for each document met in the postings of a query's keys, how
 * many of its band keys, fingerprints and story terms it holds. An open-addressing table of primitive ints: a
 * query walks a few thousand postings, and a tree map of boxed doc ids cost about a twentieth of a query.
 */
final class DocumentCounters {

  /** Counters per document: band keys, fingerprints, story terms. */
  static final int SLOTS = 3;

  private int[] keys = new int[256]; // doc + 1; 0 marks a free place
  private int[] values = new int[256 * SLOTS];
  private int size;

  /** Adds one to counter {@code slot} of document {@code doc} (not negative). */
  void increment(int doc, int slot) {
    int place = find(doc);
    if (keys[place] == 0) {
      keys[place] = doc + 1;
      size++;
      if (2 * size > keys.length) {
        grow();
        place = find(doc);
      }
    }
    values[place * SLOTS + slot]++;
  }

  /** Counter {@code slot} of {@code doc}, 0 if it was never counted. */
  int get(int doc, int slot) {
    int place = find(doc);
    return keys[place] == 0 ? 0 : values[place * SLOTS + slot];
  }

  /** The documents counted, in ascending order. */
  int[] documents() {
    int[] documents = new int[size];
    int next = 0;
    for (int key : keys) {
      if (key != 0) {
        documents[next++] = key - 1;
      }
    }
    Arrays.sort(documents);
    return documents;
  }

  /** The place of {@code doc}, or the free place where it would go. */
  private int find(int doc) {
    int mask = keys.length - 1;
    // Fibonacci hashing: the top bits of the product spread consecutive doc ids over the table
    int place = (doc * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    while (keys[place] != 0 && keys[place] != doc + 1) {
      place = (place + 1) & mask;
    }
    return place;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[keys.length * SLOTS];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int place = find(oldKeys[i] - 1);
        keys[place] = oldKeys[i];
        System.arraycopy(oldValues, i * SLOTS, values, place * SLOTS, SLOTS);
      }
    }
  }
}
