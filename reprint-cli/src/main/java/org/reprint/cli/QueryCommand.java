package org.reprint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reprint.engine.IncrementalEngine;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;
import org.reprint.report.JsonReport;
import org.reprint.report.TerminalReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprint query}: where did this text come from? Checks articles against an on-disk index. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Finds every indexed article that shares text or story with the given article(s), judged as 'scan'"
          + " judges pairs. FILE may be - for standard input."
    })
final class QueryCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.Mixin IndexCommand.IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "FILE") List<String> paths;

  @Option(names = "--format", defaultValue = "text", description = "text or json (the scan schema).")
  ScanCommand.Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE") Path output;

  @Option(names = "--threads", paramLabel = "N") Integer threads;

  @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "8388608") long maxBytes;

  @Override
  public Integer call() throws IOException {
    CommandOptions.requireIndex(spec, index.folder);
    ScanOptions options = CommandOptions.scanOptions(spec, List.of(), threads, maxBytes);
    IngestResult ingested = CommandOptions.ingest(spec, paths, options.ingest());
    ScanResult result;
    try (ReprintIndex reprintIndex = ReprintIndex.openForReading(index.folder, options.fingerprint())) {
      result = IncrementalEngine.query(reprintIndex, ingested.documents(), options);
    }
    if (output == null) {
      write(result, options, spec.commandLine().getOut());
    } else {
      try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        write(result, options, writer);
      }
    }
    if (ingested.documents().isEmpty()) {
      spec.commandLine().getErr().println("reprint: no usable document to query ("
          + ingested.skipped().size() + " skipped)");
      return ReprintCommand.EXIT_NOTHING_USABLE;
    }
    return ReprintCommand.EXIT_OK;
  }

  private void write(ScanResult result, ScanOptions options, Writer writer) throws IOException {
    if (format == ScanCommand.Format.json) {
      JsonReport.write(result, options, writer);
    } else {
      TerminalReport.write(result, new PrintWriter(writer));
    }
    writer.flush();
  }
}
