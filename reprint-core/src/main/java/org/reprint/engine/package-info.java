/**
 * The engine: the one place that knows every stage and wires them, top to bottom.
 *
 * <p>{@link org.reprint.engine.Engine#run(ScanOptions)} reads like the pipeline it runs: ingest, normalize,
 * fingerprint, find candidates, align, classify, cluster. Per-document and per-pair work runs on a fork-join
 * pool of the requested size; results are collected in input order and sorted by document id, so the output
 * is the same whatever the thread count.
 *
 * <p>A scan in the {@link org.reprint.engine.ScanScope#NEAR_DUPLICATES} scope ({@code NearDuplicateScan})
 * looks only for duplicates and near duplicates: a first pass keeps each document's MinHash band keys, the
 * scan's band join proposes pairs, and the pairs whose exact resemblance passes the near-duplicate rule are
 * judged by the same {@code PairJudge}.
 *
 * <p>{@link org.reprint.engine.IncrementalEngine} is the incremental mode: it adds documents to an on-disk
 * {@link org.reprint.index.ReprintIndex} and checks one arriving document against everything indexed. Both
 * modes analyze documents with the same {@code DocumentAnalyzer} and judge pairs with the same {@code
 * PairJudge}; they differ only in how candidates are found (a batch join over the corpus, or postings lookups
 * from one document's side), and tests check that they reach the same pairs. The CLI, and later the server
 * and the Spark job, call these facades rather than the stages, so that one place makes every decision.
 */
package org.reprint.engine;
