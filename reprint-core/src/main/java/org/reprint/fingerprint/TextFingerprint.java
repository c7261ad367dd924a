package org.reprint.fingerprint;

/**
 * Everything alignment and classification need to know about one normalized text. What only candidate
 * retrieval needs, the MinHash signature and the winnowed fingerprints, is made on demand by
 * {@link Fingerprinter#minHash} and {@link Fingerprinter#winnowed}: a document analyzed again to be judged
 * never needs them, and MinHash was a tenth of a scan's time.
 *
 * @param tokens the words with offsets into the normalized text
 * @param contentTerms the stemmed content term of each token, {@code null} for stop words
 * @param properNames whether each token looks like a name: capitalized inside a sentence, or an acronym
 * @param shingleHashes the hash of each word shingle, in token order (shingle i starts at token i)
 * @param shingleOrder shingle positions sorted by hash (then position): lets two documents' shared shingles
 *     be found by one merge of two sorted lists instead of a hash table per pair
 * @param shingleSet the distinct shingle hashes, sorted
 */
public record TextFingerprint(
    TokenSequence tokens,
    String[] contentTerms,
    boolean[] properNames,
    long[] shingleHashes,
    int[] shingleOrder,
    long[] shingleSet) {

  public int tokenCount() {
    return tokens.size();
  }
}
