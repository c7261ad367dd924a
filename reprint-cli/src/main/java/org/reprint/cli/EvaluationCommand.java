package org.reprint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every {@code reprint eval} subcommand shares: check the input path, run the evaluation with progress
 * on standard error, print its table on standard output.
 */
abstract class EvaluationCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "Table format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  MetricsTableWriter.Format format;

  @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
  boolean quiet;

  /** The file or folder to evaluate on. */
  abstract Path input();

  /** Runs the evaluation on an input known to exist. */
  abstract MetricsTable evaluate(Path input, Consumer<String> progress);

  @Override
  public Integer call() {
    Path input = input();
    if (!Files.exists(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "path does not exist: " + input);
    }
    if (!Files.isReadable(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "path is not readable: " + input);
    }
    PrintWriter err = spec.commandLine().getErr();
    String name = "reprint eval " + spec.name() + ": ";
    Consumer<String> progress = quiet ? line -> {} : line -> {
      err.println(name + line);
      err.flush();
    };
    long start = System.nanoTime();
    MetricsTable table;
    try {
      table = evaluate(input, progress);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      // the corpus is not in the layout the evaluation reads: the user's input, not a bug
      throw new CommandLine.ParameterException(spec.commandLine(),
          "cannot evaluate " + input + ": " + e.getMessage());
    }
    progress.accept(String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - start) / 1e9));
    PrintWriter out = spec.commandLine().getOut();
    MetricsTableWriter.write(table, format, out);
    out.flush();
    return ReprintCommand.EXIT_OK;
  }
}
