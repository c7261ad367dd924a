package org.reprint.ingest;

import java.util.List;
import org.reprint.document.Document;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkippedDocument;

/**
 * What one ingest run produced: the usable documents, the inputs that could not be used and why, and
 * warnings about usable documents (such as a fallback encoding). {@link Ingester} sorts all three lists by
 * id, so two runs over the same input give equal results.
 *
 * @param documents the usable documents, sorted by id
 * @param skipped the inputs that could not be used, sorted by id
 * @param warnings notes about usable documents, sorted by id
 */
public record IngestResult(
    List<Document> documents, List<SkippedDocument> skipped, List<IngestWarning> warnings) {

  public IngestResult {
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }
}
