package org.reprint.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.reprint.document.TextSpan;

/**
 * The PAN measures of detected passages against annotated cases (Potthast, Stein, Barrón-Cedeño and Rosso
 * 2010, "An evaluation framework for plagiarism detection"), plus a tolerant passage match for corpora
 * whose offsets are only approximate.
 *
 * <p>A case s and a detection r are each a pair of passages (suspicious side, source side), seen as the set
 * of chars of both. r detects s when they concern the same two documents and overlap on both sides; then s
 * ⊓ r is their common chars, else nothing. Over cases S and detections R:
 *
 * <ul>
 *   <li>macro precision = mean over r of |⋃_s (s ⊓ r)| / |r|; macro recall = mean over s of |⋃_r (s ⊓ r)|
 *       / |s|;
 *   <li>granularity = mean, over the cases detected at all, of the number of detections that detect them
 *       (1 is best: each case reported in one piece);
 *   <li>plagdet = F1(precision, recall) / log2(1 + granularity).
 * </ul>
 *
 * <p>Tolerant match: a detection matches a case when, on each side, they overlap by at least half of the
 * shorter of the two spans. Tolerant precision is the share of detections that match some case, tolerant
 * recall the share of cases matched by some detection.
 *
 * @param cases the number of annotated cases
 * @param detections the number of detections
 * @param precision PAN macro precision
 * @param recall PAN macro recall
 * @param granularity PAN granularity (0 when no case is detected)
 * @param plagdet PAN's overall score
 * @param detectedCases cases detected by at least one detection
 * @param tolerantMatchedCases cases matched by some detection under the tolerant rule
 * @param tolerantMatchedDetections detections matching some case under the tolerant rule
 */
public record PanMeasures(
    int cases,
    int detections,
    double precision,
    double recall,
    double granularity,
    double plagdet,
    int detectedCases,
    int tolerantMatchedCases,
    int tolerantMatchedDetections) {

  /** Measures {@code detections} against {@code cases}. */
  public static PanMeasures of(List<PassagePair> cases, List<PassagePair> detections) {
    double recall = meanCoverage(cases, detections);
    double precision = meanCoverage(detections, cases);
    int detectedCases = 0;
    long detectionsOfDetectedCases = 0;
    int tolerantCases = 0;
    for (PassagePair gold : cases) {
      int detecting = count(gold, detections, PassagePair::overlapsOnBothSides);
      if (detecting > 0) {
        detectedCases++;
        detectionsOfDetectedCases += detecting;
      }
      tolerantCases += count(gold, detections, PanMeasures::tolerantMatch) > 0 ? 1 : 0;
    }
    int tolerantDetections = 0;
    for (PassagePair detection : detections) {
      tolerantDetections += count(detection, cases, PanMeasures::tolerantMatch) > 0 ? 1 : 0;
    }
    double granularity = detectedCases == 0 ? 0 : (double) detectionsOfDetectedCases / detectedCases;
    double f1 = DetectionCounts.harmonicMean(precision, recall);
    double plagdet = granularity == 0 ? 0 : f1 / (Math.log(1 + granularity) / Math.log(2));
    return new PanMeasures(cases.size(), detections.size(), precision, recall, granularity, plagdet,
        detectedCases, tolerantCases, tolerantDetections);
  }

  /** Tolerant precision: the share of detections that match a case. */
  public double tolerantPrecision() {
    return DetectionCounts.ratio(tolerantMatchedDetections, detections);
  }

  /** Tolerant recall: the share of cases that a detection matches. */
  public double tolerantRecall() {
    return DetectionCounts.ratio(tolerantMatchedCases, cases);
  }

  /**
   * Whether a detection and a case overlap, on each side, by at least half of the shorter of their two
   * spans there. The rule is symmetric.
   */
  public static boolean tolerantMatch(PassagePair first, PassagePair second) {
    return first.sameDocuments(second)
        && halfOverlap(first.suspiciousSpan(), second.suspiciousSpan())
        && halfOverlap(first.sourceSpan(), second.sourceSpan());
  }

  private static boolean halfOverlap(TextSpan first, TextSpan second) {
    int overlap = Math.min(first.end(), second.end()) - Math.max(first.start(), second.start());
    int shorter = Math.min(first.length(), second.length());
    return overlap > 0 && 2L * overlap >= shorter;
  }

  /** Mean over {@code measured} of the share of its chars covered by the {@code others} that overlap it. */
  private static double meanCoverage(List<PassagePair> measured, List<PassagePair> others) {
    if (measured.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (PassagePair pair : measured) {
      List<TextSpan> suspicious = new ArrayList<>();
      List<TextSpan> source = new ArrayList<>();
      for (PassagePair other : others) {
        if (pair.overlapsOnBothSides(other)) {
          suspicious.add(other.suspiciousSpan());
          source.add(other.sourceSpan());
        }
      }
      long covered = coveredLength(pair.suspiciousSpan(), suspicious) + coveredLength(pair.sourceSpan(), source);
      sum += pair.length() == 0 ? 0 : (double) covered / pair.length();
    }
    return sum / measured.size();
  }

  /** The number of chars of {@code within} that the union of {@code spans} covers. */
  static long coveredLength(TextSpan within, List<TextSpan> spans) {
    List<TextSpan> clipped = new ArrayList<>();
    for (TextSpan span : spans) {
      int start = Math.max(within.start(), span.start());
      int end = Math.min(within.end(), span.end());
      if (start < end) {
        clipped.add(new TextSpan(start, end));
      }
    }
    clipped.sort(null);
    long covered = 0;
    int reached = within.start();
    for (TextSpan span : clipped) {
      int start = Math.max(reached, span.start());
      if (span.end() > start) {
        covered += span.end() - start;
        reached = span.end();
      }
    }
    return covered;
  }

  private static int count(
      PassagePair pair, List<PassagePair> others, BiPredicate<PassagePair, PassagePair> relation) {
    int count = 0;
    for (PassagePair other : others) {
      if (relation.test(pair, other)) {
        count++;
      }
    }
    return count;
  }
}
