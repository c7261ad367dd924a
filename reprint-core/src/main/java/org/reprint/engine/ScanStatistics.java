package org.reprint.engine;

import java.util.Map;
import org.reprint.classify.Relation;

/**
 * Counts and timings of a scan.
 *
 * @param documents documents compared
 * @param skipped inputs skipped
 * @param candidatePairs pairs the candidate join proposed
 * @param pairsByRelation judged pairs per relation, UNRELATED included
 * @param inputCharacters characters of original text read
 * @param stageMillis wall time per stage, in pipeline order
 */
public record ScanStatistics(
    int documents,
    int skipped,
    int candidatePairs,
    Map<Relation, Integer> pairsByRelation,
    long inputCharacters,
    Map<String, Long> stageMillis) {

  public ScanStatistics {
    pairsByRelation = Map.copyOf(pairsByRelation);
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
  }
}
