package org.reprint.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.reprint.index.IndexFormatException;
import org.reprint.index.IndexUnavailableException;
import org.reprint.ingest.DuplicateIdException;
import org.reprint.report.TerminalText;
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
      ServeCommand.class,
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
  /** Exit code: the index is damaged ({@code reprint index check} says where). */
  public static final int EXIT_DAMAGED_INDEX = 4;

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
    commandLine.setParameterExceptionHandler((usage, args) -> usageError(usage, usage.getCommandLine()));
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          if (exception instanceof CommandLine.ParameterException usage) {
            return usageError(usage, line);
          }
          if (exception instanceof DuplicateIdException duplicate) {
            return usageError(new CommandLine.ParameterException(line, duplicate.getMessage()), line);
          }
          if (exception instanceof IndexUnavailableException unavailable) {
            line.getErr().println("reprint: " + TerminalText.safe(unavailable.getMessage()));
            return unavailable.reason() == IndexUnavailableException.Reason.CORRUPT
                ? EXIT_DAMAGED_INDEX : EXIT_USAGE;
          }
          if (exception instanceof IndexFormatException format) {
            line.getErr().println("reprint: " + TerminalText.safe(format.getMessage()));
            return EXIT_USAGE;
          }
          line.getErr().println("reprint: internal error: " + TerminalText.safe(exception.toString()));
          line.getErr().println("This is a bug in Reprint; the details follow.");
          exception.printStackTrace(line.getErr());
          return EXIT_INTERNAL;
        });
    return commandLine;
  }

  /**
   * A usage error as a user wants it: what is wrong, in one line, and where the help is; not the whole
   * help, which buries the message.
   */
  private static int usageError(CommandLine.ParameterException usage, CommandLine line) {
    PrintWriter err = line.getErr();
    err.println("reprint: " + TerminalText.safe(usage.getMessage()));
    err.println("See '" + line.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return EXIT_USAGE;
  }

  /** The project version, written into {@code reprint-version.properties} by the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties properties = new java.util.Properties();
      try (java.io.InputStream in = ReprintCommand.class.getResourceAsStream("reprint-version.properties")) {
        if (in == null) {
          throw new IllegalStateException("reprint-version.properties is missing from the build");
        }
        properties.load(in);
      }
      return new String[] {"reprint " + properties.getProperty("version")};
    }
  }
}
