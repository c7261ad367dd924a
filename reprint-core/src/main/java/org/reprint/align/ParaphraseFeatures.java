package org.reprint.align;

import java.util.List;

/**
 * The lexical evidence that one sentence rewords another: eleven cheap figures computed from two {@link
 * SentenceProfile}s by merging sorted arrays (plus one small longest-common-subsequence table). Each is in
 * [0, 1]; {@link ParaphraseScorer} weighs them.
 *
 * <ol start="0">
 *   <li><b>weighted Dice</b>: 2 W(s &cap; t) / (W(s) + W(t)) over content stems weighted by IDF. Shared rare
 *       words (names, places) say more than shared common ones. This alone was Reprint's first sentence
 *       score.
 *   <li><b>coverage of the longer</b>: shared stems / stems of the sentence with more. Low when one
 *       sentence adds a clause the other lacks, which is what separates "same story, more claims" from a
 *       rewrite.
 *   <li><b>coverage of the shorter</b>: shared stems / stems of the sentence with fewer. High when a spinner
 *       dropped words but kept the rest.
 *   <li><b>character 4-gram Dice</b> over the content words: meets inflections the stemmer misses
 *       ("killing"/"killed" do meet, "flare-up"/"flare" do not) and misspelt or transliterated names.
 *   <li><b>word order</b>: longest common subsequence of the content stems / stems of the shorter. A
 *       rewrite that keeps the facts tends to keep their order; a sentence assembled from the same words
 *       for another claim less so.
 *   <li><b>number disagreement</b>: numbers stated in only one sentence / numbers stated in either (0 when
 *       neither has any). "more than 1,200" against "more than 5,000" is the same template with another
 *       fact: a strong sign of independent reporting, not reuse.
 *   <li><b>name disagreement</b>: the same share for names (capitalized inside a sentence, or acronyms).
 *   <li><b>length ratio</b>: words of the shorter / words of the longer.
 *   <li><b>word Dice</b>: Dice over all distinct lower-cased words, stop words included. Unstemmed function
 *       words carry phrasing ("has been", "so far"); on MSRP this is the strongest single figure.
 *   <li><b>word bigram Dice</b>: Dice over pairs of neighbouring words: phrases kept whole.
 *   <li><b>unshared content words</b>: stems found in only one of the two, counted and divided by 20
 *       (capped at 1). The Dice figures are relative; this one says how much was added in absolute terms.
 * </ol>
 *
 * <p>On MSRP, leaving out word Dice costs most (cross-validated F1 0.824 to 0.812), then weighted Dice and
 * number disagreement (to 0.816 each); leaving out coverage of the longer costs nothing measurable. See
 * {@code MsrpEvaluation} for the full ablation.
 */
public final class ParaphraseFeatures {

  /** The features' names, in the order of the arrays {@link #of} returns. */
  public static final List<String> NAMES =
      List.of(
          "weighted Dice",
          "coverage of the longer",
          "coverage of the shorter",
          "character 4-gram Dice",
          "word order",
          "number disagreement",
          "name disagreement",
          "length ratio",
          "word Dice",
          "word bigram Dice",
          "unshared content words");

  public static final int WEIGHTED_DICE = 0;

  private ParaphraseFeatures() {}

  /** The features of sentence {@code s} of {@code first} against sentence {@code t} of {@code second}. */
  public static double[] of(SentenceProfile first, int s, SentenceProfile second, int t) {
    double weights = first.total(s) + second.total(t);
    int firstTerms = first.termCount(s);
    int secondTerms = second.termCount(t);
    int sharedTerms = sharedCount(first.terms(s), second.terms(t));
    long[] firstGrams = first.grams(s);
    long[] secondGrams = second.grams(t);
    return new double[] {
      weights == 0 ? 0 : 2 * first.sharedWeight(s, second, t) / weights,
      ratio(sharedTerms, Math.max(firstTerms, secondTerms)),
      ratio(sharedTerms, Math.min(firstTerms, secondTerms)),
      ratio(2 * sharedCount(firstGrams, secondGrams), firstGrams.length + secondGrams.length),
      ratio(commonSubsequence(first.sequence(s), second.sequence(t)),
          Math.min(first.sequence(s).length, second.sequence(t).length)),
      disagreement(first.numbers(s), second.numbers(t)),
      disagreement(first.names(s), second.names(t)),
      ratio(Math.min(first.wordCount(s), second.wordCount(t)),
          Math.max(first.wordCount(s), second.wordCount(t))),
      dice(first.words(s), second.words(t)),
      dice(first.bigrams(s), second.bigrams(t)),
      Math.min(1.0, (firstTerms + secondTerms - 2 * sharedTerms) / 20.0)
    };
  }

  private static double dice(long[] first, long[] second) {
    return ratio(2 * sharedCount(first, second), first.length + second.length);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : Math.min(1.0, (double) part / whole);
  }

  /** Items in one set and not the other / items in either; 0 when both are empty. */
  private static double disagreement(long[] first, long[] second) {
    int shared = sharedCount(first, second);
    int union = first.length + second.length - shared;
    return union == 0 ? 0 : (double) (union - shared) / union;
  }

  private static double disagreement(int[] first, int[] second) {
    int shared = sharedCount(first, second);
    int union = first.length + second.length - shared;
    return union == 0 ? 0 : (double) (union - shared) / union;
  }

  static int sharedCount(int[] first, int[] second) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      if (first[i] == second[j]) {
        shared++;
        i++;
        j++;
      } else if (first[i] < second[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  static int sharedCount(long[] first, long[] second) {
    return org.reprint.fingerprint.Shingles.intersectionSize(first, second);
  }

  /** The length of the longest common subsequence, by the classic table kept one row at a time. */
  static int commonSubsequence(int[] first, int[] second) {
    int[] previous = new int[second.length + 1];
    int[] current = new int[second.length + 1];
    for (int i = 1; i <= first.length; i++) {
      for (int j = 1; j <= second.length; j++) {
        current[j] =
            first[i - 1] == second[j - 1]
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[second.length];
  }
}
