package org.reprint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;

/** Results must not depend on the number of worker threads (STYLE habit 9). */
@DisplayName("Engine: one thread and four threads give the same pairs and clusters on armenia-2020")
class EngineDeterminismTest {

  private static final Path ARMENIA = Path.of("..", "examples", "armenia-2020");

  @Test
  @DisplayName("pairs() and clustering() are equal with 1 and 4 threads, and on a second run")
  void sameResultOnOneAndFourThreads() {
    ScanOptions options = ScanOptions.defaults(List.of(ARMENIA));
    ScanResult single = Engine.run(options.withThreads(1));
    ScanResult parallel = Engine.run(options.withThreads(4));
    ScanResult again = Engine.run(options.withThreads(4));

    assertThat(single.documents()).hasSize(5);
    assertThat(single.pairs()).isNotEmpty();
    assertThat(single.pairs().stream().map(PairJudgement::relation)).doesNotContain(Relation.UNRELATED);
    assertThat(single.clustering().families()).isNotEmpty();

    assertThat(parallel.documents()).isEqualTo(single.documents());
    assertThat(parallel.pairs()).isEqualTo(single.pairs());
    assertThat(parallel.clustering()).isEqualTo(single.clustering());
    assertThat(again.pairs()).isEqualTo(parallel.pairs());
    assertThat(again.clustering()).isEqualTo(parallel.clustering());
    assertThat(parallel.statistics().candidatePairs()).isEqualTo(single.statistics().candidatePairs());
  }
}
