package org.reprint.index;

import java.nio.file.Path;

/**
 * An index that cannot be opened or read, for a reason the user can act on: none is there, another process
 * writes to it, it may not be written, the folder holds something else, or its files are damaged. The
 * message is one line that names the folder and says what to do.
 */
public final class IndexUnavailableException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Why the index is unavailable. */
  public enum Reason {
    /** No index in the folder (or no folder). */
    MISSING,
    /** Another writer holds Lucene's write lock. */
    LOCKED,
    /** The folder or its files may not be written. */
    READ_ONLY,
    /** The folder holds other files and no index. */
    NOT_AN_INDEX,
    /** Index files are damaged or missing: {@code reprint index check} tells which. */
    CORRUPT
  }

  private final Reason reason;
  private final Path path;

  public IndexUnavailableException(Reason reason, Path path, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.path = path;
  }

  public Reason reason() {
    return reason;
  }

  /** The index folder. */
  public Path path() {
    return path;
  }

  /** The damage found at {@code path}, with the advice to check the index. */
  static IndexUnavailableException corrupt(Path path, Throwable cause) {
    return new IndexUnavailableException(Reason.CORRUPT, path, "the index at " + path + " is damaged ("
        + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "); run 'reprint index check --index "
        + path + "' for details", cause);
  }
}
