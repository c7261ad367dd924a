package org.reprint.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A document's TF-IDF vector over content terms, L2-normalized: weight(t) = (1 + ln tf(t)) * idf(t). The
 * cosine of two such vectors is Reprint's story similarity: high when two articles are about the same
 * people, places and numbers, whether or not they share any sentence.
 */
public final class StoryVector {

  private final String[] terms;
  private final double[] weights;

  private StoryVector(String[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  public static StoryVector of(String[] contentTerms, CorpusStatistics statistics) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (String term : contentTerms) {
      if (term != null) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    String[] terms = frequencies.keySet().toArray(new String[0]);
    Arrays.sort(terms);
    double[] weights = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      weights[i] = (1 + Math.log(frequencies.get(terms[i]))) * statistics.idf(terms[i]);
      norm += weights[i] * weights[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= norm;
    }
    return new StoryVector(terms, weights);
  }

  /** The cosine similarity of two vectors, in [0, 1]. */
  public double cosine(StoryVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int order = terms[i].compareTo(other.terms[j]);
      if (order == 0) {
        dot += weights[i++] * other.weights[j++];
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, dot);
  }

  /** The {@code count} highest-weighted terms, heaviest first (ties by term). */
  public String[] topTerms(int count) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) -> weights[x] != weights[y] ? Double.compare(weights[y], weights[x]) : terms[x].compareTo(terms[y]));
    String[] top = new String[Math.min(count, terms.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = terms[order[i]];
    }
    return top;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }
}
