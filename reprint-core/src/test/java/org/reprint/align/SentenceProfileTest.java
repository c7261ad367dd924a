package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.CorpusStatistics;

/** The aligner's one-walk shared weights against the per-pair merge they replace, on the Armenia example. */
class SentenceProfileTest {

  @Test
  void sharedWeightsOfASentenceEqualThePairwiseMergeBitForBit() {
    List<AnalyzedDocument> examples = new ArrayList<>();
    for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
      examples.add(TestDocuments.analyzedExample(prefix));
    }
    CorpusStatistics statistics = CorpusStatistics.of(examples);
    List<SentenceProfile> profiles = new ArrayList<>();
    for (AnalyzedDocument example : examples) {
      profiles.add(SentenceProfile.of(example, statistics::termId, statistics::idf));
    }
    int nonZero = 0;
    for (SentenceProfile first : profiles) {
      for (SentenceProfile second : profiles) {
        double[] shared = new double[second.sentenceCount()];
        for (int s = 0; s < first.sentenceCount(); s++) {
          first.sharedWeights(s, second, shared);
          for (int t = 0; t < second.sentenceCount(); t++) {
            assertThat(Double.doubleToLongBits(shared[t]))
                .as("sentence %d against %d", s, t)
                .isEqualTo(Double.doubleToLongBits(first.sharedWeight(s, second, t)));
            nonZero += shared[t] > 0 ? 1 : 0;
          }
        }
      }
    }
    assertThat(nonZero).isGreaterThan(100); // the example's versions share many terms sentence to sentence
  }
}
