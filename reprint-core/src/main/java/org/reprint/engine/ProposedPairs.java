package org.reprint.engine;

import java.util.List;
import java.util.OptionalInt;

/**
 * The candidate pairs of one run, ready to be judged one at a time on any thread: what a
 * {@link CandidateSource} hands to {@link Pipeline}.
 */
interface ProposedPairs {

  /** Every document a pair may name, sorted by id. */
  List<ScannedDocument> documents();

  /** Whether the result lists document {@code index} even when none of its pairs is related. */
  boolean listedWithoutPairs(int index);

  /** The pairs the source's joins proposed, before its own checks: for the statistics. */
  int proposed();

  /** The pairs to judge. */
  int size();

  /** Pair {@code index}'s two sides, the first with the smaller id, and its story similarity. */
  PairJudge.Input input(int index);

  /** The duplicate groups whose representatives stand for their members in the pairs. */
  default List<DuplicateGroup> duplicateGroups() {
    return List.of();
  }

  /**
   * How many documents hold a winnowed fingerprint, from the source's own postings, for leaving corpus
   * boilerplate out of pairs; {@link org.reprint.align.CommonText#NONE} where the source has no
   * fingerprint postings (the band-only join).
   */
  default org.reprint.align.CommonText commonText() {
    return org.reprint.align.CommonText.NONE;
  }

  /** For a query, the articles of the index it was checked against. */
  default OptionalInt indexedDocuments() {
    return OptionalInt.empty();
  }
}
