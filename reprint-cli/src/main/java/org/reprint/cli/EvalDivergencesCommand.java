package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.PlantedDivergences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reprint eval divergences INPUT}: divergences against edits planted in real articles. */
@Command(
    name = "divergences",
    mixinStandardHelpOptions = true,
    description = "Divergences against edits planted in the articles of INPUT (a folder or a JSON Lines file) (numbers, dates,"
        + " names, organisations, negations, antonyms, quotation words; one edit per copy): recall per kind"
        + " of edit, precision per type reported.")
final class EvalDivergencesCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "News articles: a folder (e.g. ../shared/datasets/bbc_news) or a JSON Lines file.")
  Path folder;

  @Option(names = "--per-kind", defaultValue = "100",
      description = "Copies planted per kind of edit (default: ${DEFAULT-VALUE}).")
  int perKind;

  @Override
  Path input() {
    return folder;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    return PlantedDivergences.evaluate(input, perKind, progress);
  }
}
