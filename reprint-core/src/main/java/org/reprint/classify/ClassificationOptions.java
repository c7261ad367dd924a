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
 * @param storyWindowDays the most days apart two dated articles can be published and still report one
 *     event ({@code SAME_STORY}) without sharing text (default 3: coverage of an event comes on the day, the
 *     next day's papers and the weekend's; a development a week later is another story, however alike its
 *     names). Reuse has no window: a copy published a year later is still a copy.
 */
public record ClassificationOptions(
    double nearDuplicateResemblance, double paraphraseShare, double storyThreshold, int storyWindowDays)
    implements java.io.Serializable {

  public static final ClassificationOptions DEFAULT = new ClassificationOptions(0.8, 0.6, 0.3, 3);

  /** Options with the default story window. */
  public ClassificationOptions(double nearDuplicateResemblance, double paraphraseShare, double storyThreshold) {
    this(nearDuplicateResemblance, paraphraseShare, storyThreshold, 3);
  }

  public ClassificationOptions {
    requireShare("nearDuplicateResemblance", nearDuplicateResemblance);
    requireShare("paraphraseShare", paraphraseShare);
    requireShare("storyThreshold", storyThreshold);
    if (storyWindowDays < 0 || storyWindowDays > 36_500) {
      throw new IllegalArgumentException("storyWindowDays must be between 0 and 36500, got " + storyWindowDays);
    }
  }

  private static void requireShare(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0.0 and 1.0, got " + value);
    }
  }
}
