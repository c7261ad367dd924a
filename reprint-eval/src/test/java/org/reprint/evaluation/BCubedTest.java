package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

  private static final List<String> ITEMS = List.of("a", "b", "c", "d", "e");
  /** Gold: {a, b, c} one event, {d, e} another. */
  private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");

  @Test
  void perfectClusteringScoresOne() {
    BCubed score = BCubed.of(ITEMS, GOLD, Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y"));
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void everythingAloneHasFullPrecisionAndTheInverseOfClusterSizesAsRecall() {
    BCubed score = BCubed.of(ITEMS, GOLD, Map.of());
    assertThat(score.precision()).isEqualTo(1.0);
    // a, b, c each recall 1/3; d, e each 1/2
    assertThat(score.recall()).isCloseTo((3 * (1.0 / 3) + 2 * 0.5) / 5, within(1e-12));
  }

  @Test
  void oneMergedClusterHasFullRecall() {
    BCubed score = BCubed.of(ITEMS, GOLD, Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x"));
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isCloseTo((3 * 0.6 + 2 * 0.4) / 5, within(1e-12));
  }

  @Test
  void itemsMissingFromGoldAreAlone() {
    // c is in no gold event: predicted with a and b, it costs a and b precision and has none of its own
    BCubed score = BCubed.of(List.of("a", "b", "c"), Map.of("a", "1", "b", "1"),
        Map.of("a", "x", "b", "x", "c", "x"));
    assertThat(score.precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, within(1e-12));
    assertThat(score.recall()).isEqualTo(1.0);
  }

  @Test
  void goldEventsAreTheClosureOfSameOverBothFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws Exception {
    java.nio.file.Path pairs = folder.resolve("story-pairs.tsv");
    java.nio.file.Path closure = folder.resolve("closure-pairs.tsv");
    java.nio.file.Files.writeString(pairs, "a\tb\tlabel\tcosine\tdays_apart\tnote\n"
        + "reuters-1\treuters-2\tsame\t0.5\t0\t\n"
        + "reuters-3\treuters-4\tdifferent\t0.3\t9\t\n"
        + "reuters-5\treuters-6\tunsure\t0.4\t1\t\n");
    // the closure links 2 and 3: one event {1, 2, 3}; 4, 5, 6 stand alone
    java.nio.file.Files.writeString(closure, "a\tb\tlabel\tcosine\tdays_apart\tnote\n"
        + "reuters-2\treuters-3\tsame\t0.6\t1\t\n");
    Map<String, String> gold = StoryEvaluation.goldEvents(List.of(pairs, closure));
    assertThat(gold).containsOnlyKeys("reuters-1", "reuters-2", "reuters-3");
    assertThat(gold.values()).containsOnly("reuters-1");

    // Reprint put 1 and 2 in one story and 4 with them: per document precision 2/3, 2/3, 1, 0/3 -> 1/3...
    Map<String, String> stories = Map.of("reuters-1", "r:0", "reuters-2", "r:0", "reuters-4", "r:0");
    MetricsTable table = StoryEvaluation.bCubed(
        new MetricsTable("stories", List.of(), List.of()), pairs, closure, stories);
    MetricsTable.Metric precision = table.metrics().stream()
        .filter(m -> m.name().equals("Reuters-21578: B-cubed precision of the stories")).findFirst().orElseThrow();
    MetricsTable.Metric recall = table.metrics().stream()
        .filter(m -> m.name().equals("Reuters-21578: B-cubed recall of the stories")).findFirst().orElseThrow();
    // precision: 1 and 2 share 2 of their story's 3; 4 shares 1 of 3; 3, 5, 6 alone and right
    assertThat(precision.value()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 3) / 6, within(1e-12));
    // recall: 1 and 2 find 2 of their event's 3; 3 finds 1 of 3; 4, 5, 6 are events of their own
    assertThat(recall.value()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 3) / 6, within(1e-12));
  }

  @Test
  void noItemsIsAnError() {
    assertThatThrownBy(() -> BCubed.of(List.of(), GOLD, GOLD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items");
  }
}
