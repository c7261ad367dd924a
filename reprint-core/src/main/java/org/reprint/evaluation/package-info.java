/**
 * Evaluation: how good Reprint's judgements are, measured on public benchmarks in their own file formats.
 *
 * <p>Each evaluation reads a corpus as published, runs the same engine a scan runs, and returns a {@link
 * org.reprint.evaluation.MetricsTable}: named figures with the details needed to reproduce them. The
 * {@code reprint eval} command prints these tables; BENCHMARKS.md records them.
 */
package org.reprint.evaluation;
