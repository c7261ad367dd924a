package org.reprint.index;

/**
 * How candidate pairs are found.
 *
 * @param minSharedFingerprints winnowed fingerprints a pair must share (default 2: with k = 5 and w = 4 a
 *     shared run of 12 words, the shortest reported passage, holds at least (12 - 5 + 1) / 4 = 2 of them)
 * @param maxFingerprintPostings a fingerprint found in more documents is treated as corpus boilerplate and
 *     not used to pair documents (default 64)
 * @param storyTermsPerDocument how many of a document's highest-weighted terms enter the story join
 *     (default 12)
 * @param minSharedStoryTerms how many of one document's top terms the other must contain to have the pair's
 *     cosine computed (default 3)
 * @param maxStoryPostings a story term shared by more documents is too common to pair them (default 256)
 * @param storyThreshold the TF-IDF cosine from which two articles are taken to tell the same story
 * @param maxBandPostings an LSH band key shared by more documents is not followed (default 1,000). Every
 *     posting list of every join is capped this way, bands too: a band list of n documents costs n(n-1)/2
 *     pair counts, and without a cap a burst of near-identical text was unbounded work. The cap is set far
 *     above any family of near duplicates worth listing pair by pair; identical copies form duplicate groups
 *     first, which enter the join once.
 */
public record CandidateOptions(
    int minSharedFingerprints,
    int maxFingerprintPostings,
    int storyTermsPerDocument,
    int minSharedStoryTerms,
    int maxStoryPostings,
    double storyThreshold,
    int maxBandPostings) implements java.io.Serializable {

  public static final CandidateOptions DEFAULT = new CandidateOptions(2, 64, 12, 3, 256, 0.30, 1000);

  /** Options with the default band cap. */
  public CandidateOptions(
      int minSharedFingerprints,
      int maxFingerprintPostings,
      int storyTermsPerDocument,
      int minSharedStoryTerms,
      int maxStoryPostings,
      double storyThreshold) {
    this(minSharedFingerprints, maxFingerprintPostings, storyTermsPerDocument, minSharedStoryTerms,
        maxStoryPostings, storyThreshold, 1000);
  }

  public CandidateOptions {
    requireRange("minSharedFingerprints", minSharedFingerprints, 1, 1000);
    requireRange("maxFingerprintPostings", maxFingerprintPostings, 2, 1_000_000);
    requireRange("storyTermsPerDocument", storyTermsPerDocument, 1, 1000);
    requireRange("minSharedStoryTerms", minSharedStoryTerms, 1, storyTermsPerDocument);
    requireRange("maxStoryPostings", maxStoryPostings, 2, 1_000_000);
    requireRange("maxBandPostings", maxBandPostings, 2, 10_000_000);
    if (!(storyThreshold >= 0 && storyThreshold <= 1)) {
      throw new IllegalArgumentException(
          "storyThreshold must be between 0.0 and 1.0, got " + storyThreshold);
    }
  }

  /**
   * Whether a pair's shared keys alone show reuse: a shared LSH band, or enough shared winnowed fingerprints.
   * Such a pair is judged whatever its story similarity.
   */
  public boolean sharesText(boolean sharesBand, int sharedFingerprints) {
    return sharesBand || sharedFingerprints >= minSharedFingerprints;
  }

  /**
   * The first half of the rule that keeps a candidate, applied by every join before any cosine is computed:
   * the pair shares text, or the other document holds enough of one's top story terms.
   */
  public boolean worthScoring(boolean sharesBand, int sharedFingerprints, int sharedStoryTerms) {
    return sharesText(sharesBand, sharedFingerprints) || sharedStoryTerms >= minSharedStoryTerms;
  }

  /**
   * The second half: a pair worth scoring is kept when it shares text or its story cosine reaches the
   * story threshold. Every candidate source (the batch join, the index's postings) applies these two methods,
   * so they keep the same pairs.
   */
  public boolean keeps(boolean sharesBand, int sharedFingerprints, double storySimilarity) {
    return sharesText(sharesBand, sharedFingerprints) || storySimilarity >= storyThreshold;
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
