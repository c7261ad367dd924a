package org.reprint.engine;

import java.util.List;
import java.util.Map;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.Clustering;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkippedDocument;
import org.reprint.normalize.RemovedSpan;

/**
 * What a scan found.
 *
 * @param documents the documents compared, sorted by id
 * @param wordCounts per document, the number of words compared
 * @param removed per document, the original-text spans normalization dropped and the rule that did it
 * @param attributions per document, where it credits a news agency, in text order
 * @param skipped inputs that could not be used, with reasons
 * @param warnings notes on usable inputs (such as a fallback encoding)
 * @param pairs every related pair (UNRELATED pairs are counted in the statistics, not listed), sorted
 * @param clustering reuse families and stories
 * @param statistics counts and timings
 */
public record ScanResult(
    List<Document> documents,
    Map<DocumentId, Integer> wordCounts,
    Map<DocumentId, List<RemovedSpan>> removed,
    Map<DocumentId, List<Attribution>> attributions,
    List<SkippedDocument> skipped,
    List<IngestWarning> warnings,
    List<PairJudgement> pairs,
    Clustering clustering,
    ScanStatistics statistics) {

  public ScanResult {
    documents = List.copyOf(documents);
    wordCounts = Map.copyOf(wordCounts);
    removed = Map.copyOf(removed);
    attributions = Map.copyOf(attributions);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    pairs = List.copyOf(pairs);
  }

  /** The judgement for two documents, in either order, if they were related. */
  public java.util.Optional<PairJudgement> pair(String first, String second) {
    return pairs.stream()
        .filter(
            p ->
                (p.first().value().equals(first) && p.second().value().equals(second))
                    || (p.first().value().equals(second) && p.second().value().equals(first)))
        .findFirst();
  }
}
