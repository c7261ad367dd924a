package org.reprint.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.reprint.document.TextSpan;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Sentence;
import org.reprint.fingerprint.TokenSequence;

/**
 * Aligns two documents: verbatim passages first, then reworded sentences that no verbatim passage already
 * explains. Thread-safe.
 */
public final class PairAligner {

  private final VerbatimAligner verbatimAligner;
  private final SentenceAligner sentenceAligner;

  public PairAligner(AlignmentOptions options) {
    Objects.requireNonNull(options, "options");
    this.verbatimAligner = new VerbatimAligner(options);
    this.sentenceAligner = new SentenceAligner(options);
  }

  /** Aligns two documents, building their sentence profiles with {@code idf} on the way. */
  public Alignment align(AnalyzedDocument first, AnalyzedDocument second, ToDoubleFunction<String> idf) {
    return align(first, second, sentenceAligner.align(first, second, idf));
  }

  /** Aligns two documents whose sentence profiles were made once for the whole corpus. */
  public Alignment align(
      AnalyzedDocument first,
      SentenceProfile firstProfile,
      AnalyzedDocument second,
      SentenceProfile secondProfile) {
    return align(first, second, sentenceAligner.align(firstProfile, secondProfile));
  }

  /** A verbatim match left out as corpus boilerplate: where it is, and how many documents hold it. */
  public record CommonMatch(
      long key, WordRange firstWords, TextSpan firstOriginal, int documents, boolean formula) {}

  /**
   * As {@link #align(AnalyzedDocument, SentenceProfile, AnalyzedDocument, SentenceProfile)}, leaving out
   * verbatim matches that are corpus boilerplate: every one of their shingles that some document holds as a
   * winnowed fingerprint is held by more than {@code commonAbove} documents ({@link CommonText}).
   *
   * @param leftOut receives the matches left out, or is null
   */
  public Alignment align(
      AnalyzedDocument first,
      SentenceProfile firstProfile,
      AnalyzedDocument second,
      SentenceProfile secondProfile,
      CommonText common,
      int commonAbove,
      int formulaWords,
      int winnowWindow,
      java.util.function.Consumer<CommonMatch> leftOut) {
    return align(first, second, sentenceAligner.align(firstProfile, secondProfile),
        new Boilerplate(common, commonAbove, formulaWords, winnowWindow), leftOut);
  }

  /**
   * As the boilerplate-aware {@code align}, with a rewrite's sentence pairs ({@link RewriteDetector}) aligned
   * too where no pair of the scorer's holds their sentences.
   */
  public Alignment alignRewrite(
      AnalyzedDocument first,
      SentenceProfile firstProfile,
      AnalyzedDocument second,
      SentenceProfile secondProfile,
      List<SentenceAligner.SentencePair> rewrite,
      CommonText common,
      int commonAbove,
      int formulaWords,
      int winnowWindow) {
    List<SentenceAligner.SentencePair> pairs =
        new ArrayList<>(sentenceAligner.align(firstProfile, secondProfile));
    java.util.Set<Integer> firstUsed = new java.util.HashSet<>();
    java.util.Set<Integer> secondUsed = new java.util.HashSet<>();
    pairs.forEach(pair -> {
      firstUsed.add(pair.firstSentence());
      secondUsed.add(pair.secondSentence());
    });
    for (SentenceAligner.SentencePair pair : rewrite) {
      if (!firstUsed.contains(pair.firstSentence()) && !secondUsed.contains(pair.secondSentence())) {
        pairs.add(pair);
      }
    }
    pairs.sort(Comparator.comparingInt(SentenceAligner.SentencePair::firstSentence));
    return align(first, second, pairs, new Boilerplate(common, commonAbove, formulaWords, winnowWindow), null);
  }

  /**
   * What tells corpus boilerplate: the counts; the count above which any match is boilerplate; the length
   * under which a match is a formula from {@link CommonText#FORMULA_DOCUMENTS} documents (0: no formula rule,
   * for a pair that tells the same story); the winnowing.
   */
  private record Boilerplate(CommonText common, int commonAbove, int formulaWords, int winnowWindow) {
    static final Boilerplate NONE = new Boilerplate(CommonText.NONE, Integer.MAX_VALUE, 0, 1);

    int above(WordRange match) {
      return match.length() < formulaWords ? Math.min(commonAbove, CommonText.FORMULA_DOCUMENTS - 1) : commonAbove;
    }
  }

  private Alignment align(
      AnalyzedDocument first,
      AnalyzedDocument second,
      List<SentenceAligner.SentencePair> sentencePairs) {
    return align(first, second, sentencePairs, Boilerplate.NONE, null);
  }

  private Alignment align(
      AnalyzedDocument first,
      AnalyzedDocument second,
      List<SentenceAligner.SentencePair> sentencePairs,
      Boilerplate boilerplateRule,
      java.util.function.Consumer<CommonMatch> leftOut) {
    int firstWords = first.tokenCount();
    int secondWords = second.tokenCount();
    // Passage ranges (gap words included) decide which sentences a verbatim passage already explains;
    // the shared-shingle coverage alone (gaps excluded) is the verbatim share.
    boolean[] firstVerbatim = new boolean[firstWords];
    boolean[] secondVerbatim = new boolean[secondWords];
    java.util.BitSet firstShared = new java.util.BitSet(firstWords);
    java.util.BitSet secondShared = new java.util.BitSet(secondWords);
    List<AlignedPassage> passages = new ArrayList<>();
    int longest = 0;
    for (VerbatimAligner.Match match :
        verbatimAligner.align(
            first.fingerprint().shingleHashes(),
            first.fingerprint().shingleOrder(),
            firstWords,
            second.fingerprint().shingleHashes(),
            second.fingerprint().shingleOrder(),
            secondWords)) {
      CommonMatch boilerplate = boilerplateRule == Boilerplate.NONE ? null
          : boilerplate(first, match, boilerplateRule.common(), boilerplateRule.above(match.first()),
              boilerplateRule.commonAbove(), boilerplateRule.winnowWindow());
      if (boilerplate != null) {
        if (leftOut != null) {
          leftOut.accept(boilerplate);
        }
        continue;
      }
      mark(firstVerbatim, match.first());
      mark(secondVerbatim, match.second());
      firstShared.or(match.firstShared());
      secondShared.or(match.secondShared());
      longest = Math.max(longest, match.longestExactRun()); // words that match exactly, not bridged gaps
      double share = (double) match.verbatimWords() / match.first().length();
      passages.add(passage(PassageKind.VERBATIM, first, second, match.first(), match.second(),
          match.verbatimWords(), share));
    }
    boolean[] firstAligned = firstVerbatim.clone();
    boolean[] secondAligned = secondVerbatim.clone();
    for (SentenceAligner.SentencePair pair : sentencePairs) {
      WordRange firstRange = words(first.sentences().get(pair.firstSentence()));
      WordRange secondRange = words(second.sentences().get(pair.secondSentence()));
      if (mostlyMarked(firstVerbatim, firstRange) || mostlyMarked(secondVerbatim, secondRange)) {
        continue; // a verbatim passage already explains this sentence
      }
      mark(firstAligned, firstRange);
      mark(secondAligned, secondRange);
      // the part of each sentence no verbatim passage holds: a word is verbatim or reworded, not both
      passages.add(passage(PassageKind.REWORDED, first, second, unmarkedRun(firstVerbatim, firstRange),
          unmarkedRun(secondVerbatim, secondRange), 0, pair.similarity()));
    }
    passages.sort(Comparator.comparingInt((AlignedPassage p) -> p.firstWords().start())
        .thenComparingInt(p -> p.secondWords().start()));
    return new Alignment(
        passages,
        firstWords == 0 ? 0 : (double) firstShared.cardinality() / firstWords,
        secondWords == 0 ? 0 : (double) secondShared.cardinality() / secondWords,
        share(firstAligned),
        share(secondAligned),
        longest);
  }

  /**
   * The match as corpus boilerplate, or null. A window of {@code w} shingles that lies wholly inside the
   * match has the same hashes in every document that holds the match, so its smallest hash is a winnowed
   * fingerprint of each of them (Schleimer et al. 2003): those fingerprints are counted in at least every
   * document holding the text, whichever neighbours it has. The match is boilerplate when each of them is
   * held by more than {@code commonAbove} documents. Stops at the first that is not, which for real reuse
   * is one of the first few. A match too short for one whole window is never boilerplate.
   */
  private static CommonMatch boilerplate(AnalyzedDocument first, VerbatimAligner.Match match,
      CommonText common, int commonAbove, int boilerplateAbove, int window) {
    long[] hashes = first.fingerprint().shingleHashes();
    int shingleSize = first.tokenCount() - hashes.length + 1; // shingle p covers words p .. p + k - 1
    int end = Math.min(match.first().end() - shingleSize + 1, hashes.length); // shingles inside the match
    int most = 0;
    long key = Long.MAX_VALUE;
    for (int start = match.first().start(); start + window <= end; start++) {
      long minimum = hashes[start];
      for (int position = start + 1; position < start + window; position++) {
        minimum = Math.min(minimum, hashes[position]);
      }
      int documents = common.documents(minimum);
      if (documents <= commonAbove) {
        return null;
      }
      most = Math.max(most, documents);
      key = Math.min(key, minimum);
    }
    return most == 0 ? null : new CommonMatch(key, match.first(), originalSpan(first, match.first()), most,
        most <= boilerplateAbove);
  }

  private static AlignedPassage passage(
      PassageKind kind,
      AnalyzedDocument first,
      AnalyzedDocument second,
      WordRange firstRange,
      WordRange secondRange,
      int verbatimWords,
      double similarity) {
    return new AlignedPassage(
        kind,
        firstRange,
        secondRange,
        originalSpan(first, firstRange),
        originalSpan(second, secondRange),
        verbatimWords,
        similarity);
  }

  /** The original-text span of a word range: from its first word's first char to its last word's end. */
  static TextSpan originalSpan(AnalyzedDocument document, WordRange range) {
    TokenSequence tokens = document.fingerprint().tokens();
    int start = tokens.starts()[range.start()];
    int end = tokens.ends()[range.end() - 1];
    return document.normalized().offsets().toOriginal(start, end);
  }

  private static WordRange words(Sentence sentence) {
    return new WordRange(sentence.firstToken(), sentence.endToken());
  }

  private static void mark(boolean[] marks, WordRange range) {
    java.util.Arrays.fill(marks, range.start(), range.end(), true);
  }

  /**
   * The longest run of {@code range} that {@code marks} leaves unmarked (the first of equal runs), or the
   * whole range when all of it is marked. A reworded sentence that a verbatim passage reaches into is
   * reported without the verbatim words, so that the pair's passages never overlap.
   */
  static WordRange unmarkedRun(boolean[] marks, WordRange range) {
    int bestStart = range.start();
    int bestLength = 0;
    int runStart = -1;
    for (int i = range.start(); i <= range.end(); i++) {
      boolean free = i < range.end() && !marks[i];
      if (free && runStart < 0) {
        runStart = i;
      } else if (!free && runStart >= 0) {
        if (i - runStart > bestLength) {
          bestStart = runStart;
          bestLength = i - runStart;
        }
        runStart = -1;
      }
    }
    return bestLength == 0 ? range : new WordRange(bestStart, bestStart + bestLength);
  }

  private static boolean mostlyMarked(boolean[] marks, WordRange range) {
    int marked = 0;
    for (int i = range.start(); i < range.end(); i++) {
      if (marks[i]) {
        marked++;
      }
    }
    return marked * 2 > range.length();
  }

  private static double share(boolean[] marks) {
    if (marks.length == 0) {
      return 0;
    }
    int marked = 0;
    for (boolean mark : marks) {
      if (mark) {
        marked++;
      }
    }
    return (double) marked / marks.length;
  }
}
