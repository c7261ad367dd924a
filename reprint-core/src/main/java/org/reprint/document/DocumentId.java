package org.reprint.document;

import java.util.Objects;

/**
 * The identity of a document: its path relative to the input root (with {@code /} separators), or the
 * {@code id} field of a JSON Lines record. Ids order by plain string comparison, which makes every listing
 * deterministic.
 */
public record DocumentId(String value) implements java.io.Serializable, Comparable<DocumentId> {

  public DocumentId {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("document id must not be empty");
    }
  }

  @Override
  public int compareTo(DocumentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
