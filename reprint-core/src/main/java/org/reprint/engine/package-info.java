/**
 * The engine: the one place that knows every stage and wires them, top to bottom.
 *
 * <p>There is one pipeline, {@link org.reprint.engine.Pipeline}, and several doors into it. A door reads its
 * input and picks a {@link org.reprint.engine.CandidateSource}, the one part that differs: where candidate
 * pairs come from. The pipeline then judges every pair with {@code PairJudge} (align, classify), adds the
 * common-source notes, clusters, and assembles the {@link org.reprint.engine.ScanResult}, the same way for
 * every door. A new door (the server, the Spark job) adds a source, never a copy of the end of the pipeline.
 *
 * <ul>
 *   <li>{@link org.reprint.engine.Engine#run(ScanOptions)}: a scan. {@code CorpusJoinSource} analyzes every
 *       document and joins the corpus with itself on LSH bands, winnowed fingerprints and story terms; in
 *       the {@link org.reprint.engine.ScanScope#NEAR_DUPLICATES} scope, {@code BandJoinSource} keeps only
 *       each document's band keys and verifies band candidates on exact resemblance.
 *   <li>{@link org.reprint.engine.Engine#query}: articles checked against an on-disk index.
 *       {@code IndexQuerySource} looks each one up in the postings of one
 *       {@link org.reprint.index.IndexSnapshot}, with IDF from the index's document frequencies.
 *   <li>{@link org.reprint.engine.IncrementalEngine#index}: adding articles to the index, analyzed by the
 *       same {@link org.reprint.engine.DocumentAnalyzer}.
 * </ul>
 *
 * <p>Every source analyzes documents with {@code DocumentAnalyzer}, the one home of normalization,
 * fingerprints, band keys, winnowing and credits, and keeps candidates by the rule of
 * {@link org.reprint.index.CandidateOptions}; equivalence tests check that a scan and a query of every
 * indexed article reach the same pairs. Per-document and per-pair work runs on a fork-join pool of the
 * requested size; results are collected in input order and sorted by document id, so the output is the same
 * whatever the thread count.
 */
package org.reprint.engine;
