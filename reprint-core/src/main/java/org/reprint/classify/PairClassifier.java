package org.reprint.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.reprint.align.Alignment;
import org.reprint.align.PassageKind;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.Shingles;

/** Applies the {@link Relation} rules to an aligned pair. Thread-safe. */
public final class PairClassifier {

  /**
   * Reworded sentence pairs a paraphrase needs. Paraphrase is a claim about a whole text; one or two matching
   * sentences are as well explained by shared facts, a common quotation or a wire template.
   */
  static final int MIN_REWORDED_SENTENCES = 3;

  /** A document this much covered by verbatim passages is an excerpt or a copy, not a rewording. */
  static final double EXCERPT_VERBATIM_SHARE = 0.8;

  /**
   * Share of each document's words that must be verbatim (covered by shared shingles of verbatim passages)
   * for a near copy whatever its resemblance: one word in 25 or fewer changed on either side, the edit rate
   * the resemblance threshold describes. Single-word edits scattered through a text cost a resemblance of
   * five shingles each, so six of them in 230 words bring it to 0.77 while 97% of the words stand as they
   * were: a reader's near copy, which the shingle rule alone called partial reuse.
   */
  static final double NEAR_COPY_VERBATIM_SHARE = 0.96;

  /** Aligned share of the shorter text in a rewrite: the detector's chain holds at least half of it. */
  static final double REWRITE_ALIGNED_SHARE = 0.5;

  /** Share of a paraphrase's words that reworded sentences alone must cover. */
  static final double MIN_REWORDED_SHARE = 0.2;

  private final ClassificationOptions options;
  private final int minPassageWords;
  private final DirectionJudge directionJudge;
  private final DivergenceFinder divergenceFinder = new DivergenceFinder();
  private final AttributionFinder attributionFinder = new AttributionFinder();

  /**
   * @param minPassageWords the alignment's minimum verbatim passage length, also the least number of shared
   *     words that quotation marks must surround to count as evidence of direction
   */
  public PairClassifier(ClassificationOptions options, int minPassageWords) {
    this.options = Objects.requireNonNull(options, "options");
    this.minPassageWords = minPassageWords;
    this.directionJudge = new DirectionJudge(minPassageWords);
  }

  /** Classifies a pair, finding the two documents' credits to news agencies on the way. */
  public PairJudgement classify(
      AnalyzedDocument first, AnalyzedDocument second, Alignment alignment, double storySimilarity) {
    return classify(first, attributionFinder.find(first), second, attributionFinder.find(second), alignment,
        storySimilarity);
  }

  /** Classifies a pair whose credits ({@link AttributionFinder}) were found once for the whole corpus. */
  public PairJudgement classify(
      AnalyzedDocument first,
      List<Attribution> firstCredits,
      AnalyzedDocument second,
      List<Attribution> secondCredits,
      Alignment alignment,
      double storySimilarity) {
    PairScores scores = scores(first, second, alignment, storySimilarity);
    int rewordedPassages = (int) alignment.passages().stream()
        .filter(p -> p.kind() == PassageKind.REWORDED).count();
    boolean hasVerbatimPassage = alignment.passages().stream()
        .anyMatch(p -> p.kind() == PassageKind.VERBATIM);
    Relation relation = relation(first, second, scores, rewordedPassages, hasVerbatimPassage);
    Direction direction = relation == Relation.UNRELATED
        ? null
        : directionJudge.judge(first, firstCredits, second, secondCredits, alignment, relation);
    boolean reuse = relation.isReuse();
    StoryEvidence evidence = relation == Relation.SAME_STORY ? StoryEvidence.of(first, second) : null;
    String explanation = explain(first, second, relation, scores, minPassageWords);
    if (reuse) {
      explanation += sharedSourceNote(first, firstCredits, second, secondCredits);
    }
    if (evidence != null && !evidence.describe().isEmpty()) {
      explanation += ": " + evidence.describe();
    }
    return new PairJudgement(
        first.id(),
        second.id(),
        relation,
        scores,
        direction,
        reuse ? alignment.passages() : List.of(),
        reuse ? divergenceFinder.find(first, second, alignment.passages()) : List.of(),
        explanation,
        evidence);
  }

  /**
   * Classifies a pair that a {@link org.reprint.align.RewriteDetector} found rewritten sentence by sentence,
   * aligned with the rewrite's sentence pairs: PARAPHRASE, with the rewrite's evidence named in the
   * explanation, its direction and its divergences found as for any reuse; or null when the alignment shows
   * no rewording, so that the pair keeps its first judgement. A rewording, as for any paraphrase: at least
   * {@value #MIN_REWORDED_SENTENCES} reworded sentence pairs, and in the shorter text an aligned share of at
   * least half (the detector's chain), under {@value #EXCERPT_VERBATIM_SHARE} verbatim, and at least
   * {@value #MIN_REWORDED_SHARE} reworded alone. (A chain whose sentences are mostly verbatim is partial
   * reuse, which the first judgement said.)
   *
   * @param evidence what found the rewrite, in a few words
   */
  public PairJudgement classifyRewrite(
      AnalyzedDocument first,
      List<Attribution> firstCredits,
      AnalyzedDocument second,
      List<Attribution> secondCredits,
      Alignment alignment,
      double storySimilarity,
      String evidence) {
    PairScores scores = scores(first, second, alignment, storySimilarity);
    long reworded = alignment.passages().stream().filter(p -> p.kind() == PassageKind.REWORDED).count();
    boolean firstShorter = first.tokenCount() <= second.tokenCount();
    if (reworded < MIN_REWORDED_SENTENCES || !reworded(
        firstShorter ? scores.alignedShareFirst() : scores.alignedShareSecond(),
        firstShorter ? scores.verbatimShareFirst() : scores.verbatimShareSecond(), REWRITE_ALIGNED_SHARE)) {
      return null;
    }
    Direction direction =
        directionJudge.judge(first, firstCredits, second, secondCredits, alignment, Relation.PARAPHRASE);
    String explanation = String.format(Locale.ROOT,
        "rewritten sentence by sentence, found by %s: %d reworded sentence pairs; aligned passages cover %s"
            + " of %s and %s of %s, %s and %s word for word",
        evidence, reworded, percent(scores.alignedShareFirst()), first.id().value(),
        percent(scores.alignedShareSecond()), second.id().value(), percent(scores.verbatimShareFirst()),
        percent(scores.verbatimShareSecond()))
        + sharedSourceNote(first, firstCredits, second, secondCredits);
    return new PairJudgement(first.id(), second.id(), Relation.PARAPHRASE, scores, direction,
        alignment.passages(), divergenceFinder.find(first, second, alignment.passages()), explanation, null);
  }

  private static String sharedSourceNote(
      AnalyzedDocument first,
      List<Attribution> firstCredits,
      AnalyzedDocument second,
      List<Attribution> secondCredits) {
    Set<NewsAgency> shared = DirectionJudge.sharedSource(first, firstCredits, second, secondCredits);
    if (shared.isEmpty()) {
      return "";
    }
    String names = String.join(", ", shared.stream().map(NewsAgency::shortName).toList());
    return "; both credit " + names + ", which neither is, so both probably take the text from " + names;
  }

  private Relation relation(
      AnalyzedDocument first,
      AnalyzedDocument second,
      PairScores scores,
      int rewordedPassages,
      boolean hasVerbatimPassage) {
    if (sameWords(first, second)) {
      return Relation.DUPLICATE;
    }
    if (scores.resemblance() >= options.nearDuplicateResemblance()
        || Math.min(scores.verbatimShareFirst(), scores.verbatimShareSecond()) >= NEAR_COPY_VERBATIM_SHARE) {
      return Relation.NEAR_DUPLICATE;
    }
    if (rewordedPassages >= MIN_REWORDED_SENTENCES
        && (reworded(scores.alignedShareFirst(), scores.verbatimShareFirst())
            || reworded(scores.alignedShareSecond(), scores.verbatimShareSecond()))) {
      return Relation.PARAPHRASE;
    }
    if (hasVerbatimPassage) {
      return Relation.PARTIAL_REUSE; // the aligner reports only passages of the minimum length
    }
    Integer daysApart = StoryEvidence.daysApart(first, second);
    if (scores.storySimilarity() >= options.storyThreshold()
        && (daysApart == null || daysApart <= options.storyWindowDays())) {
      return Relation.SAME_STORY;
    }
    return Relation.UNRELATED;
  }

  /**
   * Most of the document is aligned, not mostly verbatim (that would be an excerpt), and a real part of it
   * ({@value #MIN_REWORDED_SHARE}) is covered by reworded sentences alone: a text that matches only where its
   * words are verbatim, with numbers changed in between, is a filled-in template, not a rewording.
   */
  private boolean reworded(double alignedShare, double verbatimShare) {
    return reworded(alignedShare, verbatimShare, options.paraphraseShare());
  }

  private static boolean reworded(double alignedShare, double verbatimShare, double paraphraseShare) {
    return alignedShare >= paraphraseShare
        && verbatimShare < EXCERPT_VERBATIM_SHARE
        && alignedShare - verbatimShare >= MIN_REWORDED_SHARE;
  }

  /**
   * Whether a pair may be DUPLICATE or NEAR_DUPLICATE, checked without alignment, so that a near-duplicate
   * search can drop its other candidates before judging them: the same words, the resemblance threshold,
   * or each document covered by the other's shingles for at least {@value #NEAR_COPY_VERBATIM_SHARE} of its
   * words (verbatim passages cover no more than the shared shingles do, so no near copy fails this check).
   * A pair that passes is judged in full; the search keeps it if the judgement says DUPLICATE or
   * NEAR_DUPLICATE.
   */
  public boolean nearDuplicates(AnalyzedDocument first, AnalyzedDocument second) {
    if (sameWords(first, second)
        || resemblance(first.fingerprint().shingleSet(), second.fingerprint().shingleSet())
            >= options.nearDuplicateResemblance()) {
      return true;
    }
    return coveredShare(first, second) >= NEAR_COPY_VERBATIM_SHARE
        && coveredShare(second, first) >= NEAR_COPY_VERBATIM_SHARE;
  }

  /** The share of {@code document}'s words inside a shingle that {@code other} holds too. */
  private static double coveredShare(AnalyzedDocument document, AnalyzedDocument other) {
    long[] hashes = document.fingerprint().shingleHashes();
    long[] otherSet = other.fingerprint().shingleSet();
    int words = document.tokenCount();
    if (hashes.length == 0 || words == 0) {
      return 0;
    }
    int shingleSize = words - hashes.length + 1;
    int covered = 0;
    int coveredUpTo = 0; // words before this one are counted
    for (int i = 0; i < hashes.length; i++) {
      if (Arrays.binarySearch(otherSet, hashes[i]) >= 0) {
        int end = i + shingleSize;
        covered += end - Math.max(i, coveredUpTo);
        coveredUpTo = end;
      }
    }
    return (double) covered / words;
  }

  private static boolean sameWords(AnalyzedDocument first, AnalyzedDocument second) {
    return first.tokenCount() > 0
        && Arrays.equals(first.fingerprint().tokens().terms(), second.fingerprint().tokens().terms());
  }

  /** The Jaccard resemblance of two sorted shingle sets; 0 for two empty sets. */
  private static double resemblance(long[] firstSet, long[] secondSet) {
    int shared = Shingles.intersectionSize(firstSet, secondSet);
    int union = firstSet.length + secondSet.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  private static PairScores scores(
      AnalyzedDocument first, AnalyzedDocument second, Alignment alignment, double storySimilarity) {
    long[] firstSet = first.fingerprint().shingleSet();
    long[] secondSet = second.fingerprint().shingleSet();
    int shared = Shingles.intersectionSize(firstSet, secondSet);
    return new PairScores(
        resemblance(firstSet, secondSet),
        firstSet.length == 0 ? 0 : (double) shared / firstSet.length,
        secondSet.length == 0 ? 0 : (double) shared / secondSet.length,
        alignment.alignedShareFirst(),
        alignment.alignedShareSecond(),
        alignment.verbatimShareFirst(),
        alignment.verbatimShareSecond(),
        storySimilarity,
        alignment.longestVerbatimWords());
  }

  /**
   * The explanation of a relation, from the figures the report shows beside it ({@link PairScores}, the
   * options): a reader can check each number against the scores.
   */
  private static String explain(AnalyzedDocument first, AnalyzedDocument second, Relation relation,
      PairScores scores, int minPassageWords) {
    String a = first.id().value();
    String b = second.id().value();
    switch (relation) {
      case DUPLICATE:
        return "same words in the same order once formatting, markup and boilerplate are set aside";
      case NEAR_DUPLICATE:
        return String.format(Locale.ROOT,
            "word-shingle resemblance %.2f: %s of %s and %s of %s are verbatim; the rest are small edits",
            scores.resemblance(), percent(scores.verbatimShareFirst()), a,
            percent(scores.verbatimShareSecond()), b);
      case PARAPHRASE:
        return String.format(Locale.ROOT,
            "aligned passages cover %s of %s and %s of %s, but only %s and %s word for word: reworded",
            percent(scores.alignedShareFirst()), a, percent(scores.alignedShareSecond()), b,
            percent(scores.verbatimShareFirst()), percent(scores.verbatimShareSecond()));
      case PARTIAL_REUSE:
        return String.format(Locale.ROOT,
            "shared passages (longest %d words verbatim) cover %s of %s and %s of %s",
            scores.longestPassageWords(), percent(scores.alignedShareFirst()), a,
            percent(scores.alignedShareSecond()), b);
      case SAME_STORY:
        return String.format(Locale.ROOT,
            "no reused passage of %d words or more, but the content words are alike (story similarity %.2f)",
            minPassageWords, scores.storySimilarity());
      default:
        return String.format(Locale.ROOT,
            "no reused passage and little shared content (story similarity %.2f)",
            scores.storySimilarity());
    }
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
