package org.reprint.engine;

import org.reprint.align.Alignment;
import org.reprint.align.PairAligner;
import org.reprint.align.SentenceProfile;
import java.util.List;
import org.reprint.classify.Attribution;
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

  /** One document of a pair with what was computed for it once per corpus: sentences and credits. */
  record Side(AnalyzedDocument document, SentenceProfile profile, List<Attribution> credits) {}

  /** Judges a pair; {@code first}'s id must sort before {@code second}'s, as in every report. */
  PairJudgement judge(Side first, Side second, double storySimilarity) {
    if (first.document().id().compareTo(second.document().id()) >= 0) {
      throw new IllegalArgumentException("first must sort before second, got "
          + first.document().id() + " and " + second.document().id());
    }
    Alignment alignment =
        aligner.align(first.document(), first.profile(), second.document(), second.profile());
    return classifier.classify(first.document(), first.credits(), second.document(), second.credits(),
        alignment, storySimilarity);
  }
}
