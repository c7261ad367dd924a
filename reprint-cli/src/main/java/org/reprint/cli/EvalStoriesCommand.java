package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reprint.evaluation.MetricsTable;
import org.reprint.evaluation.StoryEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reprint eval stories PAIRS DATASETS}: event-level stories against hand-labelled pairs. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Event-level stories against hand-labelled pairs of BBC News and Reuters-21578 articles"
        + " (evaluation/stories/story-pairs.tsv): pairwise precision and recall of \"same story\".")
final class EvalStoriesCommand extends EvaluationCommand {

  @Parameters(index = "0", paramLabel = "PAIRS", description = "The labelled pairs (TSV: a, b, label, ...).")
  Path pairs;

  @Parameters(index = "1", paramLabel = "DATASETS",
      description = "The folder holding bbc_news/ and reuters21578/ (../shared/datasets).")
  Path datasets;

  @Override
  Path input() {
    return pairs;
  }

  @Override
  MetricsTable evaluate(Path input, Consumer<String> progress) {
    if (!java.nio.file.Files.isDirectory(datasets.resolve("bbc_news"))
        || !java.nio.file.Files.isDirectory(datasets.resolve("reuters21578"))) {
      throw new IllegalArgumentException("DATASETS must hold bbc_news/ and reuters21578/, got " + datasets);
    }
    return StoryEvaluation.evaluate(input, datasets, progress);
  }
}
