package org.reprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reprint.engine.ScanOptions;
import org.reprint.engine.ScanResult;
import org.reprint.engine.ScanScope;
import org.reprint.report.HtmlReport;
import org.reprint.report.JsonReport;
import org.reprint.report.TerminalReport;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where and how a result is reported, for every command that makes one ({@code scan}, {@code query}): the
 * format, {@code -o}, {@code --html} and {@code -q}. Output paths are checked before the work starts.
 */
final class ReportOptions {

  enum Format {
    text,
    json,
    jsonl
  }

  @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl writes one record a line, for very large runs.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path output;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page with the passages side by side.")
  Path html;

  @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
  boolean quiet;

  /**
   * Fails with a usage error, before any work, if a report file cannot be written, or is one of the
   * {@code inputs} (a report written over an article would destroy it).
   */
  void check(CommandLine.Model.CommandSpec spec, List<String> inputs) {
    CommandOptions.requireWritable(spec, "--output", output);
    CommandOptions.requireWritable(spec, "--html", html);
    CommandOptions.requireNotAnInput(spec, "--output", output, inputs);
    CommandOptions.requireNotAnInput(spec, "--html", html, inputs);
  }

  /** Writes the report to standard output or {@code -o}, and the page to {@code --html}. */
  void write(CommandLine.Model.CommandSpec spec, ScanResult result, ScanOptions options) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(result, options, out);
      out.flush();
    } else {
      AtomicFile.write(output, writer -> write(result, options, writer));
    }
    if (html != null) {
      AtomicFile.write(html, writer -> HtmlReport.write(result, writer));
    }
  }

  private void write(ScanResult result, ScanOptions options, Writer writer) {
    if (format == Format.json) {
      JsonReport.write(result, options, writer);
      return;
    }
    if (format == Format.jsonl) {
      JsonReport.writeLines(result, options, writer);
      return;
    }
    PrintWriter out = new PrintWriter(writer);
    if (options.scope() == ScanScope.NEAR_DUPLICATES) {
      out.printf(Locale.ROOT, "Scope: duplicates and near duplicates only (resemblance >= %.2f); partial"
          + " reuse, paraphrase and same-story pairs were not looked for.%n",
          options.classification().nearDuplicateResemblance());
    }
    TerminalReport.write(result, out);
    out.flush();
  }
}
