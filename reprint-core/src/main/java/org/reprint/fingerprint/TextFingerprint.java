package org.reprint.fingerprint;

/**
 * Everything the later stages need to know about one normalized text.
 *
 * @param tokens the words with offsets into the normalized text
 * @param contentTerms the stemmed content term of each token, {@code null} for stop words
 * @param properNames whether each token looks like a name: capitalized inside a sentence, or an acronym
 * @param shingleHashes the hash of each word shingle, in token order (shingle i starts at token i)
 * @param shingleOrder shingle positions sorted by hash (then position): lets two documents' shared shingles
 *     be found by one merge of two sorted lists instead of a hash table per pair
 * @param shingleSet the distinct shingle hashes, sorted
 * @param minHash the MinHash signature of the shingle set
 * @param winnowed the distinct winnowed fingerprints, sorted
 */
public record TextFingerprint(
    TokenSequence tokens,
    String[] contentTerms,
    boolean[] properNames,
    long[] shingleHashes,
    int[] shingleOrder,
    long[] shingleSet,
    long[] minHash,
    long[] winnowed) {

  public int tokenCount() {
    return tokens.size();
  }
}
