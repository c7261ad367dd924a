package org.reprint.align;

/**
 * A logistic regression: p(y = 1 | x) = 1 / (1 + e^-(b + w &middot; x)), trained by full-batch gradient
 * descent on the mean log loss plus an L2 penalty (lambda / 2) |w|^2 on the weights (not the bias).
 *
 * <p>Training is deterministic without a seed: the weights start at zero, every step uses every example
 * in the given order, and the number of steps is fixed. Features are standardized while training (so one
 * learning rate suits them all), and the weights returned are mapped back to the raw features, so that
 * {@link Model#probability} needs no scaling constants.
 *
 * @param lambda the L2 penalty, on standardized features
 * @param steps the number of gradient steps
 * @param learningRate the step size
 */
public record LogisticRegression(double lambda, int steps, double learningRate) {

  /** The settings Reprint trains with: mild smoothing; 1,000 steps converge on MSRP-sized data. */
  public static final LogisticRegression DEFAULT = new LogisticRegression(0.001, 1000, 0.5);

  public LogisticRegression {
    if (!(lambda >= 0)) {
      throw new IllegalArgumentException("lambda must be at least 0.0, got " + lambda);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, got " + steps);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be greater than 0.0, got " + learningRate);
    }
  }

  /**
   * A trained model over raw features.
   *
   * @param bias the intercept b
   * @param weights one weight per feature
   */
  public record Model(double bias, double[] weights) {

    public double probability(double[] features) {
      double z = bias;
      for (int f = 0; f < weights.length; f++) {
        z += weights[f] * features[f];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  /** Trains on rows of features and their labels (true = positive). */
  public Model train(double[][] features, boolean[] labels) {
    if (features.length == 0 || features.length != labels.length) {
      throw new IllegalArgumentException(
          "need as many labels as feature rows, at least one, got " + features.length + " and " + labels.length);
    }
    int width = features[0].length;
    double[] mean = new double[width];
    double[] scale = new double[width];
    standardization(features, mean, scale);
    double[][] standardized = standardized(features, mean, scale);
    double[] weights = new double[width];
    double bias = 0;
    double[] gradient = new double[width];
    for (int step = 0; step < steps; step++) {
      java.util.Arrays.fill(gradient, 0);
      double biasGradient = 0;
      for (int i = 0; i < standardized.length; i++) {
        double[] row = standardized[i];
        double z = bias;
        for (int f = 0; f < width; f++) {
          z += weights[f] * row[f];
        }
        double error = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
        biasGradient += error;
        for (int f = 0; f < width; f++) {
          gradient[f] += error * row[f];
        }
      }
      bias -= learningRate * biasGradient / standardized.length;
      for (int f = 0; f < width; f++) {
        weights[f] -= learningRate * (gradient[f] / standardized.length + lambda * weights[f]);
      }
    }
    return toRawFeatures(bias, weights, mean, scale);
  }

  private static void standardization(double[][] features, double[] mean, double[] scale) {
    for (double[] row : features) {
      for (int f = 0; f < mean.length; f++) {
        mean[f] += row[f] / features.length;
      }
    }
    for (double[] row : features) {
      for (int f = 0; f < mean.length; f++) {
        scale[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / features.length;
      }
    }
    for (int f = 0; f < scale.length; f++) {
      // A constant feature keeps scale 1, and so a weight near 0; rounding in the mean leaves a constant a
      // variance of about 1e-32, which must not count as spread.
      scale[f] = scale[f] > 1e-12 ? Math.sqrt(scale[f]) : 1;
    }
  }

  private static double[][] standardized(double[][] features, double[] mean, double[] scale) {
    double[][] standardized = new double[features.length][mean.length];
    for (int i = 0; i < features.length; i++) {
      for (int f = 0; f < mean.length; f++) {
        standardized[i][f] = (features[i][f] - mean[f]) / scale[f];
      }
    }
    return standardized;
  }

  /** w' = w / scale, b' = b - sum w mean / scale: the same model on unscaled features. */
  private static Model toRawFeatures(double bias, double[] weights, double[] mean, double[] scale) {
    double[] raw = new double[weights.length];
    double rawBias = bias;
    for (int f = 0; f < weights.length; f++) {
      raw[f] = weights[f] / scale[f];
      rawBias -= weights[f] * mean[f] / scale[f];
    }
    return new Model(rawBias, raw);
  }
}
