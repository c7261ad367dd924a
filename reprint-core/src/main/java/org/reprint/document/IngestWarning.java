package org.reprint.document;

import java.util.Objects;

/**
 * Something about a usable document that the user should know, such as a fallback encoding. The document is
 * still compared.
 */
public record IngestWarning(String id, String kind, String detail) {

  public IngestWarning {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
