package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The inverted-index oracle against the literal definition, pair by pair. */
class ShingleOracleTest {

  @Test
  void handMadeSets() {
    List<long[]> sets = List.of(
        new long[] {1, 2, 3, 4},
        new long[] {1, 2, 3, 4, 5, 6, 7, 8},
        new long[] {9, 10},
        new long[] {});
    List<ShingleOracle.Overlap> overlaps = ShingleOracle.overlaps(sets, overlap -> true);
    assertThat(overlaps).containsExactly(new ShingleOracle.Overlap(0, 1, 4, 0.5, 1.0));
    assertThat(ShingleOracle.overlap(1, 0, sets)).isEqualTo(overlaps.get(0));
    assertThat(ShingleOracle.overlap(0, 2, sets)).isEqualTo(new ShingleOracle.Overlap(0, 2, 0, 0, 0));
  }

  @Test
  void agreesWithEveryPairCountedDirectly() {
    long seed = 20240501L;
    Random random = new Random(seed);
    List<long[]> sets = new ArrayList<>();
    for (int document = 0; document < 60; document++) {
      int size = random.nextInt(40);
      sets.add(LongStream.generate(() -> random.nextInt(300)).limit(size).sorted().distinct().toArray());
    }
    List<ShingleOracle.Overlap> expected = new ArrayList<>();
    for (int first = 0; first < sets.size(); first++) {
      for (int second = first + 1; second < sets.size(); second++) {
        ShingleOracle.Overlap overlap = ShingleOracle.overlap(first, second, sets);
        if (overlap.shared() > 0 && overlap.containment() >= 0.2) {
          expected.add(overlap);
        }
      }
    }
    assertThat(ShingleOracle.overlaps(sets, overlap -> overlap.containment() >= 0.2))
        .as("seed %d", seed)
        .containsExactlyElementsOf(expected);
  }
}
