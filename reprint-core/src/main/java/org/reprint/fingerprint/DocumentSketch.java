package org.reprint.fingerprint;

/**
 * The part of a document's fingerprint that candidate retrieval and corpus statistics read: a few kilobytes,
 * where the full analysis (normalized text, offset map, tokens, shingles) is tens. A scan of a large corpus
 * keeps only sketches in memory and analyzes documents again when it judges their pairs.
 *
 * @param tokenCount words of the document
 * @param minHash the MinHash signature
 * @param winnowed the distinct winnowed fingerprints, sorted
 * @param contentTerms the content term of each token, {@code null} for stop words
 * @param properNames whether each token looks like a name
 */
public record DocumentSketch(
    int tokenCount, long[] minHash, long[] winnowed, String[] contentTerms, boolean[] properNames) {

  public static DocumentSketch of(TextFingerprint fingerprint) {
    return new DocumentSketch(
        fingerprint.tokenCount(),
        fingerprint.minHash(),
        fingerprint.winnowed(),
        fingerprint.contentTerms(),
        fingerprint.properNames());
  }

  public static DocumentSketch of(AnalyzedDocument document) {
    return of(document.fingerprint());
  }
}
