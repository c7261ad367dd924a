package org.reprint.index;

import java.util.Arrays;

/**
 * The winnowed fingerprints of a corpus held by more documents than the candidate join follows, by posting
 * key, with each one's number of documents: the corpus's boilerplate, as judging asks about it. A few
 * thousand keys at most in practice (the text of footers and disclaimers), where the postings are tens of
 * millions.
 */
public final class CommonFingerprints {

  private final long[] keys;
  private final long[] documents;

  CommonFingerprints(long[] keys, long[] documents) {
    this.keys = keys;
    this.documents = documents;
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
