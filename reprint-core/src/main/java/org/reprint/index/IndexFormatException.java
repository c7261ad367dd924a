package org.reprint.index;

/**
 * An on-disk index that cannot be used as it is: another format or version, other fingerprint parameters, or
 * a missing header. The message names what was expected and what was found.
 */
public final class IndexFormatException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IndexFormatException(String message) {
    super(message);
  }
}
