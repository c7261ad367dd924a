package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reprint.align.LogisticRegression;
import org.reprint.align.SentenceProfile;

@DisplayName("MsrpEvaluation: the file format, seeded cross-validation, and the real corpus when present")
class MsrpEvaluationTest {

  /** The shared copy of the corpus; the test on it is skipped where the dataset is absent. */
  static final Path MSRP = Path.of("/work/shared/datasets/msrp/msr_paraphrase_train.txt");

  /** Five pairs written for this test in the MSRP layout, with the BOM and header of the real files. */
  static final String FIXTURE =
      "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n"
          + "1\t11\t12\tThe minister resigned on Monday after the vote.\t"
          + "After the vote, the minister stepped down on Monday.\n"
          + "0\t13\t14\tShares rose 5 percent to $12.50 in early trading.\t"
          + "Shares fell 3 percent to $11.20 by the close.\n"
          + "1\t15\t16\tRescuers pulled 12 people from the rubble overnight.\t"
          + "Overnight, rescuers pulled 12 people out of the rubble.\n"
          + "0\t17\t18\tThe company said it would cut 1,000 jobs.\t"
          + "The union said the company had already cut 400 jobs last year.\n"
          + "1\t11\t19\tThe minister resigned on Monday after the vote.\t"
          + "The minister quit on Monday following the vote.\n";

  @Test
  @DisplayName("parses the five-line fixture: BOM and header skipped, labels and ids kept")
  void parsesFixture(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("fixture.txt");
    Files.writeString(file, FIXTURE, StandardCharsets.UTF_8);
    List<MsrpEvaluation.MsrpPair> pairs = MsrpEvaluation.read(file);
    assertThat(pairs).hasSize(5);
    assertThat(pairs)
        .extracting(MsrpEvaluation.MsrpPair::paraphrase)
        .containsExactly(true, false, true, false, true);
    assertThat(pairs.get(1).firstId()).isEqualTo("13");
    assertThat(pairs.get(1).second()).isEqualTo("Shares fell 3 percent to $11.20 by the close.");
  }

  @Test
  @DisplayName("a line that is not five tab-separated fields is refused with its line number")
  void refusesBadLine() {
    List<String> lines = List.of("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String", "2\ta\tb");
    assertThatThrownBy(() -> MsrpEvaluation.parse(lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: expected Quality (0 or 1)");
  }

  @Test
  @DisplayName("the fixture's pairs share sentence 11's profile, and figures that differ disagree")
  void fixtureFeatures() {
    List<MsrpEvaluation.MsrpPair> pairs = MsrpEvaluation.parse(List.of(FIXTURE.split("\n")));
    List<SentenceProfile[]> profiles = MsrpEvaluation.profiles(pairs);
    assertThat(profiles.get(0)[0]).isSameAs(profiles.get(4)[0]);
    double[][] features = MsrpEvaluation.features(profiles);
    assertThat(features[2][0]).as("weighted Dice, paraphrase vs not").isGreaterThan(features[1][0]);
    assertThat(features[1][5]).as("number disagreement of the share prices").isEqualTo(1.0);
  }

  @Test
  @DisplayName("cross-validation with the same seed gives the same figures")
  void crossValidationIsDeterministic() {
    Random random = new Random(7); // seeded synthetic data: one informative feature, one noise
    double[][] features = new double[300][];
    boolean[] labels = new boolean[300];
    for (int i = 0; i < features.length; i++) {
      labels[i] = random.nextDouble() < 0.6;
      features[i] = new double[] {random.nextGaussian() * 0.3 + (labels[i] ? 0.7 : 0.4), random.nextDouble()};
    }
    LogisticRegression learner = new LogisticRegression(0.001, 200, 0.5);
    MsrpEvaluation.CrossValidation first = MsrpEvaluation.crossValidate(features, labels, learner);
    MsrpEvaluation.CrossValidation second = MsrpEvaluation.crossValidate(features, labels, learner);
    assertThat(second).isEqualTo(first);
    assertThat(first.pooled().total()).isEqualTo(300);
    assertThat(first.pooled().f1()).isGreaterThan(0.75);
  }

  @Test
  @DisplayName("the F1-best threshold on a clean ranking is the lowest positive's probability")
  void bestThreshold() {
    double[] probabilities = {0.9, 0.8, 0.7, 0.3, 0.2};
    boolean[] labels = {true, true, true, false, false};
    assertThat(MsrpEvaluation.bestThreshold(probabilities, labels)).isEqualTo(0.7);
  }

  @Test
  @DisplayName("on the MSRP training file, 10-fold cross-validated F1 is at least 0.82 (skipped without it)")
  void realCorpusReachesTarget() {
    Assumptions.assumeTrue(Files.isReadable(MSRP), "MSRP not present at " + MSRP);
    List<MsrpEvaluation.MsrpPair> pairs = MsrpEvaluation.read(MSRP);
    assertThat(pairs).hasSize(4076);
    double[][] features = MsrpEvaluation.features(MsrpEvaluation.profiles(pairs));
    boolean[] labels = new boolean[pairs.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = pairs.get(i).paraphrase();
    }
    MsrpEvaluation.CrossValidation result =
        MsrpEvaluation.crossValidate(features, labels, LogisticRegression.DEFAULT);
    assertThat(result.pooled().f1()).isGreaterThanOrEqualTo(0.82);
    assertThat(result.pooled().accuracy()).isGreaterThanOrEqualTo(0.72);
    // the shipped weights were trained on this file: applied as shipped, they do as well as cross-validation
    MsrpEvaluation.Confusion shipped = MsrpEvaluation.shipped(features, labels);
    assertThat(shipped.total()).isEqualTo(4076);
    assertThat(shipped.f1()).isGreaterThanOrEqualTo(result.pooled().f1() - 0.01);
  }
}
