package org.reprint.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CandidateOptions: checked once, with messages naming parameter, range and value")
class CandidateOptionsTest {

  @Test
  @DisplayName("exact messages for out-of-range values")
  void exactMessages() {
    assertThatThrownBy(() -> new CandidateOptions(0, 64, 12, 3, 256, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSharedFingerprints must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> new CandidateOptions(2, 64, 12, 13, 256, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSharedStoryTerms must be between 1 and 12, got 13");
    assertThatThrownBy(() -> new CandidateOptions(2, 64, 12, 3, 256, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("storyThreshold must be between 0.0 and 1.0, got 1.5");
  }

  @Test
  @DisplayName("every parameter is checked, NaN included")
  void everyParameterIsChecked() {
    assertThatThrownBy(() -> new CandidateOptions(2, 1, 12, 3, 256, 0.3))
        .hasMessage("maxFingerprintPostings must be between 2 and 1000000, got 1");
    assertThatThrownBy(() -> new CandidateOptions(2, 64, 0, 1, 256, 0.3))
        .hasMessage("storyTermsPerDocument must be between 1 and 1000, got 0");
    assertThatThrownBy(() -> new CandidateOptions(2, 64, 12, 3, 1, 0.3))
        .hasMessage("maxStoryPostings must be between 2 and 1000000, got 1");
    assertThatThrownBy(() -> new CandidateOptions(2, 64, 12, 3, 256, Double.NaN))
        .hasMessage("storyThreshold must be between 0.0 and 1.0, got NaN");
    assertThatThrownBy(() -> new CandidateOptions(2, 64, 12, 3, 256, -0.01))
        .hasMessage("storyThreshold must be between 0.0 and 1.0, got -0.01");
  }
}
