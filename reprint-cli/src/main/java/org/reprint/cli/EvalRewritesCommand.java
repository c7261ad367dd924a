package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.RewriteEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprint eval rewrites FOLDER}: rewrites against independent reports of one event. */
@Command(
    name = "rewrites",
    mixinStandardHelpOptions = true,
    description = "Light and heavy revisions of source articles, and independent reports of the same events"
        + " (evaluation/rewrites/): revisions found as reuse, independent reports told apart.")
final class EvalRewritesCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "FOLDER",
      description = "Folders NN/ holding source.txt, light.txt, heavy.txt and independent.txt.")
  Path folder;

  @Override
  Path input() {
    return folder;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    return RewriteEvaluation.evaluate(input, progress);
  }
}
