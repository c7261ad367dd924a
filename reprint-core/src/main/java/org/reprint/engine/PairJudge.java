package org.reprint.engine;

import java.util.List;
import org.reprint.align.Alignment;
import org.reprint.align.PairAligner;
import org.reprint.align.RewriteDetector;
import org.reprint.align.SentenceAligner;
import org.reprint.align.SentenceProfile;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairClassifier;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * The one place where a candidate pair is aligned and classified, whichever source proposed it, so that
 * every way in makes the same decisions. Thread-safe.
 */
final class PairJudge {

  private final PairAligner aligner;
  private final PairClassifier classifier;
  private final org.reprint.align.CommonText common;
  private final int commonAbove;
  private final int winnowWindow;
  private final double storyThreshold;
  private final int minPassageWords;
  private final CorpusBoilerplate boilerplate;
  /** Asked on every pair judged SAME_STORY or PARTIAL_REUSE. */
  private final RewriteDetector lexicalRewrites;
  /** Asked on such pairs when the lexical detector finds no rewrite, or null. */
  private final RewriteDetector rewrites;

  PairJudge(ScanOptions options) {
    this(options, org.reprint.align.CommonText.NONE, null);
  }

  /**
   * A judge that leaves corpus boilerplate out of pairs: verbatim matches whose fingerprints {@code common}
   * counts in more documents than the candidate join follows; each left out is told to {@code boilerplate}.
   */
  PairJudge(ScanOptions options, org.reprint.align.CommonText common, CorpusBoilerplate boilerplate) {
    this.common = common;
    this.commonAbove = options.candidates().maxFingerprintPostings();
    this.winnowWindow = options.fingerprint().winnowWindow();
    this.storyThreshold = options.classification().storyThreshold();
    this.minPassageWords = options.alignment().minPassageWords();
    this.boilerplate = boilerplate;
    this.rewrites = options.rewrites();
    this.lexicalRewrites = new org.reprint.align.LexicalRewriteDetector(options.alignment());
    this.aligner = new PairAligner(options.alignment());
    this.classifier =
        new PairClassifier(options.classification(), options.alignment().minPassageWords());
  }

  /** One document of a pair with what was computed for it once per corpus: sentences and credits. */
  record Side(AnalyzedDocument document, SentenceProfile profile, List<Attribution> credits) {}

  /**
   * A pair ready to judge.
   *
   * @param first the side whose id sorts first
   * @param storySimilarity the TF-IDF cosine of the two documents' story vectors
   */
  record Input(Side first, Side second, double storySimilarity) {

    Input {
      if (first.document().id().compareTo(second.document().id()) >= 0) {
        throw new IllegalArgumentException("first must sort before second, got "
            + first.document().id() + " and " + second.document().id());
      }
    }

    /** The pair of {@code one} and {@code other}, in id order. */
    static Input ordered(Side one, Side other, double storySimilarity) {
      return one.document().id().compareTo(other.document().id()) < 0
          ? new Input(one, other, storySimilarity)
          : new Input(other, one, storySimilarity);
    }
  }

  /**
   * Under how many words a match is short enough to be a formula: twice the shortest reported passage, a
   * sentence; 0 (no formula rule) when the pair tells the same story, where a short shared passage is more
   * likely a quotation of it.
   */
  private int formulaWords(Input pair) {
    return pair.storySimilarity() >= storyThreshold ? 0 : 2 * minPassageWords;
  }

  PairJudgement judge(Input pair) {
    Side first = pair.first();
    Side second = pair.second();
    Alignment alignment = aligner.align(first.document(), first.profile(), second.document(), second.profile(),
        common, commonAbove, formulaWords(pair), winnowWindow,
        boilerplate == null ? null
            : match -> boilerplate.add(match, first.document().document(), second.document().id()));
    PairJudgement judgement = classifier.classify(first.document(), first.credits(), second.document(),
        second.credits(), alignment, pair.storySimilarity());
    boolean undecided =
        judgement.relation() == Relation.SAME_STORY || judgement.relation() == Relation.PARTIAL_REUSE;
    if (!undecided) {
      return judgement;
    }
    PairJudgement rewrite = rewrite(pair, judgement, lexicalRewrites);
    return rewrite == judgement && rewrites != null ? rewrite(pair, judgement, rewrites) : rewrite;
  }

  /**
   * The pair as a rewrite when the detector finds one, aligned with the rewrite's sentences, else the
   * judgement as it was. Asked only of SAME_STORY pairs (the lexical judgement found no reuse, and the
   * stories are alike enough for one text to be rewritten from the other) and PARTIAL_REUSE pairs (it found
   * verbatim passages, and the rest may be reworded from the other).
   */
  private PairJudgement rewrite(Input pair, PairJudgement judgement, RewriteDetector rewrites) {
    Side first = pair.first();
    Side second = pair.second();
    List<SentenceAligner.SentencePair> chain =
        rewrites.rewriteChain(first.document(), first.profile(), second.document(), second.profile());
    if (chain.isEmpty()) {
      return judgement;
    }
    Alignment alignment = aligner.alignRewrite(first.document(), first.profile(), second.document(),
        second.profile(), chain, common, commonAbove, formulaWords(pair), winnowWindow);
    PairJudgement rewrite = classifier.classifyRewrite(first.document(), first.credits(), second.document(),
        second.credits(), alignment, pair.storySimilarity(), rewrites.evidence());
    return rewrite != null ? rewrite : judgement;
  }
}
