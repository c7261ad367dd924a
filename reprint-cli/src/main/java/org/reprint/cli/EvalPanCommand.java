package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.PanEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprint eval pan DIR}: text alignment on a PAN plagiarism corpus. */
@Command(
    name = "pan",
    mixinStandardHelpOptions = true,
    description = "Text alignment on a PAN corpus folder (pairs file, XML annotations, documents): PAN"
        + " precision, recall, granularity, plagdet, and a tolerant passage match.")
final class EvalPanCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "DIR", description = "The PAN folder (holding 'pairs' in it or a sub-folder).")
  Path folder;

  @Override
  Path input() {
    return folder;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    return PanEvaluation.evaluate(input, progress);
  }
}
