package org.reprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Progress on standard error: plain log lines at most every {@value ProgressReporter#LOG_INTERVAL_SECONDS}
 * seconds when the output is not a terminal, a redrawn bar when it is. The rapid calls below all happen
 * well within both intervals (10 s for lines, 0.2 s for the bar), so only the first and the last print.
 */
@DisplayName("ProgressReporter: throttled log lines, a redrawn bar, and the ETA")
class ProgressReporterTest {

  private static final long TOTAL = 1_000;
  private static final String ETA = "(?:\\d+m\\d{2}s|\\d+h\\d{2}m|unknown)";

  @BeforeAll
  static void warmUp() {
    // the first String.format loads classes; keep that out of the 0.2 s the bar test relies on
    new ProgressReporter(new PrintWriter(new StringWriter()), true, "warm-up").progress(1, 2);
    new ProgressReporter(new PrintWriter(new StringWriter()), false, "warm-up").progress(1, 2);
  }

  @Test
  @DisplayName("not a terminal: rapid calls print the first and the final line only, each with an ETA")
  void plainLinesAreThrottled() {
    StringWriter err = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(new PrintWriter(err), false, "scan");
    for (long done = 1; done <= TOTAL; done++) {
      reporter.progress(done, TOTAL);
    }

    String[] lines = err.toString().split(System.lineSeparator(), -1);
    assertThat(lines).as(err.toString()).hasSize(3); // two lines and the empty rest after the last separator
    assertThat(lines[0]).matches("reprint: scan 1/1000 \\(\\d+/s, \\d+ s elapsed, ETA " + ETA + "\\)");
    assertThat(lines[1]).matches("reprint: scan 1000/1000 \\(\\d+/s, \\d+ s elapsed, ETA 0m00s\\)");
    assertThat(lines[2]).isEmpty();
    assertThat(err.toString()).doesNotContain("\r");
  }

  @Test
  @DisplayName("not a terminal: calls between the first and the last print nothing, however many")
  void nothingBetweenFirstAndLast() {
    StringWriter err = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(new PrintWriter(err), false, "index");
    reporter.progress(0, TOTAL);
    int afterFirst = err.toString().length();
    for (long done = 1; done < TOTAL; done++) {
      reporter.progress(done, TOTAL);
    }
    assertThat(err.toString()).hasSize(afterFirst).startsWith("reprint: index 0/1000 (");
  }

  @Test
  @DisplayName("a terminal: the bar is redrawn with '\\r', and the line ends only when the work is done")
  void terminalBarIsRedrawnAndEndsWithANewline() {
    StringWriter err = new StringWriter();
    ProgressReporter reporter = new ProgressReporter(new PrintWriter(err), true, "scan");
    reporter.progress(1, TOTAL);
    assertThat(err.toString()).startsWith("\rscan [").doesNotContain("\n");
    for (long done = 2; done <= TOTAL; done++) {
      reporter.progress(done, TOTAL);
    }

    String output = err.toString();
    assertThat(output).endsWith(System.lineSeparator());
    // the first and the final frame; a scheduler pause over 0.2 s on a loaded machine may add one between,
    // so the exact count is left to the 10 s log-line tests above
    assertThat(output.chars().filter(c -> c == '\r').count()).as(output).isBetween(2L, 4L);
    assertThat(output.indexOf(System.lineSeparator())).as(output)
        .isEqualTo(output.length() - System.lineSeparator().length());
    String last = output.substring(output.lastIndexOf('\r'), output.length() - System.lineSeparator().length());
    assertThat(last).matches("\rscan \\[#{30}\\] 100% 1000/1000 \\d+/s ETA 0m00s");
  }

  @Test
  @DisplayName("eta: nothing left is 0m00s, under an hour minutes and seconds, from an hour hours and minutes")
  void etaFormats() {
    assertThat(ProgressReporter.eta(500, 500, 12.5)).isEqualTo("0m00s");
    assertThat(ProgressReporter.eta(0, 90, 1.0)).isEqualTo("1m30s");
    assertThat(ProgressReporter.eta(0, 3599, 1.0)).isEqualTo("59m59s");
    assertThat(ProgressReporter.eta(0, 3600, 1.0)).isEqualTo("1h00m");
    assertThat(ProgressReporter.eta(0, 3700, 1.0)).isEqualTo("1h01m");
    assertThat(ProgressReporter.eta(100, 7500, 2.0)).isEqualTo("1h01m"); // 3700 s left
  }

  @Test
  @DisplayName("eta: an unknown total (-1) or no rate yet is \"unknown\"")
  void etaUnknown() {
    assertThat(ProgressReporter.eta(5, -1, 2.0)).isEqualTo("unknown");
    assertThat(ProgressReporter.eta(0, 100, 0.0)).isEqualTo("unknown");
  }

  @Test
  @DisplayName("not a terminal, total unknown: the line says the ETA is unknown")
  void plainLineWithUnknownTotal() {
    StringWriter err = new StringWriter();
    new ProgressReporter(new PrintWriter(err), false, "ingest").progress(5, -1);
    assertThat(err.toString()).startsWith("reprint: ingest 5/").contains("ETA unknown)");
  }
}
