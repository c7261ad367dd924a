package org.reprint.fingerprint;

import net.openhft.hashing.LongHashFunction;

/**
 * The named, seeded hash behind every fingerprint: xxHash64 (Collet), as implemented by
 * Zero-Allocation-Hashing.
 *
 * <ul>
 *   <li>a word is hashed as xxHash64(seed) over the UTF-16LE bytes of its lower-cased term;
 *   <li>a shingle is hashed as xxHash64(seed) over the little-endian bytes of its k word hashes.
 * </ul>
 *
 * <p>Both definitions are independent of the JVM, the platform byte order and {@code String.hashCode()},
 * so hashes may be persisted. Reference vectors in the tests pin them.
 */
public final class TokenHash {

  /** The algorithm's name as recorded in persisted files and reports. */
  public static final String ALGORITHM = "xxh64";

  private final long seed;
  private final LongHashFunction function;

  public TokenHash(long seed) {
    this.seed = seed;
    this.function = LongHashFunction.xx(seed);
  }

  public long seed() {
    return seed;
  }

  /** The hash of one word. */
  public long hashTerm(CharSequence term) {
    return function.hashChars(term.toString());
  }

  /** The hash of the shingle made of {@code length} word hashes starting at {@code offset}. */
  public long hashShingle(long[] wordHashes, int offset, int length) {
    return function.hashLongs(wordHashes, offset, length);
  }

  /** xxHash64(seed) of raw bytes; used by the reference-vector tests and by band keys. */
  public long hashBytes(byte[] bytes) {
    return function.hashBytes(bytes);
  }
}
