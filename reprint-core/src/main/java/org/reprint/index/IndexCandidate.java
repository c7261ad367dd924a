package org.reprint.index;

import java.util.Objects;
import org.reprint.document.Document;

/**
 * An indexed document that an index lookup proposes as related to a query document, and why.
 *
 * @param document the indexed document, read from the same point-in-time view of the index as the lookup,
 *     so a commit on another thread can neither remove it nor swap it for another version
 * @param sharesBand the two MinHash signatures share an LSH band
 * @param sharedFingerprints winnowed fingerprints shared (only those under the posting cap)
 * @param storyLinks how many of the query's top story terms the indexed document contains (only those under
 *     the posting cap)
 */
public record IndexCandidate(Document document, boolean sharesBand, int sharedFingerprints, int storyLinks) {

  public IndexCandidate {
    Objects.requireNonNull(document, "document");
  }

  /** The indexed document's id. */
  public String id() {
    return document.id().value();
  }
}
