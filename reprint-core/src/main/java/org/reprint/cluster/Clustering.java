package org.reprint.cluster;

import java.io.Serializable;
import java.util.List;

/** The reuse families and stories of a corpus; groups of one document are left out. */
public record Clustering(List<DocumentGroup> families, List<DocumentGroup> stories) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Clustering {
    families = List.copyOf(families);
    stories = List.copyOf(stories);
  }
}
