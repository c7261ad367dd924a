package org.reprint.fingerprint;

import net.openhft.hashing.LongHashFunction;

/**
 * A 128-bit key of a text's word sequence: two documents with the same key have, but for a collision of
 * probability about 2^-128, the same words once normalized, which is what makes a pair DUPLICATE. Duplicate
 * groups are formed by it without comparing documents pairwise.
 *
 * <p>Defined as xxHash64 over the little-endian bytes of the word hashes ({@link TokenHash}), once with seed
 * {@value #FIRST_SEED} and once with seed {@value #SECOND_SEED}. It is not persisted.
 *
 * @param first the hash with the first seed
 * @param second the hash with the second seed
 * @param words the number of words
 */
public record WordsKey(long first, long second, int words) {

  static final long FIRST_SEED = 0x5EED_0001L;
  static final long SECOND_SEED = 0x5EED_0002L;

  private static final LongHashFunction FIRST = LongHashFunction.xx(FIRST_SEED);
  private static final LongHashFunction SECOND = LongHashFunction.xx(SECOND_SEED);

  /** The key of a tokenized text. */
  public static WordsKey of(TokenSequence tokens) {
    long[] hashes = tokens.hashes();
    return new WordsKey(FIRST.hashLongs(hashes), SECOND.hashLongs(hashes), hashes.length);
  }
}
