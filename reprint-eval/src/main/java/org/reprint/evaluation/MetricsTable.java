package org.reprint.evaluation;

import java.util.List;

/**
 * The result of one evaluation: a title, named figures, and notes (data caveats, parameters chosen).
 *
 * @param title what was measured, on which data
 * @param metrics the figures, in reading order
 * @param notes free-text remarks printed under the table
 */
public record MetricsTable(String title, List<Metric> metrics, List<String> notes) {

  public MetricsTable {
    metrics = List.copyOf(metrics);
    notes = List.copyOf(notes);
  }

  /**
   * One figure.
   *
   * @param name the figure's name, such as "plagdet" or "recall (Jaccard >= 0.8)"
   * @param value its value
   * @param detail counts behind it, such as "612 of 624 cases"; may be empty
   */
  public record Metric(String name, double value, String detail) {}
}
