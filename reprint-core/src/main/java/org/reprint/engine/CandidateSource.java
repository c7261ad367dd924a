package org.reprint.engine;

import java.util.List;
import org.reprint.document.Document;

/**
 * Where a run's candidate pairs come from: the one part of the pipeline that differs between its ways in.
 * A source analyzes the documents it is given, as far as it needs to, and proposes the pairs worth judging;
 * {@link Pipeline} judges them and assembles the result the same way for every source.
 *
 * <ul>
 *   <li>{@link CorpusJoinSource}: a corpus in memory joined with itself on band keys, winnowed fingerprints
 *       and story terms ({@code scan}).
 *   <li>{@link BandJoinSource}: the band keys alone, verified on exact resemblance ({@code scan
 *       --near-duplicates-only}).
 *   <li>{@link IndexQuerySource}: the postings of an on-disk index, from each query article's side
 *       ({@code query}).
 * </ul>
 */
interface CandidateSource {

  /**
   * Proposes the pairs among (or around) {@code documents}, recording unusable documents and warnings in
   * {@code run}.
   */
  ProposedPairs propose(List<Document> documents, Pipeline.Run run);
}
