package org.reprint.cluster;

import java.util.List;
import org.reprint.document.DocumentId;

/**
 * A reuse family or a story: its members (sorted), its likely original and the reason it was named.
 */
public record DocumentGroup(List<DocumentId> members, DocumentId original, String originalEvidence)
    implements java.io.Serializable {

  public DocumentGroup {
    members = List.copyOf(members);
  }
}
