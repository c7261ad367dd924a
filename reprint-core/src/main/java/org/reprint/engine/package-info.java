/**
 * The engine: the one place that knows every stage and wires them, top to bottom.
 *
 * <p>{@link org.reprint.engine.Engine#run(ScanOptions)} reads like the pipeline it runs: ingest, normalize,
 * fingerprint, find candidates, align, classify, cluster. Per-document and per-pair work runs on a fork-join
 * pool of the requested size; results are collected in input order and sorted by document id, so the output
 * is the same whatever the thread count. The CLI, and later the server and the Spark job, call this facade
 * rather than the stages, so that one place makes every decision.
 */
package org.reprint.engine;
