package org.reprint.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reprint.align.SentenceAligner.SentencePair;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.ContentTerms;
import org.reprint.fingerprint.Sentence;

/**
 * The rule every {@link RewriteDetector} applies to the sentence pairs it finds alike. The signal a rewrite
 * leaves: many of its sentences each say what one sentence of the source says, mostly in the source's order.
 * So the pairs are taken one to one, best first; the longest chain of them in the same order on both sides is
 * a rewrite when it has at least {@value #MIN_PAIRS} pairs and its sentences hold at least {@value #SHARE} of
 * the shorter text's words. A pair whose sentences both state names or figures and share none is left out
 * first ({@link #statesOtherFacts}).
 *
 * <p>Independent reports of one event share a fact now and then, and a sentence or two that must be said
 * the same way; they do not share a chain that holds most of either text.
 */
public final class RewriteChains {

  /** The fewest in-order sentence pairs that make a rewrite: two are as well explained by shared facts. */
  public static final int MIN_PAIRS = 3;

  /** The least share of the shorter text's words the chain's sentences hold: more rewritten than its own. */
  public static final double SHARE = 0.5;

  /**
   * The least share of the figures of the text stating fewer that the other states too. On the development
   * folders of {@code evaluation/rewrites/} heavy revisions keep 0.79 to 1.00 of them and independent
   * reports of the same events share 0.31 to 0.78; on Reuters-21578, pairs that the lexical chains alone
   * called rewrites (mostly a wire's templates and its reports of one story on different days) shared a
   * median of 0.50.
   */
  static final double KEPT_FIGURES = 0.75;

  /** Texts stating fewer figures are not asked to keep them: two or three say too little. */
  static final int MIN_FIGURES = 4;

  private RewriteChains() {}

  /**
   * The rewrite chain of two documents given their alike sentence pairs (any order, each with its
   * similarity), or an empty list when the pairs make no rewrite.
   */
  public static List<SentencePair> chain(
      AnalyzedDocument first, AnalyzedDocument second, List<SentencePair> alike) {
    return chain(first, second, alike, MIN_PAIRS, false);
  }

  /**
   * As {@link #chain(AnalyzedDocument, AnalyzedDocument, List)}, with a chain of {@code minPairs} or more
   * that holds, when {@code bothSides}, at least {@link #SHARE} of each text, not only of the shorter.
   */
  public static List<SentencePair> chain(AnalyzedDocument first, AnalyzedDocument second,
      List<SentencePair> alike, int minPairs, boolean bothSides) {
    List<SentencePair> factual = new ArrayList<>();
    for (SentencePair pair : alike) {
      if (!statesOtherFacts(first, pair.firstSentence(), second, pair.secondSentence())) {
        factual.add(pair);
      }
    }
    List<SentencePair> chain = longestInOrder(
        SentenceAligner.greedyOneToOne(factual, first.sentences().size(), second.sentences().size()));
    return chain.size() >= minPairs && shorterShare(first, second, chain) >= SHARE
        && (!bothSides || Math.min(share(first, chain, true), share(second, chain, false)) >= SHARE)
        && keepsFigures(first, second) ? chain : List.of();
  }

  /**
   * Whether the text stating fewer figures finds at least {@value #KEPT_FIGURES} of them in the other, or
   * states fewer than {@value #MIN_FIGURES}. A rewrite keeps its source's facts; reports of one event on two
   * days, and a wire's template filled in for two bond issues or two companies' results, state their own.
   */
  static boolean keepsFigures(AnalyzedDocument first, AnalyzedDocument second) {
    Set<String> one = figures(first);
    Set<String> other = figures(second);
    Set<String> fewer = one.size() <= other.size() ? one : other;
    Set<String> more = fewer == one ? other : one;
    if (fewer.size() < MIN_FIGURES) {
      return true;
    }
    long kept = fewer.stream().filter(more::contains).count();
    return kept >= KEPT_FIGURES * fewer.size();
  }

  private static Set<String> figures(AnalyzedDocument document) {
    Set<String> figures = new HashSet<>();
    for (int token = 0; token < document.tokenCount(); token++) {
      String term = document.fingerprint().tokens().term(token).toLowerCase(Locale.ROOT);
      if (isFigure(term)) {
        figures.add(term.replace(",", ""));
      }
    }
    return figures;
  }

  private static boolean isFigure(String lowerCaseTerm) {
    return lowerCaseTerm.chars().anyMatch(Character::isDigit) || ContentTerms.isCalendarWord(lowerCaseTerm);
  }

  /** The share of the shorter document's words that the chain's sentences on its side hold. */
  public static double shorterShare(AnalyzedDocument first, AnalyzedDocument second, List<SentencePair> chain) {
    boolean firstShorter = first.tokenCount() <= second.tokenCount();
    AnalyzedDocument shorter = firstShorter ? first : second;
    int words = 0;
    for (SentencePair pair : chain) {
      words += shorter.sentences().get(firstShorter ? pair.firstSentence() : pair.secondSentence()).tokenCount();
    }
    return (double) words / Math.max(1, shorter.tokenCount());
  }

  /** The share of one document's words that the chain's sentences on its side hold. */
  static double share(AnalyzedDocument document, List<SentencePair> chain, boolean firstSide) {
    int words = 0;
    for (SentencePair pair : chain) {
      words += document.sentences().get(firstSide ? pair.firstSentence() : pair.secondSentence()).tokenCount();
    }
    return (double) words / Math.max(1, document.tokenCount());
  }

  /** The longest run of pairs increasing on both sides (pairs given in first order); the first of equals. */
  public static List<SentencePair> longestInOrder(List<SentencePair> pairs) {
    int[] length = new int[pairs.size()];
    int[] previous = new int[pairs.size()];
    int best = -1;
    for (int i = 0; i < pairs.size(); i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (pairs.get(j).secondSentence() < pairs.get(i).secondSentence() && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      best = best < 0 || length[i] > length[best] ? i : best;
    }
    List<SentencePair> chain = new ArrayList<>();
    for (int i = best; i >= 0; i = previous[i]) {
      chain.add(0, pairs.get(i));
    }
    return chain;
  }

  /**
   * Whether two sentences state other facts: both state figures (numbers, months, weekdays) and share
   * none, or both state figures or names and share none of either. A rewrite keeps its source's facts; the lines of two fixture
   * lists ("Man Utd v Everton", "Yeading v Newcastle") or one monthly template filled in for two months
   * ("US output rose for the 21st month in February", "US output rose in December") are alike and state
   * different facts. (Names and figures were first taken as one set of facts, so that a shared "US" let
   * the two months pass: on BBC News a February and a December report of one survey became a rewrite.
   * Names alone are not asked to agree: a rewrite says "the Scottish capital" for "Edinburgh".)
   */
  public static boolean statesOtherFacts(AnalyzedDocument first, int firstSentence, AnalyzedDocument second,
      int secondSentence) {
    Facts one = facts(first, first.sentences().get(firstSentence));
    Facts other = facts(second, second.sentences().get(secondSentence));
    return disjoint(one.figures(), other.figures()) || disjoint(one.all(), other.all());
  }

  /** Whether both sets are non-empty and share nothing. */
  private static boolean disjoint(Set<String> one, Set<String> other) {
    return !one.isEmpty() && !other.isEmpty() && java.util.Collections.disjoint(one, other);
  }

  /** A sentence's figures (tokens holding a digit, month and weekday names) and names, lower case. */
  private record Facts(Set<String> figures, Set<String> names) {
    Set<String> all() {
      Set<String> all = new HashSet<>(figures);
      all.addAll(names);
      return all;
    }
  }

  private static Facts facts(AnalyzedDocument document, Sentence sentence) {
    Facts facts = new Facts(new HashSet<>(), new HashSet<>());
    boolean[] names = document.fingerprint().properNames();
    for (int token = sentence.firstToken(); token < sentence.endToken(); token++) {
      String term = document.fingerprint().tokens().term(token).toLowerCase(Locale.ROOT);
      if (isFigure(term)) {
        facts.figures().add(term.replace(",", ""));
      } else if (names[token]) {
        facts.names().add(term);
      }
    }
    return facts;
  }
}
