package org.reprint.index;

import java.util.Arrays;

/**
 * The winnowed fingerprints of a corpus held by more documents than the candidate join follows, by posting
 * key, with each one's number of documents: the corpus's boilerplate, as judging asks about it. A few
 * thousand keys at most in practice (the text of footers and disclaimers), where the postings are tens of
 * millions.
 */
public final class CommonFingerprints implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] keys;
  private final long[] documents;

  CommonFingerprints(long[] keys, long[] documents) {
    this.keys = keys;
    this.documents = documents;
  }

  /**
   * Common fingerprints counted elsewhere (a distributed job): posting keys ({@link IndexLayout#postingKey})
   * in ascending order, each with its number of documents.
   *
   * @throws IllegalArgumentException if the arrays differ in length or the keys are not ascending
   */
  public static CommonFingerprints of(long[] keys, long[] documents) {
    if (keys.length != documents.length) {
      throw new IllegalArgumentException("keys and documents must have the same length, got " + keys.length
          + " and " + documents.length);
    }
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] <= keys[i - 1]) {
        throw new IllegalArgumentException("keys must be ascending and distinct, got " + keys[i - 1] + " then "
            + keys[i] + " at " + i);
      }
    }
    return new CommonFingerprints(keys.clone(), documents.clone());
  }

  /** How many documents hold {@code hash}, if 20 or more (or more than the join follows); else 0. */
  public int documents(long hash) {
    int at = Arrays.binarySearch(keys, IndexLayout.postingKey(hash));
    return at < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, documents[at]);
  }

  /** How many fingerprints are common. */
  public int size() {
    return keys.length;
  }
}
