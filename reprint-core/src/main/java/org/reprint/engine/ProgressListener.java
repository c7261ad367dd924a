package org.reprint.engine;

/** Hears how far a long run has come; the CLI turns it into a progress bar or periodic log lines. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (done, total) -> {};

  /**
   * @param done units of work finished so far
   * @param total units in all, or -1 when unknown
   */
  void progress(long done, long total);

  /** The listener for a named stage of the run ("analyzing", "judging"); by default this one. */
  default ProgressListener stage(String name) {
    return this;
  }
}
