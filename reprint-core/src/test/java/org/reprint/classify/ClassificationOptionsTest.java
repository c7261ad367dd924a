package org.reprint.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ClassificationOptions: checked once, with messages naming parameter, range and value")
class ClassificationOptionsTest {

  @Test
  @DisplayName("exact messages for out-of-range values, NaN included")
  void exactMessages() {
    assertThatThrownBy(() -> new ClassificationOptions(-0.1, 0.6, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nearDuplicateResemblance must be between 0.0 and 1.0, got -0.1");
    assertThatThrownBy(() -> new ClassificationOptions(0.8, 1.2, 0.3))
        .hasMessage("paraphraseShare must be between 0.0 and 1.0, got 1.2");
    assertThatThrownBy(() -> new ClassificationOptions(0.8, 0.6, Double.NaN))
        .hasMessage("storyThreshold must be between 0.0 and 1.0, got NaN");
    assertThat(ClassificationOptions.DEFAULT).isEqualTo(new ClassificationOptions(0.8, 0.6, 0.3));
  }
}
