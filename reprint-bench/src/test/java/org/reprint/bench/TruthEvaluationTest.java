package org.reprint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TruthEvaluation} on a tiny handmade truth file and report. */
class TruthEvaluationTest {

  private static final String TRUTH =
      """
      {"a":"gen-000001","b":"gen-000002","kind":"EXACT_COPY","sentences":3,"aSpan":[0,100],"bSpan":[0,100]}
      {"a":"gen-000001","b":"gen-000003","kind":"NEAR_COPY","sentences":3,"aSpan":[0,100],"bSpan":[0,98]}
      {"a":"gen-000004","b":"gen-000005","kind":"QUOTE","sentences":2,"aSpan":[10,50],"bSpan":[200,240]}
      {"a":"gen-000006","b":"gen-000007","kind":"QUOTE","sentences":2,"aSpan":[0,40],"bSpan":[0,40]}
      {"a":"gen-000008","b":"gen-000009","kind":"PARAPHRASE","sentences":4,"aSpan":[0,300],"bSpan":[0,310]}
      """;

  // gen-000002 ~ gen-000003: two copies of one source (same family). gen-000010 ~ gen-000011: unexplained.
  // gen-000006 ~ gen-000007: found, but its passage covers too little of the planted quote.
  private static final String REPORT =
      """
      {"schema":"reprint-scan/1","summary":{"documents":11},"pairs":[
       {"a":"gen-000001","b":"gen-000002","relation":"DUPLICATE","passages":[]},
       {"a":"gen-000001","b":"gen-000003","relation":"NEAR_DUPLICATE","passages":[]},
       {"a":"gen-000002","b":"gen-000003","relation":"NEAR_DUPLICATE","passages":[]},
       {"a":"gen-000004","b":"gen-000005","relation":"PARTIAL_REUSE","passages":[
         {"kind":"VERBATIM","a":{"start":10,"end":30,"text":"x"},"b":{"start":200,"end":220,"text":"x"}},
         {"kind":"VERBATIM","a":{"start":30,"end":45,"text":"x"},"b":{"start":220,"end":235,"text":"x"}}]},
       {"a":"gen-000006","b":"gen-000007","relation":"PARTIAL_REUSE","passages":[
         {"kind":"VERBATIM","a":{"start":0,"end":12,"text":"x"},"b":{"start":0,"end":12,"text":"x"}}]},
       {"a":"gen-000008","b":"gen-000009","relation":"SAME_STORY","passages":[]},
       {"a":"gen-000010","b":"gen-000011","relation":"PARTIAL_REUSE","passages":[]}
      ],"families":[]}
      """;

  @Test
  void scoresRecallPerKindAndPrecision(@TempDir Path folder) throws IOException {
    Path truthFile = folder.resolve("truth.jsonl");
    Path reportFile = folder.resolve("report.json");
    Files.writeString(truthFile, TRUTH, StandardCharsets.UTF_8);
    Files.writeString(reportFile, REPORT, StandardCharsets.UTF_8);
    List<TruthEvaluation.PlantedPair> truth = TruthEvaluation.readTruth(truthFile);
    List<TruthEvaluation.ReportedPair> report = TruthEvaluation.readReport(reportFile);

    List<TruthEvaluation.KindResult> recall = TruthEvaluation.recall(truth, report);
    assertThat(recall).extracting(TruthEvaluation.KindResult::found).containsExactly(1, 1, 2, 0);
    assertThat(recall.get(2).spanCovered()).isEqualTo(1);
    assertThat(recall.get(3).storyOnly()).isEqualTo(1);

    TruthEvaluation.Precision precision = TruthEvaluation.precision(truth, report);
    assertThat(precision.reusePairs()).isEqualTo(6);
    assertThat(precision.planted()).isEqualTo(4);
    assertThat(precision.sameFamily()).isEqualTo(1);
    assertThat(precision.unexplained()).isEqualTo(1);

    String table = TruthEvaluation.markdown(recall, precision);
    assertThat(table).contains("| QUOTE | 2 | 2 | 1.000 | 0 | 1 (0.500) | PARTIAL_REUSE 2 |");
    assertThat(table).contains("| 6 | 4 | 1 | 1 | 0.833 | PARTIAL_REUSE 1 |");
    assertThat(table).contains("| DUPLICATE | 1 | 1 | 1.000 |");
    assertThat(table).contains("| NEAR_DUPLICATE | 2 | 2 | 1.000 |");
    assertThat(table).contains("| PARTIAL_REUSE | 3 | 2 | 0.667 |");
  }

  @Test
  void countsCoveredCharactersOnce() {
    assertThat(TruthEvaluation.covered(List.of(new int[] {0, 10}, new int[] {5, 15}), 0, 20)).isEqualTo(15);
  }
}
