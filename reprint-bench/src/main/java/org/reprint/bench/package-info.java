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
 *   <li>{@link org.reprint.bench.ReutersToJsonLines}: converts Reuters-21578 ({@code reut2-*.sgm}) to the
 *       JSON Lines input of {@code reprint scan}, one record per story with a body (19,043). {@code java -cp
 *       reprint-bench/target/reprint-bench.jar org.reprint.bench.ReutersToJsonLines INPUT_DIR OUTPUT.jsonl}.
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
