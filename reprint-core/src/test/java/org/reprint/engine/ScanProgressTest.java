package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan reports each stage's progress in order, up to its total, whatever the thread count. */
class ScanProgressTest {

  @Test
  void analysisAndJudgingAreReportedToTheirTotals() {
    List<String> calls = new ArrayList<>();
    ProgressListener recorder = new ProgressListener() {
      @Override
      public void progress(long done, long total) {
        throw new AssertionError("progress is reported per stage");
      }

      @Override
      public ProgressListener stage(String name) {
        return (done, total) -> calls.add(name + " " + done + "/" + total);
      }
    };
    ScanResult result =
        Engine.run(ScanOptions.defaults(List.of(ArmeniaScanTest.EXAMPLE)).withThreads(4), recorder);

    assertThat(calls).startsWith("analyzing 1/5").contains("analyzing 5/5");
    long candidates = result.statistics().candidatePairs();
    assertThat(calls).endsWith("judging " + candidates + "/" + candidates);
    assertThat(calls.stream().filter(c -> c.startsWith("judging"))).hasSize((int) candidates);
  }
}
