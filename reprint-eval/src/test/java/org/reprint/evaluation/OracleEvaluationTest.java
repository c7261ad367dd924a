package org.reprint.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reprint.classify.PairJudgement;
import org.reprint.document.Document;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.ingest.IngestResult;

/**
 * The oracle evaluation on a synthetic corpus of six documents with known overlaps: a, its exact copy b, a
 * lightly edited copy c, a document d that takes the first 120 words of a, and two unrelated e and f.
 */
class OracleEvaluationTest {

  static final long SEED = 7L;

  static List<String> words(Random random, int count) {
    String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "gu"};
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder word = new StringBuilder();
      for (int s = 0; s < 2 + random.nextInt(3); s++) {
        word.append(syllables[random.nextInt(syllables.length)]);
      }
      words.add(word.toString());
    }
    return words;
  }

  static String text(List<String> words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      text.append(i == 0 ? "" : " ").append(words.get(i));
      if (i % 12 == 11) {
        text.append('.');
      }
    }
    return text.append('.').toString();
  }

  static ScanResult scanSyntheticCorpus() {
    Random random = new Random(SEED);
    List<String> a = words(random, 200);
    List<String> c = new ArrayList<>(a);
    for (int i = 30; i < c.size(); i += 70) {
      c.set(i, "zorblat");
    }
    List<String> d = new ArrayList<>(a.subList(0, 120));
    d.addAll(words(random, 100));
    List<Document> documents = List.of(
        Document.ofText("a", text(a)),
        Document.ofText("b", text(a)),
        Document.ofText("c", text(c)),
        Document.ofText("d", text(d)),
        Document.ofText("e", text(words(random, 200))),
        Document.ofText("f", text(words(random, 150))));
    return Engine.scan(new IngestResult(documents, List.of(), List.of()), ScanOptions.defaults(List.of()));
  }

  static Map<String, MetricsTable.Metric> byName(List<MetricsTable.Metric> metrics) {
    Map<String, MetricsTable.Metric> byName = new HashMap<>();
    metrics.forEach(metric -> byName.put(metric.name(), metric));
    return byName;
  }

  @Test
  void scanMatchesTheOracleOnKnownOverlaps() {
    ScanResult scan = scanSyntheticCorpus();
    OracleEvaluation.Comparison comparison = OracleEvaluation.compare(scan, ScanOptions.defaults(List.of()));
    // a-b, a-c, b-c are near-duplicates; d holds 120 of a's 200 words: containment about 0.59 with a, b, c
    assertThat(comparison.oracle().values()).allSatisfy(overlap -> assertThat(overlap.first()).isLessThan(4));
    Map<String, MetricsTable.Metric> metrics = byName(OracleEvaluation.metrics(comparison));
    MetricsTable.Metric nearRecall = metrics.get("near-duplicate recall (Jaccard >= 0.8 judged DUPLICATE/NEAR_DUPLICATE)");
    assertThat(nearRecall.value()).isEqualTo(1.0);
    assertThat(nearRecall.detail()).isEqualTo("3 of 3 oracle pairs");
    assertThat(metrics.get("near-duplicate precision (DUPLICATE/NEAR_DUPLICATE with Jaccard >= 0.8)").detail())
        .isEqualTo("3 of 3 judged pairs");
    MetricsTable.Metric containment = metrics.get("containment recall (containment >= 0.5 judged any reuse relation)");
    assertThat(containment.detail()).isEqualTo("6 of 6 oracle pairs");
    assertThat(metrics.get("reuse precision (reuse relations with containment >= 0.2)").value()).isEqualTo(1.0);
  }

  @Test
  void aMissedPairLowersRecallAndAWrongOneLowersPrecision() {
    OracleEvaluation.Comparison full =
        OracleEvaluation.compare(scanSyntheticCorpus(), ScanOptions.defaults(List.of()));
    Map<Long, PairJudgement> judgements = new HashMap<>(full.judgements());
    long ab = OracleEvaluation.key(0, 1);
    long ae = OracleEvaluation.key(0, 4);
    PairJudgement abJudgement = judgements.remove(ab);
    judgements.put(ae, abJudgement); // a DUPLICATE claimed between a and the unrelated e
    OracleEvaluation.Comparison damaged =
        new OracleEvaluation.Comparison(full.documents(), full.shingleSets(), full.oracle(), judgements);
    Map<String, MetricsTable.Metric> metrics = byName(OracleEvaluation.metrics(damaged));
    assertThat(metrics.get("near-duplicate recall (Jaccard >= 0.8 judged DUPLICATE/NEAR_DUPLICATE)").detail())
        .isEqualTo("2 of 3 oracle pairs");
    assertThat(metrics.get("near-duplicate precision (DUPLICATE/NEAR_DUPLICATE with Jaccard >= 0.8)").detail())
        .isEqualTo("2 of 3 judged pairs");
  }
}
