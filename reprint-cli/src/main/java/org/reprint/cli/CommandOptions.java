package org.reprint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reprint.engine.ScanOptions;
import org.reprint.ingest.DuplicateIdException;
import org.reprint.ingest.IngestOptions;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;
import picocli.CommandLine;

/** Turns the options that scan, index and query share into engine options, with usage errors on misuse. */
final class CommandOptions {

  private CommandOptions() {}

  /**
   * The sentence-embedding rewrite detector behind {@code --semantic} (loads the model, about a second), or
   * null when the option is off.
   */
  static org.reprint.align.RewriteDetector rewrites(boolean semantic) {
    return semantic
        ? new org.reprint.semantic.EmbeddingRewriteDetector(new org.reprint.semantic.SentenceEncoder())
        : null;
  }

  /** The description every {@code --semantic} option shows. */
  static final String SEMANTIC = "Also look for texts rewritten sentence by sentence, with sentence embeddings"
      + " (all-MiniLM-L6-v2, run here, offline): finds heavy rewrites whose words the default scorer cannot"
      + " match. Asked only of same-story and partial-reuse pairs; about 6 ms per sentence of each article it"
      + " reads.";

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

  /**
   * Reads every path (and standard input for "-") into one ingest result; ids shared by two inputs are a
   * usage error naming both.
   */
  static IngestResult ingest(CommandLine.Model.CommandSpec spec, List<String> paths, IngestOptions options) {
    Ingester ingester = new Ingester(options);
    List<Ingester.NamedInput> parts = new ArrayList<>();
    for (Path input : existingPaths(spec, paths)) {
      parts.add(new Ingester.NamedInput(input.toString(), ingester.ingest(input)));
    }
    if (paths.contains("-")) {
      parts.add(new Ingester.NamedInput("standard input", ingester.ingest(System.in, "stdin")));
    }
    try {
      return Ingester.combine(parts);
    } catch (DuplicateIdException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Checks, before any work, that a report can be written to {@code path}: a usage error naming the option,
   * the path and the cause otherwise, so that a long run never ends in a write failure.
   */
  static void requireWritable(CommandLine.Model.CommandSpec spec, String option, Path path) {
    if (path == null) {
      return;
    }
    Path absolute = path.toAbsolutePath();
    Path parent = absolute.getParent();
    String problem = null;
    if (Files.isDirectory(absolute)) {
      problem = "it is a folder";
    } else if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      problem = "the file is not writable";
    } else if (parent == null || !Files.isDirectory(parent)) {
      problem = "its folder does not exist";
    } else if (!Files.isWritable(parent)) {
      problem = "its folder is not writable";
    }
    if (problem != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "cannot write " + option + " " + path + ": " + problem);
    }
  }

  /**
   * Refuses a report path that is an existing input: the file itself, or a file inside an input folder,
   * which this run reads as an article and the report would overwrite.
   */
  static void requireNotAnInput(
      CommandLine.Model.CommandSpec spec, String option, Path path, List<String> inputs) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try {
      Path report = path.toRealPath();
      for (String input : inputs) {
        if (input.equals("-") || !Files.exists(Path.of(input))) {
          continue;
        }
        Path real = Path.of(input).toRealPath();
        if (report.equals(real) || (Files.isDirectory(real) && report.startsWith(real))) {
          throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + option + " " + path
              + ": it is one of the inputs" + (report.equals(real) ? "" : " (a file in " + input + ")")
              + ", which the report would overwrite; write it elsewhere");
        }
      }
    } catch (java.io.IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "cannot write " + option + " " + path + ": " + e.getMessage());
    }
  }

  static void requireIndex(CommandLine.Model.CommandSpec spec, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no index at " + folder + " (create one with 'reprint index add --index " + folder + " PATH')");
    }
  }
}
