/**
 * Reprint on Apache Spark: the scan as a Spark job, for corpora that outgrow one machine.
 *
 * <p>The job is one more way into the one pipeline, not a second implementation. {@link
 * org.reprint.spark.SparkInput} reads files with reprint-core's {@code Ingester} on the executors; {@link
 * org.reprint.spark.SparkScan} analyzes each document with the engine's {@code DocumentAnalyzer}, proposes
 * candidate pairs with distributed joins on LSH band keys, winnowed fingerprints and story terms (the
 * embedded join's caps and rule, after passim's {@code maxDF}), judges each pair with the engine's {@code
 * PairJudging}, and groups documents with GraphX's connected components before clustering each component
 * with reprint-core's {@code Clusterer}. {@link org.reprint.spark.SparkScanJob} is the {@code
 * spark-submit} entry point, writing JSON Lines in the CLI's shape. {@code SparkScanEquivalenceTest} holds
 * it to the embedded scan, pair for pair.
 */
package org.reprint.spark;
