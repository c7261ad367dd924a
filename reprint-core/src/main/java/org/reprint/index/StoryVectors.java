package org.reprint.index;

import java.util.Arrays;
import java.util.List;

/**
 * The story vectors of a whole corpus, packed one after another into three flat arrays (row starts, term
 * ids, weights). A million {@link StoryVector} objects of about a hundred terms cost some 1.5 GB in object
 * headers and separate arrays; packed, the same vectors cost 12 bytes a term, and the candidate join can
 * compute a cosine or read a document's top terms without building anything. Weights are copied from
 * {@link StoryVector}, so {@link #cosine} gives bit for bit the value of {@link StoryVector#cosine}: the
 * query path, which builds vectors one at a time, and the scan agree exactly.
 */
public final class StoryVectors {

  private final int[] starts;
  private final int[] termIds;
  private final double[] weights;

  private StoryVectors(int[] starts, int[] termIds, double[] weights) {
    this.starts = starts;
    this.termIds = termIds;
    this.weights = weights;
  }

  /** Packs {@code vectors}; document d is {@code vectors.get(d)}. */
  public static StoryVectors of(List<StoryVector> vectors) {
    long terms = 0;
    for (StoryVector vector : vectors) {
      terms += vector.termIds().length;
    }
    Builder builder = new Builder(vectors.size(), terms);
    vectors.forEach(builder::add);
    return builder.build();
  }

  /** A store of {@code documentCount} empty vectors: for joins that follow no story terms. */
  public static StoryVectors empty(int documentCount) {
    if (documentCount < 0) {
      throw new IllegalArgumentException("documentCount must be at least 0, got " + documentCount);
    }
    return new StoryVectors(new int[documentCount + 1], new int[0], new double[0]);
  }

  /**
   * Adds vectors in document order, into arrays allocated once at their final size: at a million documents
   * they hold about a hundred million terms, and growing them by copies would need twice that for a moment.
   */
  public static final class Builder {
    private final int[] starts;
    private final int[] termIds;
    private final double[] weights;
    private int documents;
    private int size;

    /**
     * @param documentCount how many vectors will be added
     * @param termCount how many terms they hold in all, at most (a vector holds at most its document's
     *     distinct content terms)
     */
    public Builder(int documentCount, long termCount) {
      if (documentCount < 0) {
        throw new IllegalArgumentException("documentCount must be at least 0, got " + documentCount);
      }
      if (termCount < 0 || termCount > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "termCount must be between 0 and " + (Integer.MAX_VALUE - 8) + ", got " + termCount);
      }
      starts = new int[documentCount + 1];
      termIds = new int[(int) termCount];
      weights = new double[(int) termCount];
    }

    /** Appends the vector of the next document. */
    public Builder add(StoryVector vector) {
      int[] ids = vector.termIds();
      if (documents + 1 >= starts.length || size + ids.length > termIds.length) {
        throw new IllegalStateException("the builder was made for " + (starts.length - 1)
            + " documents and " + termIds.length + " terms; vector " + documents + " does not fit");
      }
      System.arraycopy(ids, 0, termIds, size, ids.length);
      System.arraycopy(vector.weights(), 0, weights, size, ids.length);
      size += ids.length;
      starts[++documents] = size;
      return this;
    }

    public StoryVectors build() {
      if (documents != starts.length - 1) {
        throw new IllegalStateException(
            "the builder was made for " + (starts.length - 1) + " documents, got " + documents);
      }
      return size == termIds.length
          ? new StoryVectors(starts, termIds, weights)
          : new StoryVectors(starts, Arrays.copyOf(termIds, size), Arrays.copyOf(weights, size));
    }
  }

  /** How many documents the store holds. */
  public int size() {
    return starts.length - 1;
  }

  /** The cosine of documents {@code a} and {@code b}, computed as {@link StoryVector#cosine} does. */
  public double cosine(int a, int b) {
    double dot = 0;
    int i = starts[a];
    int iEnd = starts[a + 1];
    int j = starts[b];
    int jEnd = starts[b + 1];
    while (i < iEnd && j < jEnd) {
      if (termIds[i] == termIds[j]) {
        dot += weights[i++] * weights[j++];
      } else if (termIds[i] < termIds[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1, dot);
  }

  /** The term ids of document {@code d}, ascending. */
  int[] termIds(int d) {
    return Arrays.copyOfRange(termIds, starts[d], starts[d + 1]);
  }

  /**
   * The ids of document {@code d}'s {@code count} highest-weighted terms, heaviest first, ties by id: the
   * order of {@link StoryVector#topTermIds}. A selection, not a sort, since count is small.
   */
  int[] topTermIds(int d, int count) {
    int from = starts[d];
    int length = starts[d + 1] - from;
    int[] top = new int[Math.min(count, length)];
    boolean[] taken = new boolean[length];
    for (int k = 0; k < top.length; k++) {
      int best = -1;
      for (int i = 0; i < length; i++) {
        if (!taken[i] && (best < 0 || weights[from + i] > weights[from + best])) {
          best = i; // strictly heavier only: among equal weights the first, the smallest id, wins
        }
      }
      taken[best] = true;
      top[k] = termIds[from + best];
    }
    return top;
  }
}
