package org.reprint.engine;

import java.util.List;
import org.reprint.align.CommonText;
import org.reprint.align.SentenceProfile;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairJudgement;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.index.CorpusStatistics;

/**
 * The pipeline's judging of one candidate pair, for a run whose pairs are spread over machines (the Spark
 * job): the same {@link PairJudge} a scan uses, fed the same inputs. Corpus statistics may cover only the
 * two documents' terms, with document frequencies from the whole corpus: IDF depends on those alone, which
 * is how a query judges against the index and gets a scan's decisions ({@code IndexedScanEquivalenceTest}).
 * Thread-safe; corpus boilerplate is left out of pairs as in a scan, but not collected into a report.
 */
public final class PairJudging {

  private final PairJudge judge;
  private final org.reprint.classify.PairClassifier classifier;

  /**
   * @param common how many documents of the corpus hold a winnowed fingerprint, for those held by 20 or
   *     more (formulas) or by more than the candidate join follows (boilerplate)
   */
  public PairJudging(ScanOptions options, CommonText common) {
    this.judge = new PairJudge(options, common, null);
    this.classifier = new org.reprint.classify.PairClassifier(options.classification(),
        options.alignment().minPassageWords());
  }

  /**
   * Whether two documents are DUPLICATE or NEAR_DUPLICATE, by the relation's first two rules, which need no
   * alignment: the check a near-duplicate search makes before judging, as {@code scan
   * --near-duplicates-only} does.
   */
  public boolean nearDuplicates(AnalyzedDocument one, AnalyzedDocument other) {
    return classifier.nearDuplicates(one, other);
  }

  /**
   * Aligns and classifies two documents, in either order.
   *
   * @param statistics corpus statistics holding at least both documents' content terms
   * @param storySimilarity the TF-IDF cosine of their story vectors under those statistics
   */
  public PairJudgement judge(
      AnalyzedDocument one,
      List<Attribution> oneCredits,
      AnalyzedDocument other,
      List<Attribution> otherCredits,
      CorpusStatistics statistics,
      double storySimilarity) {
    PairJudge.Side first = new PairJudge.Side(one,
        SentenceProfile.of(one, statistics::termId, statistics::idf), oneCredits);
    PairJudge.Side second = new PairJudge.Side(other,
        SentenceProfile.of(other, statistics::termId, statistics::idf), otherCredits);
    return judge.judge(PairJudge.Input.ordered(first, second, storySimilarity));
  }
}
