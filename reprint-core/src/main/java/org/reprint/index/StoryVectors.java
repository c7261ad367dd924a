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
    Builder builder = new Builder(vectors.size());
    vectors.forEach(builder::add);
    return builder.build();
  }

  /** Adds vectors in document order; for corpora too large to hold every vector as an object first. */
  public static final class Builder {
    private int[] starts;
    private int[] termIds = new int[1 << 12];
    private double[] weights = new double[1 << 12];
    private int documents;
    private int size;

    /** @param expectedDocuments how many vectors will be added (a hint for the first allocation) */
    public Builder(int expectedDocuments) {
      if (expectedDocuments < 0) {
        throw new IllegalArgumentException(
            "expectedDocuments must be at least 0, got " + expectedDocuments);
      }
      starts = new int[expectedDocuments + 1];
    }

    /** Appends the vector of the next document. */
    public Builder add(StoryVector vector) {
      int[] ids = vector.termIds();
      if (documents + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 2);
      }
      if (size + ids.length > termIds.length) {
        // grow by half, not double: at a million documents these arrays hold about a hundred million terms
        int capacity = Math.max(size + ids.length, termIds.length + (termIds.length >> 1));
        termIds = Arrays.copyOf(termIds, capacity);
        weights = Arrays.copyOf(weights, capacity);
      }
      System.arraycopy(ids, 0, termIds, size, ids.length);
      System.arraycopy(vector.weights(), 0, weights, size, ids.length);
      size += ids.length;
      starts[++documents] = size;
      return this;
    }

    public StoryVectors build() {
      return new StoryVectors(
          Arrays.copyOf(starts, documents + 1), Arrays.copyOf(termIds, size), Arrays.copyOf(weights, size));
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
