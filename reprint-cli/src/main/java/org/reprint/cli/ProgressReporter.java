package org.reprint.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.reprint.engine.ProgressListener;

/**
 * Shows a long run's progress on standard error: a redrawn bar with rate and ETA on a terminal, and a plain
 * line every {@value #LOG_INTERVAL_SECONDS} seconds otherwise (CI logs, redirected output), so logs stay
 * readable.
 */
final class ProgressReporter implements ProgressListener {

  static final long LOG_INTERVAL_SECONDS = 10;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final String what;
  private final long start = System.nanoTime();
  private long lastPrinted;

  ProgressReporter(PrintWriter err, boolean terminal, String what) {
    this.err = err;
    this.terminal = terminal;
    this.what = what;
  }

  /** A reporter for the named stage on the same stream, with its own clock. */
  @Override
  public ProgressListener stage(String name) {
    return new ProgressReporter(err, terminal, name);
  }

  static ProgressReporter forStandardError(PrintWriter err, String what) {
    return new ProgressReporter(err, System.console() != null, what);
  }

  @Override
  public void progress(long done, long total) {
    long now = System.nanoTime();
    boolean finished = total >= 0 && done >= total;
    long interval = terminal ? 200_000_000L : LOG_INTERVAL_SECONDS * 1_000_000_000L;
    if (!finished && now - lastPrinted < interval) {
      return;
    }
    lastPrinted = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    String line = terminal ? bar(done, total, rate) : plain(done, total, rate, seconds);
    err.print(line);
    if (!terminal || finished) {
      err.println();
    }
    err.flush();
  }

  private String bar(long done, long total, double rate) {
    double share = total > 0 ? (double) done / total : 0;
    int filled = (int) Math.round(share * BAR_WIDTH);
    return String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %d/%d %.0f/s ETA %s", what,
        "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), share * 100, done, total, rate,
        eta(done, total, rate));
  }

  private String plain(long done, long total, double rate, double seconds) {
    return String.format(Locale.ROOT, "reprint: %s %d/%d (%.0f/s, %.0f s elapsed, ETA %s)", what, done,
        total, rate, seconds, eta(done, total, rate));
  }

  static String eta(long done, long total, double rate) {
    if (total < 0 || rate <= 0) {
      return "unknown";
    }
    long seconds = Math.round((total - done) / rate);
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }
}
