package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.OracleEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprint eval oracle DIR|FILE.jsonl}: reuse pairs against an exact shingle-overlap oracle. */
@Command(
    name = "oracle",
    mixinStandardHelpOptions = true,
    description = "Precision and recall of a scan's near-duplicate and reuse pairs against the exact"
        + " Jaccard and containment of every pair's word-shingle sets.")
final class EvalOracleCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "DIR|FILE.jsonl",
      description = "A corpus folder (documents in its sub-folders) or a JSON Lines file.")
  Path corpus;

  @Override
  Path input() {
    return corpus;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    return OracleEvaluation.evaluate(input, progress);
  }
}
