package org.reprint.fingerprint;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: the signature is cut into b bands of r values
 * and each band is hashed to one key. Two documents become candidates when any band key is equal, which
 * happens with probability 1 - (1 - s^r)^b for resemblance s.
 */
public final class LshBands {

  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    FingerprintParameters.requireRange("bands", bands, 1, 1024);
    FingerprintParameters.requireRange("rows", rows, 1, 1024);
    this.bands = bands;
    this.rows = rows;
  }

  /** One key per band. The band number is mixed in, so equal values in different bands never collide. */
  public long[] keys(long[] signature) {
    if (signature.length != bands * rows) {
      throw new IllegalArgumentException(
          "signature length must be bands * rows = " + bands * rows + ", got " + signature.length);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = MinHashSignature.mix(band + 0x632BE59BD9B4E019L);
      for (int row = 0; row < rows; row++) {
        key = MinHashSignature.mix(key ^ signature[band * rows + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** The probability that a pair of resemblance {@code s} shares at least one band. */
  public double candidateProbability(double resemblance) {
    return 1 - Math.pow(1 - Math.pow(resemblance, rows), bands);
  }
}
