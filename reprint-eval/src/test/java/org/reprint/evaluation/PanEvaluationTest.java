package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reprint.document.TextSpan;

/**
 * The PAN evaluation on a two-pair folder in PAN's layout made from the Armenia example: 003 quotes 001's
 * "Moscow, which has previously said..." sentence (the one annotated case); 004 tells the same story in its
 * own words (a negative pair).
 */
class PanEvaluationTest {

  static Path fixture() throws URISyntaxException {
    return Path.of(PanEvaluationTest.class.getResource("pan-armenia").toURI());
  }

  @Test
  void readsPairsAndAnnotations() throws URISyntaxException {
    Path pairsFile = PanEvaluation.pairsFile(fixture());
    List<PanEvaluation.AnnotatedPair> pairs = PanEvaluation.readPairs(pairsFile.getParent());
    assertThat(pairs).hasSize(2);
    assertThat(pairs.get(0).cases()).containsExactly(new PassagePair("suspicious-document00001.txt",
        "source-document00001.txt", new TextSpan(1389, 1389 + 193), new TextSpan(1460, 1460 + 193)));
    assertThat(pairs.get(1).cases()).isEmpty();
  }

  @Test
  void findsTheAnnotatedPassageAndNothingInTheNegativePair() throws URISyntaxException {
    List<String> progress = new ArrayList<>();
    MetricsTable table = PanEvaluation.evaluate(fixture(), progress::add);
    Map<String, Double> values = new HashMap<>();
    table.metrics().forEach(metric -> values.put(metric.name(), metric.value()));
    assertThat(values.get("tolerant passage recall")).isEqualTo(1.0);
    assertThat(values.get("PAN recall (char, macro)")).isGreaterThan(0.95);
    assertThat(values.get("pair-level recall")).isEqualTo(1.0);
    assertThat(values.get("pair-level precision")).isEqualTo(1.0);
    assertThat(table.notes()).anyMatch(note -> note.contains("3 documents read as UTF-8"));
    assertThat(progress).contains("2 of 2 pairs scanned");
  }

  @Test
  void carriageReturnCountingMovesOffsetsByTheLineFeedsBefore() {
    PassagePair detection = new PassagePair("s", "r", new TextSpan(2, 5), new TextSpan(0, 1));
    PassagePair moved = PanEvaluation.withCarriageReturns(detection, Map.of("s", "a\nb\ncd", "r", "x"));
    assertThat(moved.suspiciousSpan()).isEqualTo(new TextSpan(3, 7));
    assertThat(moved.sourceSpan()).isEqualTo(new TextSpan(0, 1));
  }

  @Test
  void publishedSubsetWhenPresent() {
    Path subset = Path.of("..", "..", "shared", "datasets", "pan13_text_alignment_subset");
    assumeTrue(Files.isDirectory(subset),
        "skipped: the PAN 2013 subset is not at " + subset.toAbsolutePath().normalize()
            + " (see the datasets' INDEX.md); this check only reads its pairs and annotations");
    List<PanEvaluation.AnnotatedPair> pairs =
        PanEvaluation.readPairs(PanEvaluation.pairsFile(subset).getParent());
    assertThat(pairs).hasSize(500);
    assertThat(pairs.stream().mapToInt(pair -> pair.cases().size()).sum()).isEqualTo(624);
  }
}
