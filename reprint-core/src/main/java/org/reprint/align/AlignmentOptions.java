package org.reprint.align;

/**
 * How passages are aligned.
 *
 * @param maxGapWords runs of shared shingles merge into one passage when the words between them number at
 *     most this many in both texts (default 6: a changed clause such as "said in televised remarks" vs
 *     "also said that" keeps a quotation whole, while unrelated shared phrases a sentence apart stay apart)
 * @param minPassageWords the shortest verbatim passage reported (default 12 words: names and titles that
 *     independent reports share, like "Russian foreign ministry spokeswoman Maria Zakharova", stay below it,
 *     while a quoted clause passes)
 * @param minVerbatimWords words of a passage that must be verbatim shared (default 8 = w + k - 1, the run
 *     length winnowing is guaranteed to see)
 * @param sentenceThreshold the paraphrase probability ({@link ParaphraseScorer}) from which two sentences
 *     are aligned as one reworded from the other (default 0.7. The 0.45 that maximizes F1 on MSRP suits a
 *     corpus where two pairs in three are paraphrases; in a scan nearly all sentence pairs are unrelated.
 *     On the PAN-13 no-obfuscation subset, tolerant passage precision is 0.88 at 0.5, 0.91 at 0.6 and
 *     0.92 at 0.7, with recall 0.955 at all three: topical sentences of unrelated passages score 0.5 to
 *     0.6. On the armenia-2020 example the spun copy's sentences score 0.75 and more, while the independent
 *     report's closest sentences score 0.35 and less)
 * @param minSentenceTerms sentences with fewer content terms are not aligned on their own (default 3), as a
 *     two-word heading matches too easily
 */
public record AlignmentOptions(
    int maxGapWords,
    int minPassageWords,
    int minVerbatimWords,
    double sentenceThreshold,
    int minSentenceTerms) {

  public static final AlignmentOptions DEFAULT = new AlignmentOptions(6, 12, 8, 0.7, 3);

  public AlignmentOptions {
    requireRange("maxGapWords", maxGapWords, 0, 100);
    requireRange("minPassageWords", minPassageWords, 1, 10_000);
    requireRange("minVerbatimWords", minVerbatimWords, 1, minPassageWords);
    requireRange("minSentenceTerms", minSentenceTerms, 1, 100);
    if (!(sentenceThreshold > 0 && sentenceThreshold <= 1)) {
      throw new IllegalArgumentException(
          "sentenceThreshold must be greater than 0.0 and at most 1.0, got " + sentenceThreshold);
    }
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
