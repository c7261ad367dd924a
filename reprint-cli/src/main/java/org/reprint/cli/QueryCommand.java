package org.reprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reprint.engine.Engine;
import org.reprint.engine.ProgressListener;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;
import org.reprint.report.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprint query}: where did this text come from? Checks articles against an on-disk index. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = ReprintCommand.Version.class,
    description = {
      "Finds every indexed article that shares text or story with the given article(s), judged as 'scan'"
          + " judges pairs. FILE may be a folder, or - for standard input."
    })
final class QueryCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.Mixin IndexCommand.IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "FILE") List<String> paths;

  @CommandLine.Mixin ReportOptions report;

  @Option(names = "--threads", paramLabel = "N") Integer threads;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "8388608") long maxBytes;

  @Option(names = "--semantic", description = CommandOptions.SEMANTIC) boolean semantic;

  @Override
  public Integer call() throws IOException {
    CommandOptions.requireIndex(spec, index.folder);
    ScanOptions options = CommandOptions.scanOptions(spec, List.of(), threads, maxBytes)
        .withRewrites(CommandOptions.rewrites(semantic));
    report.check(spec, paths);
    IngestResult ingested = CommandOptions.ingest(spec, paths, options.ingest());
    PrintWriter err = spec.commandLine().getErr();
    ProgressListener progress = report.quiet ? ProgressListener.NONE : ProgressReporter.forStandardError(err, "query");
    long start = System.nanoTime();
    ScanResult result = IndexDamage.reading(index.folder, () -> {
      try (ReprintIndex reprintIndex = ReprintIndex.openForReading(index.folder, options.fingerprint());
          IndexSnapshot snapshot = reprintIndex.snapshot()) {
        return Engine.query(snapshot, ingested, options, progress);
      }
    });
    if (!report.quiet) {
      err.printf(Locale.ROOT, "reprint: %s against %d indexed (%d skipped), %d related, in %.2f s%n",
          Plural.of(result.statistics().documents(), "query article"),
          result.statistics().indexedDocuments().orElse(0), result.skipped().size(), result.pairs().size(),
          (System.nanoTime() - start) / 1e9);
      err.flush();
    }
    report.write(spec, result, options);
    if (result.statistics().documents() == 0) {
      err.println("reprint: no usable document to query ("
          + Plural.of(result.skipped().size(), "input") + " skipped)");
      return ReprintCommand.EXIT_NOTHING_USABLE;
    }
    return ReprintCommand.EXIT_OK;
  }
}
