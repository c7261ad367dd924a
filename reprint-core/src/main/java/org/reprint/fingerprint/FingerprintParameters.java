package org.reprint.fingerprint;

/**
 * The parameters that decide every fingerprint. Two fingerprints are comparable only if they were made with
 * equal parameters; persisted indexes record them.
 *
 * @param shingleSize k, the number of words in a shingle (1 to 16; default 5, see the package notes)
 * @param winnowWindow w, the number of consecutive shingles of which winnowing keeps the smallest (1 to 64;
 *     default 4, so any shared run of w + k - 1 = 8 words is guaranteed to share a fingerprint)
 * @param minHashPermutations the length of a MinHash signature (default 128: the standard error of a
 *     resemblance estimate is about 1/sqrt(128) = 0.09)
 * @param bands b, the number of LSH bands; rows per band r = minHashPermutations / b (default 32 bands of 4
 *     rows: the probability that a pair of resemblance s shares a band is 1 - (1 - s^4)^32, which is 0.23 at
 *     s = 0.3, 0.87 at s = 0.5, 1 - 5e-8 at s = 0.8; the S-curve's midpoint (1/b)^(1/r) is about 0.42)
 * @param seed the seed of the token hash (xxHash64); changing it changes every fingerprint
 */
public record FingerprintParameters(
    int shingleSize, int winnowWindow, int minHashPermutations, int bands, long seed) {

  public static final FingerprintParameters DEFAULT = new FingerprintParameters(5, 4, 128, 32, 0L);

  public FingerprintParameters {
    requireRange("shingleSize", shingleSize, 1, 16);
    requireRange("winnowWindow", winnowWindow, 1, 64);
    requireRange("minHashPermutations", minHashPermutations, 2, 1024);
    if (minHashPermutations % 2 != 0) {
      throw new IllegalArgumentException(
          "minHashPermutations must be even, got " + minHashPermutations);
    }
    requireRange("bands", bands, 1, minHashPermutations);
    if (minHashPermutations % bands != 0) {
      throw new IllegalArgumentException(
          "bands must divide minHashPermutations ("
              + minHashPermutations
              + ") evenly, got "
              + bands);
    }
  }

  /** r, the number of signature values in one LSH band. */
  public int rowsPerBand() {
    return minHashPermutations / bands;
  }

  /** The shortest shared run of words that is guaranteed to share a winnowed fingerprint. */
  public int guaranteedMatchLength() {
    return winnowWindow + shingleSize - 1;
  }

  static void requireRange(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
