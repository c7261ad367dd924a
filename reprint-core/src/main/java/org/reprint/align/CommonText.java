package org.reprint.align;

/**
 * How many documents of the corpus hold a piece of text as one of their winnowed fingerprints: what tells
 * corpus boilerplate (a footer, a disclaimer, a standard paragraph found in hundreds of articles) from
 * reuse. A verbatim match is that boilerplate when every winnowed fingerprint of the first document inside
 * it is held by more documents than the candidate join follows ({@code
 * CandidateOptions.maxFingerprintPostings}): the aligner leaves it out of the pair, so text common to the
 * corpus never makes a pair by itself (see {@link PairAligner}). An answer needs to be exact only above that
 * cap; below it, any count at or under the cap will do.
 *
 * <p>Counts are by posting key, as the candidate join and the index keep them. Each way into the pipeline
 * answers from its own postings: the batch join's, or the index's.
 */
@FunctionalInterface
public interface CommonText {

  /**
   * From how many documents a short passage is a formula: a stock sentence of the corpus ("said it filed a
   * registration statement with the Securities and Exchange Commission covering a proposed", "Qtly div five
   * cts vs five cts prior") that recurs across articles otherwise unrelated. Such a passage does not make a
   * pair of articles that do not tell the same story PARTIAL_REUSE on its own. Twenty is the scale at which
   * Reuters' house formulas were seen; a quotation shared by twenty reports of one story is kept, since
   * those pairs tell the same story.
   */
  int FORMULA_DOCUMENTS = 20;

  /** No counts: nothing is taken for boilerplate. */
  CommonText NONE = shingleHash -> 0;

  /** Documents holding {@code shingleHash} as a winnowed fingerprint (0, or any count under the cap, if few). */
  int documents(long shingleHash);
}
