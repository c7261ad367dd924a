/**
 * Candidate retrieval: which pairs of documents are worth aligning, found without comparing all pairs.
 *
 * <p>{@link org.reprint.index.CandidateFinder} joins three inverted indexes built over the corpus:
 *
 * <ol>
 *   <li><b>LSH band keys</b> of the MinHash signatures: pairs that share a band are likely near-duplicates
 *       (see {@link org.reprint.fingerprint.FingerprintParameters} for the S-curve);
 *   <li><b>winnowed fingerprints</b>: pairs that share a run of twelve or more words, the shortest passage
 *       Reprint reports, share at least two fingerprints (local reuse such as a quoted paragraph); the
 *       converse does not hold, as two short stock phrases can also share two;
 *   <li><b>story terms</b>: the few highest-weighted TF-IDF content terms of each document, looked up in the
 *       postings of every term; a pair where one document holds several of the other's top terms gets a full
 *       TF-IDF cosine, and those above the story threshold become candidates for {@code SAME_STORY}.
 * </ol>
 *
 * <p>Postings longer than a cap are skipped: a fingerprint or term shared by very many documents is corpus
 * boilerplate (a stock phrase, a dateline, "said on Tuesday"), not evidence about one pair, and skipping it
 * keeps the join near-linear. {@link org.reprint.index.CorpusStatistics} holds the document frequencies
 * behind every IDF weight.
 *
 * <p>A scan runs the join as a {@link org.reprint.index.CandidateJoin}: one document's side at a time, on
 * every thread, each counting in its own flat arrays, with the story vectors of the whole corpus packed into
 * {@link org.reprint.index.StoryVectors}. That is what lets a million articles be joined in under two
 * minutes within an 8 GB heap.
 *
 * <p>Both the join and the index keep a candidate by one rule, in {@link org.reprint.index.CandidateOptions}:
 * {@code worthScoring} (shared text, or enough shared story terms) before any cosine is computed, then
 * {@code keeps} (shared text, or a story cosine at the threshold).
 *
 * <p>{@link org.reprint.index.ReprintIndex} keeps the same postings on disk, in Apache Lucene, so that new
 * articles can be added as they arrive and each one checked against everything indexed before: the same
 * three joins, run from one document's side. It opens, checks and writes the index ({@link
 * org.reprint.index.ArticleFields} turns an article and its sketch into Lucene fields); reads go through an
 * {@link org.reprint.index.IndexSnapshot}, one commit held for everything a query reads, so its statistics,
 * candidates and stored articles never mix two commits. {@link org.reprint.index.IndexLayout} describes the
 * on-disk format and checks its header.
 */
package org.reprint.index;
