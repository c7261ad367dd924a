package org.reprint.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A document's TF-IDF vector over content terms, L2-normalized: weight(t) = (1 + ln tf(t)) * idf(t). The
 * cosine of two such vectors is Reprint's story similarity: high when two articles are about the same
 * people, places and numbers, whether or not they share any sentence. Terms are the corpus's term ids, so a
 * cosine is one merge of two sorted int arrays.
 */
public final class StoryVector {

  private final int[] termIds;
  private final double[] weights;

  private StoryVector(int[] termIds, double[] weights) {
    this.termIds = termIds;
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
    double norm = 0;
    int known = 0;
    long[] packed = new long[terms.length];
    double[] byTerm = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      int id = statistics.termId(terms[i]);
      byTerm[i] = (1 + Math.log(frequencies.get(terms[i]))) * statistics.idf(id);
      norm += byTerm[i] * byTerm[i];
      if (id >= 0) {
        packed[known++] = ((long) id << 32) | i; // terms the corpus lacks add to the norm only
      }
    }
    Arrays.sort(packed, 0, known);
    int[] ids = new int[known];
    double[] weights = new double[known];
    double length = Math.sqrt(norm);
    for (int k = 0; k < known; k++) {
      ids[k] = (int) (packed[k] >>> 32);
      weights[k] = byTerm[(int) packed[k]] / length;
    }
    return new StoryVector(ids, weights);
  }

  /** The cosine similarity of two vectors, in [0, 1]. */
  public double cosine(StoryVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < termIds.length && j < other.termIds.length) {
      if (termIds[i] == other.termIds[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (termIds[i] < other.termIds[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, dot);
  }

  /** The ids of the {@code count} highest-weighted terms, heaviest first (ties by id). */
  public int[] topTermIds(int count) {
    Integer[] order = new Integer[termIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) -> weights[x] != weights[y] ? Double.compare(weights[y], weights[x]) : Integer.compare(x, y));
    int[] top = new int[Math.min(count, termIds.length)];
    for (int i = 0; i < top.length; i++) {
      top[i] = termIds[order[i]];
    }
    return top;
  }

  public boolean isEmpty() {
    return termIds.length == 0;
  }
}
