package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.MsrpEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprint eval msrp FILE}: sentence paraphrase accuracy on the MSRP format. */
@Command(
    name = "msrp",
    mixinStandardHelpOptions = true,
    description = "Sentence-level paraphrase accuracy on a Microsoft Research Paraphrase Corpus file.")
final class EvalMsrpCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The MSRP file (Quality, #1 ID, #2 ID, #1 String, #2 String).")
  Path file;

  @Override
  Path input() {
    return file;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    return MsrpEvaluation.evaluate(input);
  }
}
