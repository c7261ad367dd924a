package org.reprint.fingerprint;

import java.util.Objects;

/**
 * Everything alignment and classification need to know about one normalized text. What only candidate
 * retrieval needs, the MinHash signature and the winnowed fingerprints, is made on demand by
 * {@link Fingerprinter#minHash} and {@link Fingerprinter#winnowed}: a document analyzed again to be judged
 * never needs them, and MinHash was a tenth of a scan's time.
 *
 * <p>Not a record, because its two sorted views of the shingles ({@link #shingleOrder()} and
 * {@link #shingleSet()}) are made when first asked and then kept. Many fingerprints never need them: `index
 * add` and a large scan's first pass need only the set (for MinHash), and a query's candidate that its story
 * cosine drops needs neither. Made twice at worst when two threads ask at once, with equal results.
 */
public final class TextFingerprint {

  private final TokenSequence tokens;
  private final String[] contentTerms;
  private final boolean[] properNames;
  private final long[] shingleHashes;
  private volatile int[] shingleOrder;
  private volatile long[] shingleSet;

  /**
   * @param tokens the words with offsets into the normalized text
   * @param contentTerms the stemmed content term of each token, {@code null} for stop words
   * @param properNames whether each token looks like a name: capitalized inside a sentence, or an acronym
   * @param shingleHashes the hash of each word shingle, in token order (shingle i starts at token i)
   */
  public TextFingerprint(
      TokenSequence tokens, String[] contentTerms, boolean[] properNames, long[] shingleHashes) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.contentTerms = Objects.requireNonNull(contentTerms, "contentTerms");
    this.properNames = Objects.requireNonNull(properNames, "properNames");
    this.shingleHashes = Objects.requireNonNull(shingleHashes, "shingleHashes");
  }

  /** The words with offsets into the normalized text. */
  public TokenSequence tokens() {
    return tokens;
  }

  /** The stemmed content term of each token, {@code null} for stop words. */
  public String[] contentTerms() {
    return contentTerms;
  }

  /** Whether each token looks like a name: capitalized inside a sentence, or an acronym. */
  public boolean[] properNames() {
    return properNames;
  }

  /** The hash of each word shingle, in token order (shingle i starts at token i). */
  public long[] shingleHashes() {
    return shingleHashes;
  }

  /**
   * Shingle positions sorted by hash (then position): lets two documents' shared shingles be found by one
   * merge of two sorted lists instead of a hash table per pair.
   */
  public int[] shingleOrder() {
    int[] order = shingleOrder;
    if (order == null) {
      order = Shingles.orderByHash(shingleHashes);
      shingleOrder = order;
    }
    return order;
  }

  /** The distinct shingle hashes, sorted. */
  public long[] shingleSet() {
    long[] set = shingleSet;
    if (set == null) {
      set = Shingles.distinctSorted(shingleHashes);
      shingleSet = set;
    }
    return set;
  }

  public int tokenCount() {
    return tokens.size();
  }
}
