package org.reprint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprint.document.Document;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkippedDocument;
import org.reprint.engine.ScanOptions;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;
import picocli.CommandLine;

/** Turns the options that scan, index and query share into engine options, with usage errors on misuse. */
final class CommandOptions {

  private CommandOptions() {}

  static ScanOptions scanOptions(
      CommandLine.Model.CommandSpec spec, List<Path> inputs, Integer threads, long maxBytes) {
    try {
      ScanOptions options = ScanOptions.defaults(inputs).withIngest(new IngestOptions(maxBytes));
      return threads == null ? options : options.withThreads(threads);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Checks that every path exists and is readable ("-" is standard input). */
  static List<Path> existingPaths(CommandLine.Model.CommandSpec spec, List<String> paths) {
    List<Path> inputs = new ArrayList<>();
    for (String path : paths) {
      if (path.equals("-")) {
        continue;
      }
      Path input = Path.of(path);
      if (!Files.exists(input)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "path does not exist: " + path);
      }
      if (!Files.isReadable(input)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "path is not readable: " + path);
      }
      inputs.add(input);
    }
    return inputs;
  }

  /** Reads every path (and standard input for "-") into one ingest result. */
  static IngestResult ingest(CommandLine.Model.CommandSpec spec, List<String> paths, IngestOptions options) {
    Ingester ingester = new Ingester(options);
    List<Document> documents = new ArrayList<>();
    List<SkippedDocument> skipped = new ArrayList<>();
    List<IngestWarning> warnings = new ArrayList<>();
    List<IngestResult> parts = new ArrayList<>();
    for (Path input : existingPaths(spec, paths)) {
      parts.add(ingester.ingest(input));
    }
    if (paths.contains("-")) {
      parts.add(ingester.ingest(System.in, "stdin"));
    }
    for (IngestResult part : parts) {
      documents.addAll(part.documents());
      skipped.addAll(part.skipped());
      warnings.addAll(part.warnings());
    }
    return new IngestResult(documents, skipped, warnings);
  }

  static void requireIndex(CommandLine.Model.CommandSpec spec, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no index at " + folder + " (create one with 'reprint index add --index " + folder + " PATH')");
    }
  }
}
