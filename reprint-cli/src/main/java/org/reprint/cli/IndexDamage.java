package org.reprint.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.reprint.index.IndexUnavailableException;

/**
 * Tells damage found while reading an index from a bug. A damaged file shows up as Lucene's own exceptions
 * (a corrupt-index or end-of-file error, or a decoding failure inside Lucene's readers); such a failure
 * becomes one line that names the index and suggests {@code reprint index check}, never a stack trace.
 */
final class IndexDamage {

  private IndexDamage() {}

  /** Runs {@code work}, which reads the index at {@code folder}, turning damage into an explanation. */
  static <T> T reading(Path folder, Supplier<T> work) {
    try {
      return work.get();
    } catch (IndexUnavailableException e) {
      throw e;
    } catch (RuntimeException | AssertionError e) { // Lucene's own assertions trip on damage when enabled
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (!fromLucene(root)) {
        if (e instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw (AssertionError) e;
      }
      throw new IndexUnavailableException(IndexUnavailableException.Reason.CORRUPT, folder,
          "the index at " + folder + " is damaged (" + root.getClass().getSimpleName() + ": "
              + root.getMessage() + "); run 'reprint index check --index " + folder + "' for details", e);
    }
  }

  private static boolean fromLucene(Throwable root) {
    if (root instanceof org.apache.lucene.index.CorruptIndexException || root instanceof java.io.EOFException) {
      return true;
    }
    StackTraceElement[] frames = root.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().startsWith("org.apache.lucene.");
  }
}
