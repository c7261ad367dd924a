package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The primitive counters against a tree map of arrays, the structure they replace, on seeded streams. */
class DocumentCountersTest {

  @Test
  void countLikeATreeMapOfArraysWhateverTheDocIds() {
    for (long seed = 1; seed <= 20; seed++) {
      Random random = new Random(seed);
      int range = seed % 2 == 0 ? 300 : 2_000_000; // dense ids (one segment) and sparse ones (a large index)
      DocumentCounters counters = new DocumentCounters();
      Map<Integer, int[]> expected = new TreeMap<>();
      int increments = random.nextInt(20_000);
      for (int i = 0; i < increments; i++) {
        int doc = random.nextInt(range);
        int slot = random.nextInt(DocumentCounters.SLOTS);
        counters.increment(doc, slot);
        expected.computeIfAbsent(doc, d -> new int[DocumentCounters.SLOTS])[slot]++;
      }
      assertThat(counters.documents())
          .as("seed %d", seed)
          .containsExactly(expected.keySet().stream().mapToInt(Integer::intValue).toArray());
      for (Map.Entry<Integer, int[]> entry : expected.entrySet()) {
        for (int slot = 0; slot < DocumentCounters.SLOTS; slot++) {
          assertThat(counters.get(entry.getKey(), slot)).isEqualTo(entry.getValue()[slot]);
        }
      }
      assertThat(counters.get(range + 1, 0)).isZero();
    }
  }

  @Test
  void countsDocumentZeroAndTheLargestDocId() {
    DocumentCounters counters = new DocumentCounters();
    counters.increment(0, 2);
    counters.increment(Integer.MAX_VALUE - 1, 0);
    counters.increment(0, 2);
    assertThat(counters.documents()).containsExactly(0, Integer.MAX_VALUE - 1);
    assertThat(counters.get(0, 2)).isEqualTo(2);
    assertThat(counters.get(Integer.MAX_VALUE - 1, 0)).isEqualTo(1);
  }
}
