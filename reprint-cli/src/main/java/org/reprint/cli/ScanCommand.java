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
import org.reprint.engine.ScanScope;
import org.reprint.report.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprint scan}: compare every article of the inputs with every other and report the reuse. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = ReprintCommand.Version.class,
    description = {
      "Finds copies, near-copies, paraphrases, quoted passages and same-story articles among the inputs.",
      "Inputs: files or folders (.txt, .md, .html, .jsonl; files without extension are text), or - for"
          + " standard input. A file's id is its path as given (news/business/001.txt)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the scan ran and its report was written",
      "1:no usable document (every input was skipped)",
      "2:usage error (unknown option, missing or unreadable path, unwritable output, an id given twice)",
      "3:unexpected internal error"
    })
final class ScanCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan, or - for standard input.")
  List<String> paths;

  @CommandLine.Mixin ReportOptions report;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors). Results do not depend on it.")
  Integer threads;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "8388608", description = "Skip documents larger than this (default: ${DEFAULT-VALUE}, 8 MiB).")
  long maxBytes;

  @Option(names = "--near-duplicates-only", description = "Look only for duplicates and near duplicates"
      + " (word 5-shingle resemblance >= 0.8): MinHash LSH candidates verified on exact resemblance, several"
      + " times faster than a full scan. Partial reuse, paraphrase and same-story pairs are not looked for.")
  boolean nearDuplicatesOnly;

  @Option(names = "--semantic", description = CommandOptions.SEMANTIC)
  boolean semantic;

  /** Seconds spent reading the inputs, before the pipeline's stages. */
  private double readSeconds;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ScanOptions options = options();
    report.check(spec, paths);
    long start = System.nanoTime();
    ScanResult result = run(options);
    if (!report.quiet) {
      progress(err, result, (System.nanoTime() - start) / 1e9);
    }
    long writing = System.nanoTime();
    report.write(spec, result, options);
    if (!report.quiet) {
      // the stage times above end with clustering; a large report takes time of its own to write
      err.printf(Locale.ROOT, "reprint: report written in %.2f s; %.2f s in all%n",
          (System.nanoTime() - writing) / 1e9, (System.nanoTime() - start) / 1e9);
      err.flush();
    }
    if (result.documents().isEmpty()) {
      err.println("reprint: no usable document among the inputs ("
          + Plural.of(result.skipped().size(), "input") + " skipped)");
      return ReprintCommand.EXIT_NOTHING_USABLE;
    }
    return ReprintCommand.EXIT_OK;
  }

  private ScanOptions options() {
    ScanOptions options =
        CommandOptions.scanOptions(spec, CommandOptions.existingPaths(spec, paths), threads, maxBytes);
    if (semantic && nearDuplicatesOnly) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--semantic looks for rewrites, which --near-duplicates-only leaves out: use one or the other");
    }
    if (semantic) {
      options = options.withRewrites(CommandOptions.rewrites(true));
    }
    return nearDuplicatesOnly ? options.withScope(ScanScope.NEAR_DUPLICATES) : options;
  }

  private ScanResult run(ScanOptions options) {
    ProgressListener progress = report.quiet
        ? ProgressListener.NONE
        : ProgressReporter.forStandardError(spec.commandLine().getErr(), "scan");
    long reading = System.nanoTime();
    org.reprint.ingest.IngestResult ingested = CommandOptions.ingest(spec, paths, options.ingest());
    readSeconds = (System.nanoTime() - reading) / 1e9;
    return Engine.scan(ingested, options, progress);
  }

  private void progress(PrintWriter err, ScanResult result, double seconds) {
    long characters = result.statistics().inputCharacters();
    err.printf(Locale.ROOT, "reprint: %s (%d skipped), %s, %d related, in %.2f s (%.0f docs/s, %.2f MB/s)%n",
        Plural.of(result.statistics().documents(), "document"), result.skipped().size(),
        Plural.of(result.statistics().candidatePairs(), "candidate pair"), result.pairs().size(), seconds,
        result.statistics().documents() / Math.max(seconds, 1e-9), characters / 1e6 / Math.max(seconds, 1e-9));
    err.printf(Locale.ROOT, "reprint: inputs read in %.2f s; stage times (ms): %s%n", readSeconds,
        result.statistics().stageMillis());
    err.flush();
  }
}
