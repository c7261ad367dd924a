package org.reprint.fingerprint;

/**
 * The words of one normalized text, in order, with their offsets and hashes. Arrays rather than objects
 * because a corpus holds millions of tokens; the arrays are owned by this object and must not be modified.
 *
 * @param starts start offset of each token in the normalized text
 * @param ends end offset (exclusive) of each token in the normalized text
 * @param terms the lower-cased token text
 * @param hashes {@link TokenHash#hashTerm} of each term
 */
public record TokenSequence(int[] starts, int[] ends, String[] terms, long[] hashes) {

  public int size() {
    return terms.length;
  }

  public String term(int index) {
    return terms[index];
  }
}
