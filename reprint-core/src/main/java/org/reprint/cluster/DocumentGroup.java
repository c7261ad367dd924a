package org.reprint.cluster;

import java.util.List;
import org.reprint.document.DocumentId;

/**
 * A reuse family or a story: its members (sorted), its likely original and the reason it was named, who took
 * from whom ({@code edges}: for a story, the edges of the families inside it) and its articles in time order
 * ({@code timeline}).
 */
public record DocumentGroup(
    List<DocumentId> members,
    DocumentId original,
    String originalEvidence,
    List<ProvenanceEdge> edges,
    List<TimelineEntry> timeline)
    implements java.io.Serializable {

  private static final long serialVersionUID = 2L;

  public DocumentGroup {
    members = List.copyOf(members);
    edges = List.copyOf(edges);
    timeline = List.copyOf(timeline);
  }

  /** A group whose provenance is not traced. */
  public DocumentGroup(List<DocumentId> members, DocumentId original, String originalEvidence) {
    this(members, original, originalEvidence, List.of(), List.of());
  }

  /** This group with its provenance. */
  public DocumentGroup withProvenance(List<ProvenanceEdge> newEdges, List<TimelineEntry> newTimeline) {
    return new DocumentGroup(members, original, originalEvidence, newEdges, newTimeline);
  }
}
