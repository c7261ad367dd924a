package org.reprint.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FingerprintBenchmark} and prints its results as MB/s and articles/s, in a Markdown table.
 *
 * <p>Usage: {@code java -cp reprint-bench/target/reprint-bench.jar
 * org.reprint.bench.FingerprintBenchmarkRunner [JMH options]}, for example {@code -f 1 -wi 2 -i 3 -w 2s -r
 * 2s}. Without a benchmark pattern it runs every method of {@link FingerprintBenchmark}. The mode is always
 * throughput in ops/s (one op is one pass over the corpus); MB are 10^6 bytes of the articles' files.
 */
public final class FingerprintBenchmarkRunner {

  private FingerprintBenchmarkRunner() {}

  public static void main(String[] arguments)
      throws CommandLineOptionException, RunnerException, IOException {
    CommandLineOptions commandLine = new CommandLineOptions(arguments);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(commandLine).mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS);
    if (commandLine.getIncludes().isEmpty()) {
      builder.include(FingerprintBenchmark.class.getName() + "\\.");
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println();
    System.out.print(table(results));
  }

  /** The Markdown table of the results, with each corpus measured once per target size. */
  static String table(Collection<RunResult> results) throws IOException {
    Map<Long, NewsCorpus> corpora = new HashMap<>();
    List<String> lines = new ArrayList<>();
    lines.add("| benchmark | corpus MB | articles | ops/s | MB/s | ± MB/s (99.9%) | articles/s |");
    lines.add("|---|---:|---:|---:|---:|---:|---:|");
    for (RunResult run : results) {
      long targetBytes = Long.parseLong(run.getParams().getParam("targetBytes"));
      NewsCorpus corpus = corpora.get(targetBytes);
      if (corpus == null) {
        corpus = NewsCorpus.load(targetBytes);
        corpora.put(targetBytes, corpus);
      }
      Result<?> primary = run.getPrimaryResult();
      double megabytes = corpus.bytes() / 1e6;
      String name = run.getParams().getBenchmark();
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %d | %.2f | %.1f | %.1f | %.0f |",
              name.substring(name.lastIndexOf('.') + 1),
              megabytes,
              corpus.articles().size(),
              primary.getScore(),
              primary.getScore() * megabytes,
              primary.getScoreError() * megabytes,
              primary.getScore() * corpus.articles().size()));
    }
    lines.add("");
    for (NewsCorpus corpus : corpora.values()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Corpus: %s, %d articles, %d bytes.",
              corpus.source(),
              corpus.articles().size(),
              corpus.bytes()));
    }
    lines.add("");
    return String.join("\n", lines);
  }
}
