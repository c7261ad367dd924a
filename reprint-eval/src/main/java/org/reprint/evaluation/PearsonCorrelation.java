package org.reprint.evaluation;

/**
 * Pearson's product-moment correlation coefficient r of two paired samples: their covariance over the
 * product of their standard deviations, between -1 and 1.
 */
public final class PearsonCorrelation {

  private PearsonCorrelation() {}

  /**
   * The correlation of {@code first[i]} with {@code second[i]}.
   *
   * @throws IllegalArgumentException if the samples differ in length, have fewer than 2 values, or one of
   *     them is constant (r is undefined)
   */
  public static double of(double[] first, double[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException(
          "second must have the length of first (" + first.length + "), got " + second.length);
    }
    if (first.length < 2) {
      throw new IllegalArgumentException(
          "samples must have between 2 and " + Integer.MAX_VALUE + " values, got " + first.length);
    }
    double meanFirst = mean(first);
    double meanSecond = mean(second);
    double covariance = 0;
    double varianceFirst = 0;
    double varianceSecond = 0;
    for (int i = 0; i < first.length; i++) {
      double x = first[i] - meanFirst;
      double y = second[i] - meanSecond;
      covariance += x * y;
      varianceFirst += x * x;
      varianceSecond += y * y;
    }
    if (varianceFirst == 0 || varianceSecond == 0) {
      throw new IllegalArgumentException(
          "samples must not be constant, got variances " + varianceFirst + " and " + varianceSecond);
    }
    return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceFirst * varianceSecond)));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }
}
