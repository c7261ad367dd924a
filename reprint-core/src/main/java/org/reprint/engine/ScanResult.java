package org.reprint.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairJudgement;
import org.reprint.cluster.Clustering;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkippedDocument;

/**
 * What a run of the pipeline found, whichever way in it took (a scan, a query against an index). Only
 * {@link Pipeline} makes one.
 *
 * @param scanned the documents compared (for a query: the query articles and the indexed articles related
 *     to them), sorted by id, each with its word count, removed spans and credits
 * @param skipped inputs that could not be used, with reasons, sorted by id
 * @param warnings notes on usable inputs (such as a fallback encoding)
 * @param pairs every related pair (UNRELATED pairs are counted in the statistics, not listed), sorted
 * @param clustering reuse families and stories
 * @param statistics counts and timings
 * @param duplicateGroups articles with the same words judged once through a representative: a pair naming
 *     a representative holds for every member of its group, and each member is paired with it
 * @param boilerplate text so widespread in the corpus that it was left out of every pair, most widespread
 *     first
 */
public record ScanResult(
    List<ScannedDocument> scanned,
    List<SkippedDocument> skipped,
    List<IngestWarning> warnings,
    List<PairJudgement> pairs,
    Clustering clustering,
    ScanStatistics statistics,
    List<DuplicateGroup> duplicateGroups,
    List<Boilerplate> boilerplate) {

  public ScanResult {
    scanned = List.copyOf(scanned);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    pairs = List.copyOf(pairs);
    duplicateGroups = List.copyOf(duplicateGroups);
    boilerplate = List.copyOf(boilerplate);
  }

  /** The documents compared, sorted by id. */
  public List<Document> documents() {
    return scanned.stream().map(ScannedDocument::document).toList();
  }

  /** The scanned document with this id, if it was compared (a linear search). */
  public Optional<ScannedDocument> scanned(DocumentId id) {
    return scanned.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * Each document's credits, by id: for writers that look up both sides of a pair. Made anew at each call,
   * from every document: call it once per report, not once per pair.
   */
  public Map<DocumentId, List<Attribution>> attributions() {
    Map<DocumentId, List<Attribution>> credits = new HashMap<>();
    scanned.forEach(d -> credits.put(d.id(), d.credits()));
    return credits;
  }

  /** The judgement for two documents, in either order, if they were related. */
  public Optional<PairJudgement> pair(String first, String second) {
    return pairs.stream()
        .filter(
            p ->
                (p.first().value().equals(first) && p.second().value().equals(second))
                    || (p.first().value().equals(second) && p.second().value().equals(first)))
        .findFirst();
  }
}
