package org.reprint.engine;

import org.reprint.align.Alignment;
import org.reprint.align.PairAligner;
import org.reprint.align.SentenceProfile;
import org.reprint.classify.PairClassifier;
import org.reprint.classify.PairJudgement;
import org.reprint.fingerprint.AnalyzedDocument;

/**
 * The one place where a candidate pair is aligned and classified, whichever entry point found it (a scan's
 * batch join or a query against an index), so that both make the same decisions. Thread-safe.
 */
final class PairJudge {

  private final PairAligner aligner;
  private final PairClassifier classifier;

  PairJudge(ScanOptions options) {
    this.aligner = new PairAligner(options.alignment());
    this.classifier =
        new PairClassifier(options.classification(), options.alignment().minPassageWords());
  }

  /** Judges a pair; {@code first}'s id must sort before {@code second}'s, as in every report. */
  PairJudgement judge(
      AnalyzedDocument first,
      SentenceProfile firstProfile,
      AnalyzedDocument second,
      SentenceProfile secondProfile,
      double storySimilarity) {
    if (first.id().compareTo(second.id()) >= 0) {
      throw new IllegalArgumentException(
          "first must sort before second, got " + first.id() + " and " + second.id());
    }
    Alignment alignment = aligner.align(first, firstProfile, second, secondProfile);
    return classifier.classify(first, second, alignment, storySimilarity);
  }
}
