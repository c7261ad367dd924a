package org.reprint.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;

/**
 * A document's TF-IDF vector over content terms, L2-normalized: weight(t) = (1 + ln tf(t)) * idf(t) *
 * boost(t), where boost is {@value #NAME_BOOST} for terms the body uses as names and 1 otherwise. Names say
 * which event an article is about: on the SemEval-2022 en-en sample the boost raises the Pearson correlation
 * with the annotators' Overall score from 0.75 to 0.78 (a boost of 3 gives 0.77; see BENCHMARKS.md).
 * Headlines are left out: on Reuters they add the wire's stock words ("SETS QUARTERLY DIVIDEND") more than
 * names. The
 * cosine of two such vectors is Reprint's story similarity: high when two articles are about the same
 * people, places and numbers, whether or not they share any sentence. Terms are the corpus's term ids, so a
 * cosine is one merge of two sorted int arrays.
 */
public final class StoryVector {

  /** The weight factor of a term that the document uses as a name (see {@code ContentTerms.properNames}). */
  public static final double NAME_BOOST = 2.0;

  private final int[] termIds;
  private final double[] weights;

  private StoryVector(int[] termIds, double[] weights) {
    this.termIds = termIds;
    this.weights = weights;
  }

  /** The story vector of an analyzed document: body terms, names boosted. */
  public static StoryVector of(AnalyzedDocument document, CorpusStatistics statistics) {
    return of(DocumentSketch.of(document), statistics);
  }

  /**
   * The story vector of a document kept as a sketch: body terms, names boosted. The sketch's terms are
   * already distinct and sorted, so this reads them in place, in the order the general path would.
   */
  public static StoryVector of(DocumentSketch document, CorpusStatistics statistics) {
    String[] terms = document.terms();
    double[] byTerm = new double[terms.length];
    int[] ids = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      ids[i] = statistics.termId(terms[i]);
      double boost = document.nameTerms()[i] ? NAME_BOOST : 1;
      byTerm[i] = (1 + Math.log(document.termFrequencies()[i])) * statistics.idf(ids[i]) * boost;
    }
    return normalized(ids, byTerm);
  }

  /** The story vector of a list of content terms ({@code null} entries are skipped), without boosts. */
  public static StoryVector of(String[] contentTerms, CorpusStatistics statistics) {
    return of(contentTerms, Set.of(), statistics);
  }

  private static StoryVector of(String[] contentTerms, Set<String> names, CorpusStatistics statistics) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (String term : contentTerms) {
      if (term != null) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    return of(frequencies, names, statistics);
  }

  private static StoryVector of(
      Map<String, Integer> frequencies, Set<String> names, CorpusStatistics statistics) {
    String[] terms = frequencies.keySet().toArray(new String[0]);
    Arrays.sort(terms);
    double[] byTerm = new double[terms.length];
    int[] ids = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      ids[i] = statistics.termId(terms[i]);
      double boost = names.contains(terms[i]) ? NAME_BOOST : 1;
      byTerm[i] = (1 + Math.log(frequencies.get(terms[i]))) * statistics.idf(ids[i]) * boost;
    }
    return normalized(ids, byTerm);
  }

  /**
   * The vector of raw weights {@code byTerm} of terms in sorted term order, whose corpus ids are {@code ids}
   * (-1 for terms the corpus lacks): L2-normalized, summing in term order, then ordered by id.
   */
  private static StoryVector normalized(int[] ids, double[] byTerm) {
    double norm = 0;
    int known = 0;
    long[] packed = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      norm += byTerm[i] * byTerm[i];
      if (ids[i] >= 0) {
        packed[known++] = ((long) ids[i] << 32) | i; // terms the corpus lacks add to the norm only
      }
    }
    Arrays.sort(packed, 0, known);
    int[] sortedIds = new int[known];
    double[] weights = new double[known];
    double length = Math.sqrt(norm);
    for (int k = 0; k < known; k++) {
      sortedIds[k] = (int) (packed[k] >>> 32);
      weights[k] = byTerm[(int) packed[k]] / length;
    }
    return new StoryVector(sortedIds, weights);
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

  /** The ids of all terms of the vector, ascending. */
  int[] termIds() {
    return termIds;
  }

  /** The weights of {@link #termIds()}, in the same order. */
  double[] weights() {
    return weights;
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
