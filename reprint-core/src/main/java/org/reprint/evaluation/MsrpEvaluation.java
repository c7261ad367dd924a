package org.reprint.evaluation;

import java.nio.file.Path;

/** Sentence-level paraphrase accuracy on the Microsoft Research Paraphrase Corpus format. */
public final class MsrpEvaluation {

  private MsrpEvaluation() {}

  /** Evaluates on an MSRP file (Quality, #1 ID, #2 ID, #1 String, #2 String). */
  public static MetricsTable evaluate(Path file) {
    throw new UnsupportedOperationException("MsrpEvaluation is being written");
  }
}
