package org.reprint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code reprint eval}: measure Reprint on public benchmarks and print the figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures Reprint on public benchmarks, read in their own formats, and prints a table of figures.",
      "The table goes to standard output (text or JSON), progress to standard error."
    },
    subcommands = {
      EvalPanCommand.class,
      EvalSemEvalCommand.class,
      EvalOracleCommand.class,
      EvalMsrpCommand.class,
      EvalStoriesCommand.class,
      EvalDivergencesCommand.class,
      EvalRewritesCommand.class
    })
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "an evaluation is required: pan, semeval, oracle, msrp, stories, divergences or rewrites");
  }
}
