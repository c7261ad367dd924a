package org.reprint.evaluation;

import java.util.Locale;

/**
 * Counts of a binary detection task against a gold standard, and the precision, recall and F1 they give.
 * A ratio whose denominator is zero is reported as 0 (as the PAN measures do), never as NaN, so that every
 * table stays valid JSON; the counts in {@link #detail} show when that happened.
 *
 * @param truePositives detections that are in the gold standard
 * @param falsePositives detections that are not
 * @param falseNegatives gold items that were not detected
 */
public record DetectionCounts(long truePositives, long falsePositives, long falseNegatives) {

  public DetectionCounts {
    requireCount("truePositives", truePositives);
    requireCount("falsePositives", falsePositives);
    requireCount("falseNegatives", falseNegatives);
  }

  /** True positives over all detections. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** True positives over all gold items. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    return harmonicMean(precision(), recall());
  }

  /** The harmonic mean of two ratios, 0 when both are 0. */
  static double harmonicMean(double first, double second) {
    return first + second == 0 ? 0 : 2 * first * second / (first + second);
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  /** The counts behind the ratios, such as "tp 40, fp 3, fn 7". */
  public String detail() {
    return String.format(
        Locale.ROOT, "tp %d, fp %d, fn %d", truePositives, falsePositives, falseNegatives);
  }

  private static void requireCount(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be between 0 and " + Long.MAX_VALUE + ", got " + value);
    }
  }
}
