package org.reprint.document;

import java.util.Objects;

/**
 * An input that could not be used, with the reason and a one-line human explanation. Skipped documents are
 * counted and listed in every report; they never abort a run.
 */
public record SkippedDocument(String id, SkipReason reason, String detail) implements java.io.Serializable {

  public SkippedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
