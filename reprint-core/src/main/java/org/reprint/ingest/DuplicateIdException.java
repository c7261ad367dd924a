package org.reprint.ingest;

/**
 * Two inputs of one run hold a document with the same id. A run cannot choose between them without losing
 * an article, so it stops before any work, naming the id and both inputs.
 */
public final class DuplicateIdException extends IllegalArgumentException {

  private final String id;

  public DuplicateIdException(String id, String firstInput, String secondInput) {
    super("the id " + id + " is given more than once, by " + firstInput
        + (firstInput.equals(secondInput) ? " twice" : " and by " + secondInput)
        + "; give each input once, or rename one of them");
    this.id = id;
  }

  /** The id that two inputs share. */
  public String id() {
    return id;
  }
}
