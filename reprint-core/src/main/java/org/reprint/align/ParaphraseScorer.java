package org.reprint.align;

/**
 * The probability that one sentence is a rewording of another, from lexical evidence only: a logistic
 * regression over the {@link ParaphraseFeatures}, trained on the Microsoft Research Paraphrase Corpus
 * (Dolan and Brockett 2005, the 4,076 training pairs), in the line of the lexical baselines of Mihalcea,
 * Corley and Strapparava (2006) and Fernando and Stevenson (2008).
 *
 * <p>The weights below were trained on the whole training file by {@code MsrpEvaluation} (L2 0.001 on
 * standardized features, 1,000 full-batch steps of 0.5, mapped back to raw features), which also prints
 * them; reproduce with {@code java -cp reprint-core/target/classes:<dependencies>
 * org.reprint.evaluation.MsrpEvaluation msr_paraphrase_train.txt}. In 10-fold cross-validation the same
 * recipe scores F1 0.824 and accuracy 0.737 (weighted Dice alone: 0.817 and 0.705; always "paraphrase":
 * 0.806 and 0.675).
 *
 * <table>
 *   <caption>learned weights (raw features in [0, 1])</caption>
 *   <tr><th>feature</th><th>weight</th><th>reading</th></tr>
 *   <tr><td>bias</td><td>-6.684</td><td></td></tr>
 *   <tr><td>weighted Dice</td><td>3.517</td><td>shared rare stems</td></tr>
 *   <tr><td>coverage of the longer</td><td>-0.926</td><td>collinear with the Dice figures; corrects them</td></tr>
 *   <tr><td>coverage of the shorter</td><td>-2.099</td><td>idem: containment alone is not rewording</td></tr>
 *   <tr><td>character 4-gram Dice</td><td>0.891</td><td>inflections, spelling</td></tr>
 *   <tr><td>word order</td><td>0.915</td><td>facts kept in order</td></tr>
 *   <tr><td>number disagreement</td><td>-0.290</td><td>another figure, another fact</td></tr>
 *   <tr><td>name disagreement</td><td>0.128</td><td>near zero: MSRP pairs often name a person once in
 *       full, once by surname</td></tr>
 *   <tr><td>length ratio</td><td>3.754</td><td>MSRP negatives often add a clause</td></tr>
 *   <tr><td>word Dice</td><td>7.420</td><td>the strongest single cue, stop words included</td></tr>
 *   <tr><td>word bigram Dice</td><td>-3.116</td><td>collinear with word Dice; corrects it</td></tr>
 *   <tr><td>unshared content words</td><td>-1.069</td><td>each extra content word, /20</td></tr>
 * </table>
 *
 * <p>Negative weights on some overlap figures do not mean overlap is bad: those figures move together, and
 * the model spreads one effect over them. Read the sum, not a single weight.
 */
public final class ParaphraseScorer {

  /** The intercept b of the logistic model. */
  static final double BIAS = -6.6838;

  /** One weight per feature, in the order of {@link ParaphraseFeatures#NAMES}. */
  private static final double[] WEIGHTS = {
    3.5172, -0.9264, -2.0987, 0.8911, 0.9148, -0.2903, 0.1280, 3.7542, 7.4202, -3.1162, -1.0687
  };

  /**
   * The probability threshold that maximizes F1 on the MSRP training file, where two thirds of the pairs
   * are paraphrases. In a scan almost every sentence pair is unrelated, so the scanning aligner applies its
   * own, stricter threshold ({@link AlignmentOptions#sentenceThreshold()}).
   */
  public static final double MSRP_THRESHOLD = 0.4455;

  private ParaphraseScorer() {}

  /** The probability that sentence {@code s} of {@code first} and {@code t} of {@code second} say the same. */
  public static double probability(SentenceProfile first, int s, SentenceProfile second, int t) {
    return probability(ParaphraseFeatures.of(first, s, second, t));
  }

  /** The probability for features already computed by {@link ParaphraseFeatures#of}. */
  public static double probability(double[] features) {
    double z = BIAS;
    for (int f = 0; f < WEIGHTS.length; f++) {
      z += WEIGHTS[f] * features[f];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
