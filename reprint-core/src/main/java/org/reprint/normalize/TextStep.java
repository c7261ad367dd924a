package org.reprint.normalize;

import java.util.List;

/** One step of the normalization chain: reads mapped text and returns the next mapped text. */
interface TextStep {

  /**
   * Applies this step.
   *
   * @param text the output of the previous step
   * @param removed where the step records the original spans it drops as whole lines or paragraphs
   */
  MappedText apply(MappedText text, List<RemovedSpan> removed);
}
