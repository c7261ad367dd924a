/**
 * Evaluation: how good Reprint's judgements are, measured on public benchmarks in their own file formats.
 *
 * <p>Each evaluation reads a corpus as published, runs the same engine a scan runs, and returns a {@link
 * org.reprint.evaluation.MetricsTable}: named figures with the details needed to reproduce them. The
 * {@code reprint eval} command prints these tables; BENCHMARKS.md records them.
 *
 * <ul>
 *   <li>{@link org.reprint.evaluation.PanEvaluation}: passage alignment on a PAN text-alignment corpus,
 *       scored by {@link org.reprint.evaluation.PanMeasures} (Potthast et al. 2010: macro precision and
 *       recall over chars, granularity, plagdet), plus a tolerant match for corpora with drifting offsets;
 *   <li>{@link org.reprint.evaluation.SemEvalEvaluation}: story similarity against the SemEval-2022 task 8
 *       ratings (Chen et al. 2022), by {@link org.reprint.evaluation.PearsonCorrelation} and by precision and
 *       recall ({@link org.reprint.evaluation.DetectionCounts}) over a range of thresholds; the CSV is read by
 *       {@link org.reprint.evaluation.CsvRecords};
 *   <li>{@link org.reprint.evaluation.OracleEvaluation}: a scan's near-duplicate and reuse pairs against
 *       the exact shingle overlap of every pair ({@link org.reprint.evaluation.ShingleOracle});
 *   <li>{@link org.reprint.evaluation.MsrpEvaluation}: sentence paraphrase on the MSRP corpus.
 * </ul>
 *
 * <p>This package sits on top of the pipeline: it may use every stage, and no stage uses it.
 */
package org.reprint.evaluation;
