package org.reprint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reprint.engine.Engine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.engine.ScanScope;
import org.reprint.report.HtmlReport;
import org.reprint.report.JsonReport;
import org.reprint.report.TerminalReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprint scan}: compare every article of the inputs with every other and report the reuse. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Finds copies, near-copies, paraphrases, quoted passages and same-story articles among the inputs.",
      "Inputs: files or folders (.txt, .md, .html, .jsonl; files without extension are text), or - for"
          + " standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the scan ran and its report was written",
      "1:no usable document (every input was skipped)",
      "2:usage error (unknown option, missing or unreadable path)",
      "3:unexpected internal error"
    })
final class ScanCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to scan, or - for standard input.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path output;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page with the passages side by side.")
  Path html;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors). Results do not depend on it.")
  Integer threads;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "8388608", description = "Skip documents larger than this (default: ${DEFAULT-VALUE}, 8 MiB).")
  long maxBytes;

  @Option(names = "--near-duplicates-only", description = "Look only for duplicates and near duplicates"
      + " (word 5-shingle resemblance >= 0.8): MinHash LSH candidates verified on exact resemblance, several"
      + " times faster than a full scan. Partial reuse, paraphrase and same-story pairs are not looked for.")
  boolean nearDuplicatesOnly;

  @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ScanOptions options = options();
    long start = System.nanoTime();
    ScanResult result = run(options);
    if (!quiet) {
      progress(err, result, (System.nanoTime() - start) / 1e9);
    }
    writeReport(result, options);
    if (html != null) {
      try (Writer writer = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        HtmlReport.write(result, writer);
      }
    }
    if (result.documents().isEmpty()) {
      err.println("reprint: no usable document among the inputs (" + result.skipped().size() + " skipped)");
      return ReprintCommand.EXIT_NOTHING_USABLE;
    }
    return ReprintCommand.EXIT_OK;
  }

  private ScanOptions options() {
    ScanOptions options =
        CommandOptions.scanOptions(spec, CommandOptions.existingPaths(spec, paths), threads, maxBytes);
    return nearDuplicatesOnly ? options.withScope(ScanScope.NEAR_DUPLICATES) : options;
  }

  private ScanResult run(ScanOptions options) {
    org.reprint.engine.ProgressListener progress = quiet
        ? org.reprint.engine.ProgressListener.NONE
        : ProgressReporter.forStandardError(spec.commandLine().getErr(), "scan");
    if (!paths.contains("-")) {
      return Engine.run(options, progress);
    }
    return Engine.scan(CommandOptions.ingest(spec, paths, options.ingest()), options, progress);
  }

  private void writeReport(ScanResult result, ScanOptions options) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(result, options, out);
      out.flush();
      return;
    }
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      write(result, options, writer);
    }
  }

  private void write(ScanResult result, ScanOptions options, Writer writer) {
    if (format == Format.json) {
      JsonReport.write(result, options, writer);
    } else {
      PrintWriter out = new PrintWriter(writer);
      if (options.scope() == ScanScope.NEAR_DUPLICATES) {
        out.printf(Locale.ROOT, "Scope: duplicates and near duplicates only (resemblance >= %.2f); partial"
            + " reuse, paraphrase and same-story pairs were not looked for.%n",
            options.classification().nearDuplicateResemblance());
      }
      TerminalReport.write(result, out);
    }
  }

  private static void progress(PrintWriter err, ScanResult result, double seconds) {
    long characters = result.statistics().inputCharacters();
    err.printf(Locale.ROOT, "reprint: %d documents (%d skipped), %d candidate pairs, %d related, in %.2f s (%.0f docs/s, %.2f MB/s)%n",
        result.statistics().documents(), result.skipped().size(), result.statistics().candidatePairs(),
        result.pairs().size(), seconds, result.statistics().documents() / Math.max(seconds, 1e-9),
        characters / 1e6 / Math.max(seconds, 1e-9));
    err.printf(Locale.ROOT, "reprint: stage times (ms): %s%n", result.statistics().stageMillis());
    err.flush();
  }
}
