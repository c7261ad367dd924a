package org.reprint.engine;

import java.util.List;
import java.util.Objects;
import org.reprint.classify.Attribution;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.normalize.RemovedSpan;

/**
 * One document of a result, with what its analysis found once for every pair it is in.
 *
 * @param document the document as read
 * @param wordCount the words compared, after normalization
 * @param removed the original-text spans normalization dropped, each with the rule that dropped it
 * @param credits where the document credits a news agency, in text order
 */
public record ScannedDocument(
    Document document, int wordCount, List<RemovedSpan> removed, List<Attribution> credits) {

  public ScannedDocument {
    Objects.requireNonNull(document, "document");
    removed = List.copyOf(removed);
    credits = List.copyOf(credits);
  }

  public DocumentId id() {
    return document.id();
  }
}
