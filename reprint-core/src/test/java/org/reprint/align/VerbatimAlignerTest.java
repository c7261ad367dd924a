package org.reprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.TestDocuments;

/** Seed, extend, filter on shingle hashes (k = 5: a text of n words has n - 4 shingles). */
@DisplayName("VerbatimAligner: runs, merging across small gaps, filtering")
class VerbatimAlignerTest {

  private final VerbatimAligner aligner = new VerbatimAligner(AlignmentOptions.DEFAULT);

  @Test
  @DisplayName("one changed word keeps the passage whole, even when a repeated phrase makes a stray run")
  void changedWordWithStrayRunStaysOnePassage() {
    long[] first = sequence(40, 1000);
    long[] second = sequence(40, 1000);
    for (int s = 16; s <= 20; s++) {
      second[s] = 5000 + s; // word 20 changed: the five shingles holding it differ
    }
    second[30] = first[5]; // a refrain: shingle 5 of the first text appears again late in the second
    List<VerbatimAligner.Match> matches = aligner.align(first, 44, second, 44);
    assertThat(summaries(matches))
        .containsExactly(summary(new WordRange(0, 44), new WordRange(0, 44), 43));
  }

  @Test
  @DisplayName("the one-word edit of a 300-word article is one passage (the case that found the bug)")
  void oneWordEditOfAnArticleIsOnePassage() {
    AnalyzedDocument afp = TestDocuments.analyzedExample("000");
    String text = afp.normalized().text().substring(0, afp.fingerprint().tokens().ends()[299]);
    AnalyzedDocument original = TestDocuments.analyze("a", text);
    AnalyzedDocument edited = TestDocuments.analyze("b", text.replaceFirst("escalation", "intensification"));
    List<VerbatimAligner.Match> matches =
        aligner.align(
            original.fingerprint().shingleHashes(), 300, edited.fingerprint().shingleHashes(), 300);
    assertThat(summaries(matches))
        .containsExactly(summary(new WordRange(0, 300), new WordRange(0, 300), 299));
  }

  @Test
  @DisplayName("gaps wider than maxGapWords split passages; passages below 12 words are dropped")
  void gapsAndMinimumLength() {
    long[] first = sequence(60, 1000);
    long[] second = sequence(60, 1000);
    for (int s = 16; s <= 27; s++) {
      second[s] = 7000 + s; // words 20 to 27 changed: a gap of 8 words
    }
    assertThat(summaries(aligner.align(first, 64, second, 64)))
        .containsExactly(summary(new WordRange(0, 20), new WordRange(0, 20), 20),
            summary(new WordRange(28, 64), new WordRange(28, 64), 36));

    long[] shortShared = sequence(20, 1000);
    long[] other = sequence(20, 9000);
    System.arraycopy(shortShared, 3, other, 10, 6); // 10 shared words: below the 12-word minimum
    assertThat(aligner.align(shortShared, 24, other, 24)).isEmpty();
    System.arraycopy(shortShared, 3, other, 10, 8); // 12 shared words
    assertThat(summaries(aligner.align(shortShared, 24, other, 24)))
        .containsExactly(summary(new WordRange(3, 15), new WordRange(10, 22), 12));
  }

  @Test
  @DisplayName("texts shorter than k words match only texts of the same length")
  void shortTexts() {
    assertThat(aligner.align(new long[] {7}, 3, new long[] {7}, 3)).isEmpty(); // 3 words < 12
    assertThat(aligner.align(new long[] {7}, 3, sequence(10, 1), 14)).isEmpty();
    assertThat(aligner.align(new long[0], 0, sequence(10, 1), 14)).isEmpty();
  }

  /** A match without its coverage bit sets, which the verbatim word count summarizes. */
  private static String summary(WordRange first, WordRange second, int verbatimWords) {
    return first + " " + second + " " + verbatimWords;
  }

  private static List<String> summaries(List<VerbatimAligner.Match> matches) {
    return matches.stream().map(m -> summary(m.first(), m.second(), m.verbatimWords())).toList();
  }

  /** Distinct shingle hashes {@code base, base + 1, ...}. */
  private static long[] sequence(int length, long base) {
    long[] hashes = new long[length];
    for (int i = 0; i < length; i++) {
      hashes[i] = base + i;
    }
    return hashes;
  }
}
