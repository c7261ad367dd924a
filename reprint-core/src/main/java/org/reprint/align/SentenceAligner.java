package org.reprint.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * Pairs the sentences of two documents that say the same thing in other words.
 *
 * <p>Two sentences are aligned when {@link ParaphraseScorer} gives them a paraphrase probability at or above
 * the threshold; pairs are then taken best first, each sentence at most once. The scorer weighs shared
 * IDF-weighted stems, shared words and character n-grams, word order, length, and numbers and names stated
 * in one sentence only, so that a machine rewrite (synonyms, reordering, dropped words) passes while another
 * outlet's sentence on the same facts, or the same template with another figure, does not.
 *
 * <p>The scorer costs a few microseconds per pair, so it runs only on pairs whose weighted Dice coefficient
 * 2 W(s &cap; t) / (W(s) + W(t)) over IDF-weighted stems reaches {@value #DICE_GATE}; the Dice bound in turn
 * skips pairs whose term weights alone rule them out. On MSRP, 1 of the 3,127 pairs the scorer puts at 0.5
 * or more has a Dice coefficient below the gate.
 */
public final class SentenceAligner {

  /** The weighted Dice coefficient below which a pair is not worth scoring. */
  static final double DICE_GATE = 0.3;

  private final AlignmentOptions options;

  public SentenceAligner(AlignmentOptions options) {
    this.options = options;
  }

  /** Two aligned sentences, by index, and their paraphrase probability. */
  public record SentencePair(int firstSentence, int secondSentence, double similarity) {}

  /** Aligns two documents, weighting terms with {@code idf}; builds both profiles on the way. */
  public List<SentencePair> align(
      AnalyzedDocument first, AnalyzedDocument second, ToDoubleFunction<String> idf) {
    Map<String, Integer> vocabulary = new HashMap<>();
    List<String> terms = new ArrayList<>();
    ToIntFunction<String> termId =
        term -> vocabulary.computeIfAbsent(term, t -> {
          terms.add(t);
          return terms.size() - 1;
        });
    SentenceProfile firstProfile = SentenceProfile.of(first, termId, id -> idf.applyAsDouble(terms.get(id)));
    SentenceProfile secondProfile = SentenceProfile.of(second, termId, id -> idf.applyAsDouble(terms.get(id)));
    return align(firstProfile, secondProfile);
  }

  public List<SentencePair> align(SentenceProfile first, SentenceProfile second) {
    List<SentencePair> scored = new ArrayList<>();
    double threshold = options.sentenceThreshold();
    double[] shared = new double[second.sentenceCount()];
    for (int s = 0; s < first.sentenceCount(); s++) {
      if (first.termCount(s) < options.minSentenceTerms()) {
        continue;
      }
      double weight = first.total(s);
      first.sharedWeights(s, second, shared);
      for (int t = 0; t < second.sentenceCount(); t++) {
        double other = second.total(t);
        // Dice can reach at most 2 min / (sum): skip pairs whose weights alone rule them out.
        if (second.termCount(t) < options.minSentenceTerms()
            || 2 * Math.min(weight, other) < DICE_GATE * (weight + other)
            || 2 * shared[t] < DICE_GATE * (weight + other)) {
          continue;
        }
        double probability = ParaphraseScorer.probability(first, s, second, t);
        if (probability >= threshold) {
          scored.add(new SentencePair(s, t, probability));
        }
      }
    }
    return greedyOneToOne(scored, first.sentenceCount(), second.sentenceCount());
  }

  /**
   * The pairs taken best first (ties by first, then second sentence), each sentence at most once, in
   * first-sentence order. Sorts {@code scored}.
   */
  public static List<SentencePair> greedyOneToOne(
      List<SentencePair> scored, int firstCount, int secondCount) {
    scored.sort(
        (x, y) ->
            x.similarity() != y.similarity()
                ? Double.compare(y.similarity(), x.similarity())
                : x.firstSentence() != y.firstSentence()
                    ? Integer.compare(x.firstSentence(), y.firstSentence())
                    : Integer.compare(x.secondSentence(), y.secondSentence()));
    boolean[] usedFirst = new boolean[firstCount];
    boolean[] usedSecond = new boolean[secondCount];
    List<SentencePair> chosen = new ArrayList<>();
    for (SentencePair pair : scored) {
      if (!usedFirst[pair.firstSentence()] && !usedSecond[pair.secondSentence()]) {
        usedFirst[pair.firstSentence()] = true;
        usedSecond[pair.secondSentence()] = true;
        chosen.add(pair);
      }
    }
    chosen.sort((x, y) -> Integer.compare(x.firstSentence(), y.firstSentence()));
    return chosen;
  }
}
