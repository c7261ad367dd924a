package org.reprint.cluster;

import java.util.List;

/** The reuse families and stories of a corpus; groups of one document are left out. */
public record Clustering(List<DocumentGroup> families, List<DocumentGroup> stories) {

  public Clustering {
    families = List.copyOf(families);
    stories = List.copyOf(stories);
  }
}
