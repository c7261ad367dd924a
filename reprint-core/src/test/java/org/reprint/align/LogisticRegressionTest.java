package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LogisticRegression: separable data, determinism, settings checked once")
class LogisticRegressionTest {

  /** Positive when the first feature is above 0.5; the second feature is noise on a different scale. */
  private static final double[][] FEATURES = {
    {0.1, 30}, {0.2, 10}, {0.3, 50}, {0.4, 20}, {0.45, 40},
    {0.55, 35}, {0.6, 15}, {0.7, 45}, {0.8, 25}, {0.9, 5}
  };
  private static final boolean[] LABELS = {false, false, false, false, false, true, true, true, true, true};

  @Test
  @DisplayName("a tiny separable set is classified without error, and the signal gets the weight")
  void separatesSeparableSet() {
    LogisticRegression.Model model = LogisticRegression.DEFAULT.train(FEATURES, LABELS);
    for (int i = 0; i < FEATURES.length; i++) {
      assertThat(model.probability(FEATURES[i]) >= 0.5).as("row %d", i).isEqualTo(LABELS[i]);
    }
    assertThat(model.weights()[0]).isPositive();
    assertThat(Math.abs(model.weights()[1] * 50)).isLessThan(model.weights()[0]);
  }

  @Test
  @DisplayName("training twice gives the same weights to the last bit")
  void trainingIsDeterministic() {
    LogisticRegression.Model first = LogisticRegression.DEFAULT.train(FEATURES, LABELS);
    LogisticRegression.Model second = LogisticRegression.DEFAULT.train(FEATURES, LABELS);
    assertThat(second.weights()).containsExactly(first.weights());
    assertThat(second.bias()).isEqualTo(first.bias());
  }

  @Test
  @DisplayName("a constant feature gets no weight")
  void constantFeatureIsIgnored() {
    double[][] features = new double[FEATURES.length][];
    for (int i = 0; i < features.length; i++) {
      features[i] = new double[] {FEATURES[i][0], 1.0};
    }
    assertThat(LogisticRegression.DEFAULT.train(features, LABELS).weights()[1])
        .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  @DisplayName("bad settings and mismatched data are refused with the parameter named")
  void checksSettings() {
    assertThatThrownBy(() -> new LogisticRegression(-1, 10, 0.5))
        .hasMessage("lambda must be at least 0.0, got -1.0");
    assertThatThrownBy(() -> new LogisticRegression(0, 0, 0.5)).hasMessage("steps must be at least 1, got 0");
    assertThatThrownBy(() -> new LogisticRegression(0, 10, 0))
        .hasMessage("learningRate must be greater than 0.0, got 0.0");
    assertThatThrownBy(() -> LogisticRegression.DEFAULT.train(FEATURES, new boolean[3]))
        .hasMessage("need as many labels as feature rows, at least one, got 10 and 3");
  }
}
