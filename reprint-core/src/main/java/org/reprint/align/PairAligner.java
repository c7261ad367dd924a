package org.reprint.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.reprint.document.TextSpan;
import org.reprint.fingerprint.Winnowing;
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
  public record CommonMatch(long key, WordRange firstWords, TextSpan firstOriginal, int documents) {}

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
      int winnowWindow,
      java.util.function.Consumer<CommonMatch> leftOut) {
    return align(first, second, sentenceAligner.align(firstProfile, secondProfile),
        new Boilerplate(common, commonAbove, winnowWindow), leftOut);
  }

  /** What tells corpus boilerplate: the counts, the cap above which a count is common, the winnowing. */
  private record Boilerplate(CommonText common, int commonAbove, int winnowWindow) {
    static final Boilerplate NONE = new Boilerplate(CommonText.NONE, Integer.MAX_VALUE, 1);
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
    long[] firstWinnowed = null; // the first document's winnowed fingerprints, made when a match is checked
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
      if (boilerplateRule != Boilerplate.NONE && firstWinnowed == null) {
        firstWinnowed = Winnowing.fingerprints(first.fingerprint().shingleHashes(), boilerplateRule.winnowWindow());
        java.util.Arrays.sort(firstWinnowed);
      }
      CommonMatch boilerplate = boilerplateRule == Boilerplate.NONE ? null
          : boilerplate(first, firstWinnowed, match, boilerplateRule.common(), boilerplateRule.commonAbove());
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
      longest = Math.max(longest, match.first().length());
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
      passages.add(passage(PassageKind.REWORDED, first, second, firstRange, secondRange,
          0, pair.similarity()));
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
   * The match as corpus boilerplate, or null: every winnowed fingerprint of the first document inside it
   * (there is at least one in any 8 words) is held by more than {@code commonAbove} documents. Stops at the
   * first that is not, which for real reuse is one of the first few.
   */
  private static CommonMatch boilerplate(AnalyzedDocument first, long[] firstWinnowed,
      VerbatimAligner.Match match, CommonText common, int commonAbove) {
    long[] hashes = first.fingerprint().shingleHashes();
    int shingleSize = first.tokenCount() - hashes.length + 1; // shingle p covers words p .. p + k - 1
    int most = 0;
    long key = Long.MAX_VALUE;
    int last = Math.min(match.first().end() - shingleSize + 1, hashes.length); // shingles inside the match
    for (int position = match.first().start(); position < last; position++) {
      if (java.util.Arrays.binarySearch(firstWinnowed, hashes[position]) < 0) {
        continue;
      }
      int documents = common.documents(hashes[position]);
      if (documents <= commonAbove) {
        return null;
      }
      most = Math.max(most, documents);
      key = Math.min(key, hashes[position]);
    }
    return most == 0 ? null
        : new CommonMatch(key, match.first(), originalSpan(first, match.first()), most);
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
