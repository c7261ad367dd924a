package org.reprint.align;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToIntFunction;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Sentence;

/**
 * The sentences of one document as sorted arrays of distinct content-term ids with their IDF weights, made
 * once per document so that aligning it with many others costs only array merges.
 */
public final class SentenceProfile {

  private final int[][] terms;
  private final double[][] weights;
  private final double[] totals;

  private SentenceProfile(int[][] terms, double[][] weights, double[] totals) {
    this.terms = terms;
    this.weights = weights;
    this.totals = totals;
  }

  /**
   * @param termId the id of a content term in the corpus vocabulary
   * @param idf the IDF weight of a term id
   */
  public static SentenceProfile of(
      AnalyzedDocument document, ToIntFunction<String> termId, IntToDoubleFunction idf) {
    String[] contentTerms = document.fingerprint().contentTerms();
    List<Sentence> sentences = document.sentences();
    int[][] terms = new int[sentences.size()][];
    double[][] weights = new double[sentences.size()][];
    double[] totals = new double[sentences.size()];
    for (int s = 0; s < terms.length; s++) {
      Sentence sentence = sentences.get(s);
      int[] ids = new int[sentence.tokenCount()];
      int count = 0;
      for (int w = sentence.firstToken(); w < sentence.endToken(); w++) {
        if (contentTerms[w] != null) {
          ids[count++] = termId.applyAsInt(contentTerms[w]);
        }
      }
      terms[s] = distinctSorted(ids, count);
      weights[s] = new double[terms[s].length];
      for (int k = 0; k < terms[s].length; k++) {
        weights[s][k] = idf.applyAsDouble(terms[s][k]);
        totals[s] += weights[s][k];
      }
    }
    return new SentenceProfile(terms, weights, totals);
  }

  int sentenceCount() {
    return terms.length;
  }

  int termCount(int sentence) {
    return terms[sentence].length;
  }

  double total(int sentence) {
    return totals[sentence];
  }

  /** The summed weight of the terms two sentences share. */
  double sharedWeight(int sentence, SentenceProfile other, int otherSentence) {
    int[] first = terms[sentence];
    int[] second = other.terms[otherSentence];
    double[] firstWeights = weights[sentence];
    double shared = 0;
    int i = 0;
    int j = 0;
    while (i < first.length && j < second.length) {
      if (first[i] == second[j]) {
        shared += firstWeights[i];
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

  private static int[] distinctSorted(int[] ids, int count) {
    int[] sorted = Arrays.copyOf(ids, count);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, unique);
  }
}
