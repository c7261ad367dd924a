package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Sentence;
import org.reprint.fingerprint.TestDocuments;
import org.reprint.index.CorpusStatistics;

/** The paraphrase scorer and its features on sentences of the armenia-2020 examples. */
@DisplayName("ParaphraseScorer on armenia-2020 sentences: a spun rewrite, a retranslated quote, a changed figure")
class ParaphraseScorerTest {

  private static final String[] PREFIXES = {"000", "001", "002", "003", "004"};

  private final List<AnalyzedDocument> examples = new ArrayList<>();
  private final List<SentenceProfile> profiles = new ArrayList<>();

  ParaphraseScorerTest() {
    for (String prefix : PREFIXES) {
      examples.add(TestDocuments.analyzedExample(prefix));
    }
    CorpusStatistics statistics = CorpusStatistics.of(examples);
    for (AnalyzedDocument example : examples) {
      profiles.add(SentenceProfile.of(example, statistics::termId, statistics::idf));
    }
  }

  @Test
  @DisplayName("000's flare-up sentence and 002's spun outbreak sentence score as a paraphrase")
  void spunSentenceScoresAsParaphrase() {
    int original = sentence("000", "The flare-up has left more than a thousand dead");
    int spun = sentence("002", "The outbreak has killed more than a thousand people");
    double[] features = ParaphraseFeatures.of(profile("000"), original, profile("002"), spun);
    double probability = ParaphraseScorer.probability(features);
    assertThat(probability).isGreaterThanOrEqualTo(AlignmentOptions.DEFAULT.sentenceThreshold());
    assertThat(features[5]).as("number disagreement: neither states a figure").isZero();
    // 8 of the 13 stems of the shorter come in the same order ("so far" moved, "dead" became "killed")
    assertThat(features[4]).as("word order").isCloseTo(8.0 / 13, org.assertj.core.data.Offset.offset(1e-9));
  }

  /**
   * 000 and 004 translate the same Russian foreign ministry statement differently; they share "Russia",
   * "Yerevan", "assistance" and "Armenia" but hardly a phrase. The scorer puts them at about 0.19, well
   * below the threshold: independent reporting, not reuse. (Weighted Dice alone gave them about 0.55, above
   * its old 0.5 threshold.)
   */
  @Test
  @DisplayName("000's Russian ministry quote and 004's own translation of it are not aligned")
  void differentlyTranslatedQuoteIsNotAParaphrase() {
    int afp = sentence("000", "Russia will render Yerevan all necessary assistance");
    int independent = sentence("004", "Russia's ministry of foreign affairs released a statement");
    double[] features = ParaphraseFeatures.of(profile("000"), afp, profile("004"), independent);
    double probability = ParaphraseScorer.probability(features);
    System.out.printf(java.util.Locale.ROOT, "000 vs 004 ministry quote: probability %.3f, weighted Dice %.3f%n",
        probability, features[ParaphraseFeatures.WEIGHTED_DICE]);
    assertThat(features[ParaphraseFeatures.WEIGHTED_DICE]).isGreaterThan(0.5);
    assertThat(probability).isBetween(0.1, 0.3);
  }

  @Test
  @DisplayName("'more than 1,200' against 'more than 5,000' in the same sentence lowers the score")
  void changedFigureLowersTheScore() {
    String original = "More than 1,200 people from both sides have been reported dead since the fighting began.";
    String same = "More than 1,200 people on both sides have been reported killed since the fighting began.";
    String changed = "More than 5,000 people on both sides have been reported killed since the fighting began.";
    List<AnalyzedDocument> documents =
        List.of(TestDocuments.analyze("a", original), TestDocuments.analyze("b", same),
            TestDocuments.analyze("c", changed));
    CorpusStatistics statistics = CorpusStatistics.of(documents);
    List<SentenceProfile> sentences = new ArrayList<>();
    for (AnalyzedDocument document : documents) {
      sentences.add(SentenceProfile.of(document, statistics::termId, statistics::idf));
    }
    double[] sameFigure = ParaphraseFeatures.of(sentences.get(0), 0, sentences.get(1), 0);
    double[] otherFigure = ParaphraseFeatures.of(sentences.get(0), 0, sentences.get(2), 0);
    assertThat(sameFigure[5]).isZero();
    assertThat(otherFigure[5]).as("two numbers, none shared").isEqualTo(1.0);
    assertThat(ParaphraseScorer.probability(otherFigure)).isLessThan(ParaphraseScorer.probability(sameFigure));
  }

  @Test
  @DisplayName("a sentence against itself has every overlap feature at 1 and no disagreement")
  void sentenceAgainstItself() {
    int s = sentence("000", "The flare-up has left more than a thousand dead");
    double[] features = ParaphraseFeatures.of(profile("000"), s, profile("001"), sentence("001", "The flare-up"));
    assertThat(features).containsExactly(new double[] {1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 0}, within());
    assertThat(ParaphraseScorer.probability(features)).isGreaterThan(0.9);
  }

  @Test
  @DisplayName("longest common subsequence and sorted-set intersections")
  void arrayKernels() {
    assertThat(ParaphraseFeatures.commonSubsequence(new int[] {1, 2, 3, 4, 5}, new int[] {2, 9, 4, 1, 5}))
        .isEqualTo(3);
    assertThat(ParaphraseFeatures.commonSubsequence(new int[] {}, new int[] {1})).isZero();
    assertThat(ParaphraseFeatures.sharedCount(new int[] {1, 3, 5, 7}, new int[] {3, 4, 5, 8})).isEqualTo(2);
    assertThat(SentenceProfile.characterGrams(" ab abc ")).hasSize(5); // " ab ", "ab a", "b ab", " abc", "abc "
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private SentenceProfile profile(String prefix) {
    return profiles.get(List.of(PREFIXES).indexOf(prefix));
  }

  /** The index of the sentence of an example that contains {@code text} (line breaks read as spaces). */
  private int sentence(String prefix, String text) {
    AnalyzedDocument document = examples.get(List.of(PREFIXES).indexOf(prefix));
    for (int s = 0; s < document.sentences().size(); s++) {
      Sentence sentence = document.sentences().get(s);
      String content = document.normalized().text().substring(sentence.start(), sentence.end());
      if (content.replace('\n', ' ').contains(text)) {
        return s;
      }
    }
    throw new AssertionError("no sentence of " + prefix + " contains: " + text);
  }
}
