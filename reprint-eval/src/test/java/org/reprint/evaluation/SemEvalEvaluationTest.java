package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprint.classify.Relation;

/** The SemEval evaluation on a four-row CSV built from the Armenia example (one German row left out). */
class SemEvalEvaluationTest {

  static List<List<String>> fixture() throws IOException {
    try (Reader reader = new InputStreamReader(
        SemEvalEvaluationTest.class.getResourceAsStream("semeval-armenia.csv"), StandardCharsets.UTF_8)) {
      return CsvRecords.read(reader);
    }
  }

  @Test
  void scoresEnglishRowsOnly() throws IOException {
    List<SemEvalEvaluation.ScoredPair> pairs = SemEvalEvaluation.score(fixture());
    assertThat(pairs).extracting(SemEvalEvaluation.ScoredPair::pairId).containsExactly("1_4", "1_9", "1_0");
    assertThat(pairs.get(0).similarity()).isGreaterThan(0.3); // independent report of the same event
    assertThat(pairs.get(1).similarity()).isLessThan(0.1); // a football report
    assertThat(pairs.get(2).relation().isReuse()).isTrue(); // the Markdown version read as plain text
    assertThat(SemEvalEvaluation.counts(pairs, 0.3)).isEqualTo(new DetectionCounts(2, 0, 0));
  }

  @Test
  void thresholdCountsTreatReuseAsSameStory() {
    List<SemEvalEvaluation.ScoredPair> pairs = List.of(
        new SemEvalEvaluation.ScoredPair("same", 0.35, Relation.SAME_STORY, 1.0),
        new SemEvalEvaluation.ScoredPair("copy", 0.10, Relation.PARTIAL_REUSE, 1.5),
        new SemEvalEvaluation.ScoredPair("missed", 0.25, Relation.UNRELATED, 2.0),
        new SemEvalEvaluation.ScoredPair("false", 0.40, Relation.SAME_STORY, 3.5),
        new SemEvalEvaluation.ScoredPair("apart", 0.05, Relation.UNRELATED, 4.0));
    assertThat(SemEvalEvaluation.counts(pairs, 0.3)).isEqualTo(new DetectionCounts(2, 1, 1));
    assertThat(SemEvalEvaluation.counts(pairs, 0.2)).isEqualTo(new DetectionCounts(3, 1, 0));
    assertThat(SemEvalEvaluation.relationCounts(pairs)).isEqualTo(new DetectionCounts(2, 1, 1));
  }
}
