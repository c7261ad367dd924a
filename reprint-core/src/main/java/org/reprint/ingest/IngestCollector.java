package org.reprint.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reprint.document.Document;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;

/**
 * Gathers the outcome of one ingest run: accepts documents (the first of a duplicated id wins), records
 * skipped inputs and warnings, and hands out a result sorted by id.
 */
final class IngestCollector {

  private final List<Document> documents = new ArrayList<>();
  private final List<SkippedDocument> skipped = new ArrayList<>();
  private final List<IngestWarning> warnings = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  /**
   * Accepts {@code document} with its warnings, unless its id is already taken: then it is skipped as
   * malformed and its warnings are dropped. {@code origin} says where it came from, for that message.
   */
  void accept(Document document, List<IngestWarning> documentWarnings, String origin) {
    String id = document.id().value();
    if (!ids.add(id)) {
      skip(id, SkipReason.MALFORMED, "duplicate id " + id + " (" + origin + "); the first one is kept");
      return;
    }
    documents.add(document);
    warnings.addAll(documentWarnings);
  }

  void skip(String id, SkipReason reason, String detail) {
    skipped.add(new SkippedDocument(id, reason, detail));
  }

  /** The result, each list sorted by id; the sort is stable, so equal ids keep the order of reading. */
  IngestResult result() {
    List<Document> sortedDocuments = new ArrayList<>(documents);
    sortedDocuments.sort(Comparator.comparing(Document::id));
    List<SkippedDocument> sortedSkipped = new ArrayList<>(skipped);
    sortedSkipped.sort(Comparator.comparing(SkippedDocument::id));
    List<IngestWarning> sortedWarnings = new ArrayList<>(warnings);
    sortedWarnings.sort(Comparator.comparing(IngestWarning::id));
    return new IngestResult(sortedDocuments, sortedSkipped, sortedWarnings);
  }
}
