package org.reprint.fingerprint;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of a document's fingerprint that candidate retrieval and corpus statistics read: a few kilobytes,
 * where the full analysis (normalized text, offset map, tokens, shingles) is tens. A scan of a large corpus
 * keeps only sketches in memory and analyzes documents again when it judges their pairs.
 *
 * @param tokenCount words of the document
 * @param bandKeys the LSH band keys of its MinHash signature (empty when no bands were given)
 * @param winnowed the distinct winnowed fingerprints, sorted
 * @param terms the distinct content terms, sorted
 * @param termFrequencies how often each of {@code terms} occurs
 * @param nameTerms for each of {@code terms}, whether the document uses it as a name
 */
public record DocumentSketch(
    int tokenCount,
    long[] bandKeys,
    long[] winnowed,
    String[] terms,
    int[] termFrequencies,
    boolean[] nameTerms) implements java.io.Serializable {

  /**
   * The sketch of a fingerprint, with band keys when {@code bands} is given (else none).
   *
   * @param fingerprinter the fingerprinter that made {@code fingerprint}, for its MinHash and winnowing
   */
  public static DocumentSketch of(TextFingerprint fingerprint, Fingerprinter fingerprinter, LshBands bands) {
    long[] keys = bands == null || fingerprint.tokenCount() == 0
        ? new long[0] : bands.keys(fingerprinter.minHash(fingerprint));
    return withTerms(fingerprint, keys, fingerprinter.winnowed(fingerprint));
  }

  /** The sketch of an analyzed document without band keys or fingerprints: for statistics and story vectors. */
  public static DocumentSketch of(AnalyzedDocument document) {
    return withTerms(document.fingerprint(), new long[0], new long[0]);
  }

  /**
   * Counts the content terms in a hash map and sorts the distinct ones once: a tree map compared strings at
   * every token, which was 6% of a query.
   */
  private static DocumentSketch withTerms(TextFingerprint fingerprint, long[] bandKeys, long[] winnowed) {
    String[] contentTerms = fingerprint.contentTerms();
    Map<String, int[]> frequencies = new HashMap<>(); // term -> {count, 1 if used as a name}
    for (int i = 0; i < contentTerms.length; i++) {
      if (contentTerms[i] != null) {
        int[] entry = frequencies.computeIfAbsent(contentTerms[i], term -> new int[2]);
        entry[0]++;
        if (fingerprint.properNames()[i]) {
          entry[1] = 1;
        }
      }
    }
    String[] terms = frequencies.keySet().toArray(new String[0]);
    Arrays.sort(terms);
    int[] counts = new int[terms.length];
    boolean[] nameTerms = new boolean[terms.length];
    for (int t = 0; t < terms.length; t++) {
      int[] entry = frequencies.get(terms[t]);
      counts[t] = entry[0];
      nameTerms[t] = entry[1] == 1;
    }
    return new DocumentSketch(fingerprint.tokenCount(), bandKeys, winnowed, terms, counts, nameTerms);
  }

  /** The sketch of a document known only by its word count and band keys: for joins on bands alone. */
  public static DocumentSketch ofBandKeys(int tokenCount, long[] bandKeys) {
    return new DocumentSketch(tokenCount, bandKeys, new long[0], NO_TERMS, NO_FREQUENCIES, NO_NAMES);
  }

  private static final String[] NO_TERMS = {};
  private static final int[] NO_FREQUENCIES = {};
  private static final boolean[] NO_NAMES = {};

  /** This sketch with no content terms: for when statistics and story vectors were made from them. */
  public DocumentSketch withoutTerms() {
    return new DocumentSketch(tokenCount, bandKeys, winnowed, NO_TERMS, NO_FREQUENCIES, NO_NAMES);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentSketch that
        && tokenCount == that.tokenCount
        && Arrays.equals(bandKeys, that.bandKeys)
        && Arrays.equals(winnowed, that.winnowed)
        && Arrays.equals(terms, that.terms)
        && Arrays.equals(termFrequencies, that.termFrequencies)
        && Arrays.equals(nameTerms, that.nameTerms);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(winnowed) + Arrays.hashCode(terms);
  }

  @Override
  public String toString() {
    return "DocumentSketch[tokens=" + tokenCount + ", terms=" + terms.length + "]";
  }
}
