package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AlignmentOptions and WordRange: checked once, with messages naming parameter, range and value")
class AlignmentOptionsTest {

  @Test
  @DisplayName("exact messages for out-of-range values")
  void exactMessages() {
    assertThatThrownBy(() -> new AlignmentOptions(6, 12, 13, 0.5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minVerbatimWords must be between 1 and 12, got 13");
    assertThatThrownBy(() -> new AlignmentOptions(6, 12, 8, 0.0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentenceThreshold must be greater than 0.0 and at most 1.0, got 0.0");
  }

  @Test
  @DisplayName("every parameter is checked")
  void everyParameterIsChecked() {
    assertThatThrownBy(() -> new AlignmentOptions(-1, 12, 8, 0.5, 3))
        .hasMessage("maxGapWords must be between 0 and 100, got -1");
    assertThatThrownBy(() -> new AlignmentOptions(6, 0, 1, 0.5, 3))
        .hasMessage("minPassageWords must be between 1 and 10000, got 0");
    assertThatThrownBy(() -> new AlignmentOptions(6, 12, 8, 0.5, 0))
        .hasMessage("minSentenceTerms must be between 1 and 100, got 0");
    assertThatThrownBy(() -> new AlignmentOptions(6, 12, 8, Double.NaN, 3))
        .hasMessage("sentenceThreshold must be greater than 0.0 and at most 1.0, got NaN");
    assertThatThrownBy(() -> new AlignmentOptions(6, 12, 8, 1.01, 3))
        .hasMessage("sentenceThreshold must be greater than 0.0 and at most 1.0, got 1.01");
    assertThatThrownBy(() -> new WordRange(3, 2))
        .hasMessage("word range must satisfy 0 <= start <= end, got start=3, end=2");
    assertThat(AlignmentOptions.DEFAULT).isEqualTo(new AlignmentOptions(6, 12, 8, 0.7, 3));
  }
}
