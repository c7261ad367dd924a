/**
 * Benchmarks of Reprint: JMH kernels of the per-document stages and the tools for whole-run benchmarks. Run
 * on request; nothing here is part of the library.
 *
 * <p>The programs, all in {@code reprint-bench/target/reprint-bench.jar} (build it with {@code mvn -pl
 * reprint-core,reprint-bench -am install -DskipTests}):
 *
 * <ul>
 *   <li>{@link org.reprint.bench.FingerprintBenchmark}: JMH kernels over about 1 MB of real news ({@link
 *       org.reprint.bench.NewsCorpus}: the BBC News articles in path order, else the repository's {@code
 *       examples/armenia-2020} repeated). From a plain scan of the normalized text (the practical limit)
 *       through tokenizing and hashing, shingle hashes, MinHash, the whole fingerprint, and normalization.
 *       {@code java -cp reprint-bench/target/reprint-bench.jar org.reprint.bench.FingerprintBenchmarkRunner
 *       -f 1 -wi 2 -i 3 -w 2s -r 2s} runs them and prints MB/s and articles/s as a Markdown table; {@code
 *       java -jar reprint-bench/target/reprint-bench.jar FingerprintBenchmark} is plain JMH (ops/s, one op =
 *       one pass over the corpus). {@code scripts/benchmark-jmh.sh} builds and runs with short settings.
 *   <li>{@link org.reprint.evaluation.ReutersToJsonLines}: converts Reuters-21578 ({@code reut2-*.sgm}) to the
 *       JSON Lines input of {@code reprint scan}, one record per story with a body (19,043). {@code java -cp
 *       reprint-bench/target/reprint-bench.jar org.reprint.evaluation.ReutersToJsonLines INPUT_DIR OUTPUT.jsonl}.
 *   <li>{@link org.reprint.bench.CorpusGenerator}: a corpus of any size N with planted reuse (exact copies,
 *       near copies, quotes, paraphrases) and its ground truth, from the real articles of Reuters-21578, BBC
 *       News and 20 Newsgroups (no passage shared between them) and, past about 32,000, synthetic articles
 *       recombined from 3- to 5-word chunks. Deterministic for a seed and N; streams to disk (1,000,000
 *       articles, 1.3 GB, in about 40 s). {@code java -cp reprint-bench/target/reprint-bench.jar
 *       org.reprint.bench.CorpusGenerator --count N --seed S --out DIR}.
 *   <li>{@link org.reprint.bench.TruthEvaluation}: recall per planted kind and precision of a scan report
 *       against the generator's {@code truth.jsonl}, as Markdown tables.
 *   <li>{@code SparkMinHashBaseline} (built only with {@code -Pspark}): Spark MLlib's MinHashLSH
 *       approxSimilarityJoin on the same corpus, for {@code scripts/benchmark-spark-baseline.sh N}, which
 *       prints Reprint's and Spark's wall times and pair counts as one Markdown row.
 * </ul>
 *
 * <p>Whole runs are measured by {@code scripts/benchmark-scan.sh CORPUS [THREADS]} (corpus {@code reuters},
 * {@code bbc} or {@code armenia}): it times {@code reprint scan} with {@code /usr/bin/time -v} and prints one
 * Markdown row of documents, MB, wall time, articles/s, MB/s, peak RSS and pairs per relation.
 *
 * <p>A sanity test checks that each kernel computes what the core API computes for the same input, so that
 * the benchmark measures the right thing.
 */
package org.reprint.bench;
