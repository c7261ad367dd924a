package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reprint.document.TextSpan;

/** PAN's measures and the tolerant match on hand-made cases whose figures can be worked out on paper. */
class PanMeasuresTest {

  static PassagePair pair(int suspiciousStart, int suspiciousEnd, int sourceStart, int sourceEnd) {
    return new PassagePair("susp.txt", "src.txt",
        new TextSpan(suspiciousStart, suspiciousEnd), new TextSpan(sourceStart, sourceEnd));
  }

  @Test
  void exactDetectionScoresOne() {
    PanMeasures measures = PanMeasures.of(List.of(pair(0, 100, 0, 100)), List.of(pair(0, 100, 0, 100)));
    assertThat(measures.precision()).isEqualTo(1.0);
    assertThat(measures.recall()).isEqualTo(1.0);
    assertThat(measures.granularity()).isEqualTo(1.0);
    assertThat(measures.plagdet()).isEqualTo(1.0);
    assertThat(measures.tolerantPrecision()).isEqualTo(1.0);
    assertThat(measures.tolerantRecall()).isEqualTo(1.0);
  }

  @Test
  void caseDetectedInTwoPiecesHasGranularityTwo() {
    PanMeasures measures = PanMeasures.of(
        List.of(pair(0, 100, 0, 100)), List.of(pair(0, 50, 0, 50), pair(50, 100, 50, 100)));
    assertThat(measures.precision()).isEqualTo(1.0);
    assertThat(measures.recall()).isEqualTo(1.0);
    assertThat(measures.granularity()).isEqualTo(2.0);
    assertThat(measures.plagdet()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12)); // 0.6309
  }

  @Test
  void shiftedDetectionCoversHalfOfEachSide() {
    // the detection overlaps the case on chars 50-100 of both sides: half of the case, half of itself
    PanMeasures measures = PanMeasures.of(List.of(pair(0, 100, 0, 100)), List.of(pair(50, 150, 50, 150)));
    assertThat(measures.precision()).isEqualTo(0.5);
    assertThat(measures.recall()).isEqualTo(0.5);
    assertThat(measures.plagdet()).isEqualTo(0.5);
    assertThat(measures.tolerantRecall()).isEqualTo(1.0); // overlap 50 >= half of the shorter span, 50
  }

  @Test
  void macroAveragesOverCasesAndDetections() {
    // case 1 fully found; case 2 missed; one false detection elsewhere in the same documents
    List<PassagePair> cases = List.of(pair(0, 100, 0, 100), pair(500, 600, 500, 600));
    List<PassagePair> detections = List.of(pair(0, 100, 0, 100), pair(300, 400, 300, 400));
    PanMeasures measures = PanMeasures.of(cases, detections);
    assertThat(measures.recall()).isEqualTo(0.5);
    assertThat(measures.precision()).isEqualTo(0.5);
    assertThat(measures.granularity()).isEqualTo(1.0);
    assertThat(measures.detectedCases()).isEqualTo(1);
  }

  @Test
  void detectionMustOverlapOnBothSidesAndInTheSameDocuments() {
    PassagePair wrongSource = pair(0, 100, 400, 500);
    PassagePair otherDocuments =
        new PassagePair("other.txt", "src.txt", new TextSpan(0, 100), new TextSpan(0, 100));
    PanMeasures measures = PanMeasures.of(List.of(pair(0, 100, 0, 100)), List.of(wrongSource, otherDocuments));
    assertThat(measures.recall()).isZero();
    assertThat(measures.precision()).isZero();
    assertThat(measures.granularity()).isZero();
    assertThat(measures.plagdet()).isZero();
  }

  @Test
  void tolerantMatchNeedsHalfOfTheShorterSpanOnEachSide() {
    PassagePair annotated = pair(100, 300, 1000, 1200);
    assertThat(PanMeasures.tolerantMatch(annotated, pair(110, 290, 1005, 1190))).isTrue(); // drifted
    assertThat(PanMeasures.tolerantMatch(annotated, pair(150, 160, 1150, 1160))).isTrue(); // short, inside
    assertThat(PanMeasures.tolerantMatch(annotated, pair(250, 450, 1150, 1350))).isFalse(); // 50 of 200
    assertThat(PanMeasures.tolerantMatch(annotated, pair(100, 300, 1300, 1500))).isFalse(); // source apart
    assertThat(PanMeasures.tolerantMatch(annotated, pair(200, 400, 1100, 1300))).isTrue(); // 100 of 200
  }

  @Test
  void coveredLengthMergesOverlappingSpans() {
    assertThat(PanMeasures.coveredLength(new TextSpan(0, 100),
        List.of(new TextSpan(10, 30), new TextSpan(20, 40), new TextSpan(90, 200), new TextSpan(300, 400))))
        .isEqualTo(40);
  }

  @Test
  void noDetectionScoresZeroNotNaN() {
    PanMeasures measures = PanMeasures.of(List.of(pair(0, 100, 0, 100)), List.of());
    assertThat(measures.precision()).isZero();
    assertThat(measures.plagdet()).isZero();
    assertThat(measures.tolerantPrecision()).isZero();
  }
}
