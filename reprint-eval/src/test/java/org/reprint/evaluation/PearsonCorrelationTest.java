package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PearsonCorrelationTest {

  @Test
  void linearSamplesCorrelatePerfectly() {
    double[] x = {1, 2, 3, 4};
    assertThat(PearsonCorrelation.of(x, new double[] {3, 5, 7, 9})).isCloseTo(1, within(1e-12));
    assertThat(PearsonCorrelation.of(x, new double[] {4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
  }

  @Test
  void matchesAWorkedExample() {
    // mean x 3, mean y 4; cov sum 6, var sums 10 and 6: r = 6 / sqrt(60) = 0.7746
    double r = PearsonCorrelation.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
    assertThat(r).isCloseTo(6 / Math.sqrt(60), within(1e-12));
  }

  @Test
  void misuseNamesTheProblem() {
    assertThatThrownBy(() -> PearsonCorrelation.of(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("second must have the length of first (2), got 1");
    assertThatThrownBy(() -> PearsonCorrelation.of(new double[] {1}, new double[] {1}))
        .hasMessageContaining("between 2 and");
    assertThatThrownBy(() -> PearsonCorrelation.of(new double[] {1, 1}, new double[] {1, 2}))
        .hasMessageContaining("must not be constant");
  }
}
