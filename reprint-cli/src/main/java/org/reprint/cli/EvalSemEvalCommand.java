package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.SemEvalEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprint eval semeval FILE}: story similarity against SemEval-2022 task 8 ratings. */
@Command(
    name = "semeval",
    mixinStandardHelpOptions = true,
    description = "Same-story judgement on a SemEval-2022 task 8 CSV (en-en rows): Pearson r with Overall,"
        + " precision and recall of same-story, and a table of thresholds.")
final class EvalSemEvalCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
  Path file;

  @Override
  Path input() {
    return file;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    return SemEvalEvaluation.evaluate(input, progress);
  }
}
