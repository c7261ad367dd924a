package org.reprint.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * Pairs the sentences of two documents that say the same thing in other words.
 *
 * <p>Each sentence is the set of its content terms (stems without stop words), each weighted by its IDF in
 * the corpus. Two sentences score the weighted Dice coefficient 2 W(s &cap; t) / (W(s) + W(t)), so shared
 * rare words (names, numbers, places) count for more than shared common ones. Pairs at or above the threshold
 * are taken best first, each sentence at most once.
 */
public final class SentenceAligner {

  private final AlignmentOptions options;

  public SentenceAligner(AlignmentOptions options) {
    this.options = options;
  }

  /** Two aligned sentences, by index, and their score. */
  public record SentencePair(int firstSentence, int secondSentence, double similarity) {}

  /** Aligns two documents, weighting terms with {@code idf}; builds both profiles on the way. */
  public List<SentencePair> align(
      AnalyzedDocument first, AnalyzedDocument second, ToDoubleFunction<String> idf) {
    Map<String, Integer> vocabulary = new HashMap<>();
    List<String> terms = new ArrayList<>();
    java.util.function.ToIntFunction<String> termId =
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
    for (int s = 0; s < first.sentenceCount(); s++) {
      if (first.termCount(s) < options.minSentenceTerms()) {
        continue;
      }
      double weight = first.total(s);
      for (int t = 0; t < second.sentenceCount(); t++) {
        double other = second.total(t);
        // Dice can reach at most 2 min / (sum): skip pairs whose weights alone rule them out.
        if (second.termCount(t) < options.minSentenceTerms()
            || 2 * Math.min(weight, other) < threshold * (weight + other)) {
          continue;
        }
        double dice = 2 * first.sharedWeight(s, second, t) / (weight + other);
        if (dice >= threshold) {
          scored.add(new SentencePair(s, t, dice));
        }
      }
    }
    return greedyOneToOne(scored, first.sentenceCount(), second.sentenceCount());
  }

  private static List<SentencePair> greedyOneToOne(
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
