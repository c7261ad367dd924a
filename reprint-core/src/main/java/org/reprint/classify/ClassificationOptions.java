package org.reprint.classify;

/**
 * Thresholds of the relation rules (see {@link Relation}).
 *
 * @param nearDuplicateResemblance Jaccard resemblance of the two word-shingle sets from which a pair is a
 *     {@code NEAR_DUPLICATE} (default 0.8, the usual near-duplicate bar since Broder 1997: with 5-word
 *     shingles each edited word breaks up to five shingles, so 0.8 allows about one edit in 25 words)
 * @param paraphraseShare aligned share one document needs for {@code PARAPHRASE} (default 0.6: most of its
 *     sentences have a counterpart, which independent reports of one event do not reach because they choose
 *     different facts and order)
 * @param storyThreshold TF-IDF cosine from which two articles tell the same story (default 0.3)
 */
public record ClassificationOptions(
    double nearDuplicateResemblance, double paraphraseShare, double storyThreshold) {

  public static final ClassificationOptions DEFAULT = new ClassificationOptions(0.8, 0.6, 0.3);

  public ClassificationOptions {
    requireShare("nearDuplicateResemblance", nearDuplicateResemblance);
    requireShare("paraphraseShare", paraphraseShare);
    requireShare("storyThreshold", storyThreshold);
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0.0 and 1.0, got " + value);
    }
  }
}
