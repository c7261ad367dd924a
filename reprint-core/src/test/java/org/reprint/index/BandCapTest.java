package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.fingerprint.DocumentSketch;

/** Band posting lists are capped like every other posting list of the join. */
class BandCapTest {

  private static List<CandidatePair> join(int documents, int cap) {
    List<DocumentSketch> sketches = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      // every document shares band key 7; nothing else links them
      sketches.add(new DocumentSketch(100, new long[] {7L, 1000L + d}, new long[0], new String[0], new int[0],
          new boolean[0]));
    }
    CorpusStatistics statistics = CorpusStatistics.ofSketches(sketches);
    List<StoryVector> vectors = sketches.stream().map(s -> StoryVector.of(s, statistics)).toList();
    CandidateOptions options = new CandidateOptions(2, 64, 12, 3, 256, 0.30, cap);
    return new CandidateFinder(options).find(sketches, vectors);
  }

  @Test
  @DisplayName("a band key in more documents than maxBandPostings pairs none of them; at the cap, all")
  void bandListsAreCapped() {
    assertThat(join(6, 6)).hasSize(15);
    assertThat(join(6, 5)).isEmpty();
    assertThat(CandidateOptions.DEFAULT.maxBandPostings()).isEqualTo(1000);
  }

  @Test
  void theCapIsChecked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CandidateOptions(2, 64, 12, 3, 256, 0.3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBandPostings must be between 2 and 10000000, got 1");
  }
}
