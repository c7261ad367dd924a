package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Posting lists by sorting, checked against a plain map of sets on seeded random postings. */
@DisplayName("SortedPostings: every key's run, found by bisection and galloping")
class SortedPostingsTest {

  private static final long SEED = Long.getLong("tests.seed", 20_201_031L);

  @Test
  @DisplayName("first and end bound exactly the documents of each key, short runs and long, high keys too")
  void runsMatchAMapOfSets() {
    Random random = new Random(SEED);
    SortedPostings postings = new SortedPostings();
    TreeMap<Long, TreeSet<Integer>> expected = new TreeMap<>();
    List<Long> keys = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      // a quarter of the keys at or above 2^31, where the packed longs turn negative
      long key = random.nextInt(4) == 0 ? (1L << 31) + random.nextInt(1 << 20) : random.nextInt(1 << 20);
      keys.add(key);
    }
    for (long key : keys) {
      int length = random.nextInt(10) == 0 ? 1 + random.nextInt(3000) : 1 + random.nextInt(5);
      for (int i = 0; i < length; i++) {
        int document = random.nextInt(100_000);
        postings.add(key, document);
        postings.add(key, document); // repeats are dropped by sorted()
        expected.computeIfAbsent(key, x -> new TreeSet<>()).add(document);
      }
    }
    postings.sorted();
    expected.forEach((key, documents) -> {
      int from = postings.first(key);
      int to = postings.end(from, key);
      List<Integer> found = new ArrayList<>();
      for (int i = from; i < to; i++) {
        found.add(postings.document(i));
      }
      assertThat(found).as("key %d", key).containsExactlyElementsOf(documents);
    });
    for (int k = 0; k < 100; k++) {
      long absent = (1L << 21) + random.nextInt(1000); // between the low and the high keys: never added
      int from = postings.first(absent);
      assertThat(postings.end(from, absent)).isEqualTo(from);
    }
  }
}
