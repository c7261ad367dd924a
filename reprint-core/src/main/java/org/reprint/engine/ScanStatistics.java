package org.reprint.engine;

import java.util.Map;
import org.reprint.classify.Relation;

/**
 * Counts and timings of a scan.
 *
 * @param documents documents compared: every usable one of a scan, the usable query articles of a query
 * @param skipped inputs skipped
 * @param candidatePairs pairs the candidate join proposed
 * @param pairsByRelation judged pairs per relation, UNRELATED included
 * @param inputCharacters characters of original text of those documents
 * @param stageMillis wall time per stage, in pipeline order
 * @param indexedDocuments for a query, the articles of the index it was checked against; empty for a scan
 */
public record ScanStatistics(
    int documents,
    int skipped,
    int candidatePairs,
    Map<Relation, Integer> pairsByRelation,
    long inputCharacters,
    Map<String, Long> stageMillis,
    java.util.OptionalInt indexedDocuments) {

  public ScanStatistics {
    pairsByRelation = Map.copyOf(pairsByRelation);
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    java.util.Objects.requireNonNull(indexedDocuments, "indexedDocuments");
  }
}
