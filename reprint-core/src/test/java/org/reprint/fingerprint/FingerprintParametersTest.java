package org.reprint.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FingerprintParameters: checked once, with messages naming parameter, range and value")
class FingerprintParametersTest {

  @Test
  @DisplayName("defaults: k = 5, w = 4, 128 permutations in 32 bands of 4 rows, seed 0")
  void defaults() {
    FingerprintParameters parameters = FingerprintParameters.DEFAULT;
    assertThat(parameters).isEqualTo(new FingerprintParameters(5, 4, 128, 32, 0L));
    assertThat(parameters.rowsPerBand()).isEqualTo(4);
    assertThat(parameters.guaranteedMatchLength()).isEqualTo(8);
  }

  @Test
  @DisplayName("exact messages for out-of-range values")
  void exactMessages() {
    assertThatThrownBy(() -> new FingerprintParameters(0, 4, 128, 32, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shingleSize must be between 1 and 16, got 0");
    assertThatThrownBy(() -> new FingerprintParameters(5, 4, 128, 24, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands must divide minHashPermutations (128) evenly, got 24");
    assertThatThrownBy(() -> new FingerprintParameters(5, 4, 128, 256, 0))
        .hasMessage("bands must be between 1 and 128, got 256");
  }

  @Test
  @DisplayName("every parameter is checked")
  void everyParameterIsChecked() {
    assertThatThrownBy(() -> new FingerprintParameters(17, 4, 128, 32, 0))
        .hasMessage("shingleSize must be between 1 and 16, got 17");
    assertThatThrownBy(() -> new FingerprintParameters(5, 0, 128, 32, 0))
        .hasMessage("winnowWindow must be between 1 and 64, got 0");
    assertThatThrownBy(() -> new FingerprintParameters(5, 65, 128, 32, 0))
        .hasMessage("winnowWindow must be between 1 and 64, got 65");
    assertThatThrownBy(() -> new FingerprintParameters(5, 4, 0, 1, 0))
        .hasMessage("minHashPermutations must be between 2 and 1024, got 0");
    assertThatThrownBy(() -> new FingerprintParameters(5, 4, 63, 1, 0))
        .hasMessage("minHashPermutations must be even, got 63");
    assertThatThrownBy(() -> new FingerprintParameters(5, 4, 2048, 32, 0))
        .hasMessage("minHashPermutations must be between 2 and 1024, got 2048");
    assertThatThrownBy(() -> new FingerprintParameters(5, 4, 128, 0, 0))
        .hasMessage("bands must be between 1 and 128, got 0");
    assertThatThrownBy(() -> new LshBands(0, 4)).hasMessage("bands must be between 1 and 1024, got 0");
    assertThatThrownBy(() -> new LshBands(4, 2000)).hasMessage("rows must be between 1 and 1024, got 2000");
    assertThatThrownBy(() -> new MinHashSignature(0, 0))
        .hasMessage("permutations must be between 2 and 1024, got 0");
    assertThat(new FingerprintParameters(1, 1, 2, 2, -7).rowsPerBand()).isEqualTo(1);
  }
}
