package org.reprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IngestOptionsTest {

  @Test
  void defaultIsEightMebibytes() {
    assertThat(IngestOptions.DEFAULT.maxDocumentBytes()).isEqualTo(8L * 1024 * 1024);
  }

  @Test
  void limitMustBePositive() {
    assertThatThrownBy(() -> new IngestOptions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be between 1 and 2147483647, got 0");
  }

  @Test
  void limitMustFitInAnArray() {
    assertThatThrownBy(() -> new IngestOptions(1L << 31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be between 1 and 2147483647, got 2147483648");
  }

  @Test
  void boundsAreAccepted() {
    assertThat(new IngestOptions(1).maxDocumentBytes()).isEqualTo(1);
    assertThat(new IngestOptions(Integer.MAX_VALUE).maxDocumentBytes()).isEqualTo(Integer.MAX_VALUE);
  }
}
