package org.reprint.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reprint.document.Document;
import org.reprint.engine.IncrementalEngine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.Ingester;

/**
 * Measures {@code query} latency against an existing index: p50, p90, p99 and max over many queries on one
 * thread, then the throughput with several threads. Queries are articles of a given length drawn (seeded)
 * from a JSON Lines or folder corpus; each query is a new document id, so it is judged as an arriving
 * article.
 *
 * <p>Usage: {@code java -cp reprint-bench.jar org.reprint.bench.QueryLatencyBenchmark INDEX_DIR QUERIES_PATH
 * [COUNT] [MIN_WORDS] [THREADS] [WARM_UP]} (defaults 500 queries of at least 400 words, 2 threads, 50
 * warm-up queries). Prints a Markdown row. Warm-up queries are articles of 100 words up to {@code MIN_WORDS},
 * so no measured text has been asked before (the index keeps document frequencies of terms already seen):
 * a query service answers long after the JIT compiler has settled, which 50 queries (half a second) do not
 * reach.
 */
public final class QueryLatencyBenchmark {

  private QueryLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: QueryLatencyBenchmark INDEX_DIR QUERIES_PATH [COUNT] [MIN_WORDS] [THREADS] [WARM_UP]");
      System.exit(2);
    }
    Path indexFolder = Path.of(args[0]);
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int minWords = args.length > 3 ? Integer.parseInt(args[3]) : 400;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 50;
    List<Document> corpus = new Ingester(IngestOptions.DEFAULT).ingest(Path.of(args[1])).documents();
    List<Document> queries = queries(corpus, count, minWords, Integer.MAX_VALUE, "query-");
    List<Document> warmUpQueries = warmUp == 0 ? List.of()
        : queries(corpus, warmUp, Math.min(100, minWords - 1), minWords, "warm-up-");
    ScanOptions options = ScanOptions.defaults(List.of()).withThreads(1);
    try (ReprintIndex index = ReprintIndex.openForReading(indexFolder, options.fingerprint())) {
      for (Document warmUpQuery : warmUpQueries) {
        IncrementalEngine.query(index, warmUpQuery, options);
      }
      long[] nanos = new long[queries.size()];
      long related = 0;
      long candidates = 0;
      for (int i = 0; i < queries.size(); i++) {
        long start = System.nanoTime();
        ScanResult result = IncrementalEngine.query(index, queries.get(i), options);
        nanos[i] = System.nanoTime() - start;
        related += result.pairs().size();
        candidates += result.statistics().candidatePairs();
      }
      double throughput = parallelThroughput(index, queries, options, threads);
      Arrays.sort(nanos);
      System.out.printf(Locale.ROOT,
          "| %d docs | %d queries (>= %d words) | p50 %.2f ms | p90 %.2f ms | p99 %.2f ms | max %.2f ms"
              + " | %.0f queries/s on 1 thread | %.0f queries/s on %d threads | %.2f related per query"
              + " | %.2f candidates per query |%n",
          index.documentCount(), queries.size(), minWords, millis(nanos, 0.50), millis(nanos, 0.90),
          millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
          queries.size() / (Arrays.stream(nanos).sum() / 1e9), throughput, threads,
          (double) related / queries.size(), (double) candidates / queries.size());
    }
  }

  private static double parallelThroughput(
      ReprintIndex index, List<Document> queries, ScanOptions options, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (Document query : queries) {
        futures.add(pool.submit(() -> IncrementalEngine.query(index, query, options)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
      return queries.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static double millis(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  /**
   * {@code count} articles of at least {@code minWords} and fewer than {@code maxWords} words, drawn with a
   * fixed seed, with fresh ids.
   */
  private static List<Document> queries(
      List<Document> corpus, int count, int minWords, int maxWords, String idPrefix) {
    List<Document> candidates = new ArrayList<>();
    for (Document document : corpus) {
      int words = document.originalText().split("\\s+").length;
      if (words >= minWords && words < maxWords) {
        candidates.add(document);
      }
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException(
          "no article of " + minWords + " to " + maxWords + " words in the queries' corpus");
    }
    Random random = new Random(20201031L);
    List<Document> queries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Document picked = candidates.get(random.nextInt(candidates.size()));
      queries.add(new Document(new org.reprint.document.DocumentId(idPrefix + i), picked.originalText(),
          picked.format(), picked.metadata(), picked.metadataSpans()));
    }
    return queries;
  }
}
