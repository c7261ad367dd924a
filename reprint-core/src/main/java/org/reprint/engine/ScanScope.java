package org.reprint.engine;

/** Which relations a scan looks for. */
public enum ScanScope {

  /** Every relation: copies, near copies, paraphrases, partial reuse and the same story. The default. */
  ALL("all"),

  /**
   * Only DUPLICATE and NEAR_DUPLICATE pairs, found by MinHash LSH and verified on exact shingle resemblance,
   * the task near-duplicate detectors such as Spark's MinHashLSH do; several times faster than {@link #ALL}.
   * See {@code BandJoinSource}.
   */
  NEAR_DUPLICATES("near-duplicates");

  private final String label;

  ScanScope(String label) {
    this.label = label;
  }

  /** The name reports use. */
  public String label() {
    return label;
  }
}
