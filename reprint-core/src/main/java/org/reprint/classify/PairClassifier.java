package org.reprint.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
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

  /** Share of a paraphrase's words that reworded sentences alone must cover. */
  static final double MIN_REWORDED_SHARE = 0.2;

  private final ClassificationOptions options;
  private final int minPassageWords;
  private final DirectionJudge directionJudge;

  /**
   * @param minPassageWords the alignment's minimum verbatim passage length, also the least number of shared
   *     words that quotation marks must surround to count as evidence of direction
   */
  public PairClassifier(ClassificationOptions options, int minPassageWords) {
    this.options = Objects.requireNonNull(options, "options");
    this.minPassageWords = minPassageWords;
    this.directionJudge = new DirectionJudge(minPassageWords);
  }

  public PairJudgement classify(
      AnalyzedDocument first, AnalyzedDocument second, Alignment alignment, double storySimilarity) {
    PairScores scores = scores(first, second, alignment, storySimilarity);
    int rewordedPassages = (int) alignment.passages().stream()
        .filter(p -> p.kind() == PassageKind.REWORDED).count();
    boolean hasVerbatimPassage = alignment.passages().stream()
        .anyMatch(p -> p.kind() == PassageKind.VERBATIM);
    Relation relation = relation(first, second, scores, rewordedPassages, hasVerbatimPassage);
    Direction direction =
        relation == Relation.UNRELATED ? null : directionJudge.judge(first, second, alignment, relation);
    return new PairJudgement(
        first.id(),
        second.id(),
        relation,
        scores,
        direction,
        relation.isReuse() ? alignment.passages() : java.util.List.of(),
        explain(first, second, relation, scores));
  }

  private Relation relation(
      AnalyzedDocument first,
      AnalyzedDocument second,
      PairScores scores,
      int rewordedPassages,
      boolean hasVerbatimPassage) {
    if (first.tokenCount() > 0
        && Arrays.equals(first.fingerprint().tokens().terms(), second.fingerprint().tokens().terms())) {
      return Relation.DUPLICATE;
    }
    if (Math.min(scores.verbatimShareFirst(), scores.verbatimShareSecond())
        >= options.nearDuplicateShare()) {
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
    if (scores.storySimilarity() >= options.storyThreshold()) {
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
    return alignedShare >= options.paraphraseShare()
        && verbatimShare < options.nearDuplicateShare()
        && alignedShare - verbatimShare >= MIN_REWORDED_SHARE;
  }

  private static PairScores scores(
      AnalyzedDocument first, AnalyzedDocument second, Alignment alignment, double storySimilarity) {
    long[] firstSet = first.fingerprint().shingleSet();
    long[] secondSet = second.fingerprint().shingleSet();
    int shared = Shingles.intersectionSize(firstSet, secondSet);
    int union = firstSet.length + secondSet.length - shared;
    return new PairScores(
        union == 0 ? 0 : (double) shared / union,
        firstSet.length == 0 ? 0 : (double) shared / firstSet.length,
        secondSet.length == 0 ? 0 : (double) shared / secondSet.length,
        alignment.alignedShareFirst(),
        alignment.alignedShareSecond(),
        alignment.verbatimShareFirst(),
        alignment.verbatimShareSecond(),
        storySimilarity,
        alignment.longestVerbatimWords());
  }

  private static String explain(
      AnalyzedDocument first, AnalyzedDocument second, Relation relation, PairScores scores) {
    String a = first.id().value();
    String b = second.id().value();
    switch (relation) {
      case DUPLICATE:
        return "same words in the same order once formatting, markup and boilerplate are set aside";
      case NEAR_DUPLICATE:
        return String.format(Locale.ROOT,
            "%s of %s and %s of %s lie in verbatim passages; the rest are small edits",
            percent(scores.verbatimShareFirst()), a, percent(scores.verbatimShareSecond()), b);
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
            "no reused passage of 12 words or more, but the content words are alike (story similarity %.2f)",
            scores.storySimilarity());
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
