package org.reprint.engine;

import java.util.List;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkippedDocument;

/**
 * What {@code index add} did.
 *
 * @param added documents added that the index did not hold
 * @param replaced documents added in place of an indexed document with the same id (or of an earlier
 *     document of the same run)
 * @param skipped inputs that could not be used
 * @param warnings notes on inputs that were added
 * @param inputCharacters characters of original text added
 * @param commits commits made (one every {@link IncrementalEngine#COMMIT_EVERY} documents and one at the end)
 */
public record IndexingReport(
    int added,
    int replaced,
    List<SkippedDocument> skipped,
    List<IngestWarning> warnings,
    long inputCharacters,
    int commits) {

  public IndexingReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }
}
