package org.reprint.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Sentence;

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

  public List<SentencePair> align(
      AnalyzedDocument first, AnalyzedDocument second, ToDoubleFunction<String> idf) {
    List<Map<String, Double>> firstBags = bags(first, idf);
    List<Map<String, Double>> secondBags = bags(second, idf);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int t = 0; t < secondBags.size(); t++) {
      for (String term : secondBags.get(t).keySet()) {
        postings.computeIfAbsent(term, x -> new ArrayList<>()).add(t);
      }
    }
    List<SentencePair> scored = new ArrayList<>();
    for (int s = 0; s < firstBags.size(); s++) {
      scoreSentence(s, firstBags.get(s), secondBags, postings, scored);
    }
    return greedyOneToOne(scored);
  }

  private void scoreSentence(
      int s,
      Map<String, Double> bag,
      List<Map<String, Double>> secondBags,
      Map<String, List<Integer>> postings,
      List<SentencePair> scored) {
    if (bag.size() < options.minSentenceTerms()) {
      return;
    }
    Map<Integer, Double> shared = new HashMap<>();
    for (Map.Entry<String, Double> term : bag.entrySet()) {
      for (int t : postings.getOrDefault(term.getKey(), List.of())) {
        shared.merge(t, term.getValue(), Double::sum);
      }
    }
    double weight = total(bag);
    for (Map.Entry<Integer, Double> candidate : shared.entrySet()) {
      Map<String, Double> other = secondBags.get(candidate.getKey());
      if (other.size() < options.minSentenceTerms()) {
        continue;
      }
      double dice = 2 * candidate.getValue() / (weight + total(other));
      if (dice >= options.sentenceThreshold()) {
        scored.add(new SentencePair(s, candidate.getKey(), dice));
      }
    }
  }

  private static List<SentencePair> greedyOneToOne(List<SentencePair> scored) {
    scored.sort(
        (x, y) ->
            x.similarity() != y.similarity()
                ? Double.compare(y.similarity(), x.similarity())
                : x.firstSentence() != y.firstSentence()
                    ? Integer.compare(x.firstSentence(), y.firstSentence())
                    : Integer.compare(x.secondSentence(), y.secondSentence()));
    Set<Integer> usedFirst = new HashSet<>();
    Set<Integer> usedSecond = new HashSet<>();
    List<SentencePair> chosen = new ArrayList<>();
    for (SentencePair pair : scored) {
      if (!usedFirst.contains(pair.firstSentence()) && !usedSecond.contains(pair.secondSentence())) {
        usedFirst.add(pair.firstSentence());
        usedSecond.add(pair.secondSentence());
        chosen.add(pair);
      }
    }
    chosen.sort((x, y) -> Integer.compare(x.firstSentence(), y.firstSentence()));
    return chosen;
  }

  /** Each sentence's distinct content terms with their IDF weights. */
  static List<Map<String, Double>> bags(AnalyzedDocument document, ToDoubleFunction<String> idf) {
    String[] terms = document.fingerprint().contentTerms();
    List<Map<String, Double>> bags = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      Map<String, Double> bag = new HashMap<>();
      for (int w = sentence.firstToken(); w < sentence.endToken(); w++) {
        if (terms[w] != null) {
          bag.computeIfAbsent(terms[w], idf::applyAsDouble);
        }
      }
      bags.add(bag);
    }
    return bags;
  }

  private static double total(Map<String, Double> bag) {
    double sum = 0;
    for (double weight : bag.values()) {
      sum += weight;
    }
    return sum;
  }
}
