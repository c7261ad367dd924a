package org.reprint.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reprint} command: the entry point of the runnable jar. */
@Command(
    name = "reprint",
    mixinStandardHelpOptions = true,
    versionProvider = ReprintCommand.Version.class,
    description = "Traces text reuse in the news: copies, near-copies, spun rewrites and quoted passages.",
    subcommands = {
      ScanCommand.class,
      IndexCommand.class,
      QueryCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ReprintCommand implements Runnable {

  /** Exit code: the scan ran and its report was written. */
  public static final int EXIT_OK = 0;
  /** Exit code: no usable document was found. */
  public static final int EXIT_NOTHING_USABLE = 1;
  /** Exit code: the command line was wrong (unknown option, missing path). */
  public static final int EXIT_USAGE = 2;
  /** Exit code: an unexpected internal error. */
  public static final int EXIT_INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, such as 'scan'");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line with UTF-8 standard output and error; returns the exit code. */
  public static int execute(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return commandLine(out, err).execute(args);
  }

  /** A configured command line writing to the given streams; tests use it directly. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ReprintCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          if (exception instanceof CommandLine.ParameterException usage) {
            line.getErr().println("reprint: " + usage.getMessage());
            line.getErr().println("Try 'reprint " + line.getCommandName() + " --help' for the options.");
            return EXIT_USAGE;
          }
          line.getErr().println("reprint: internal error: " + exception);
          exception.printStackTrace(line.getErr());
          return EXIT_INTERNAL;
        });
    return commandLine;
  }

  /** Reads the version from the jar manifest, falling back to "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ReprintCommand.class.getPackage().getImplementationVersion();
      return new String[] {"reprint " + (version == null ? "development" : version)};
    }
  }
}
