package org.reprint.evaluation;

import java.util.Objects;
import org.reprint.document.TextSpan;

/**
 * A passage of a suspicious document together with the passage of a source document it corresponds to,
 * as PAN annotates a plagiarism case and as a detector reports a detection. Spans are char offsets into
 * each document's text.
 *
 * @param suspicious the suspicious document's name, such as {@code suspicious-document00005.txt}
 * @param source the source document's name
 * @param suspiciousSpan the passage in the suspicious document
 * @param sourceSpan the passage in the source document
 */
public record PassagePair(String suspicious, String source, TextSpan suspiciousSpan, TextSpan sourceSpan) {

  public PassagePair {
    Objects.requireNonNull(suspicious, "suspicious");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(suspiciousSpan, "suspiciousSpan");
    Objects.requireNonNull(sourceSpan, "sourceSpan");
  }

  /** Whether both passages belong to the same two documents as {@code other}'s. */
  public boolean sameDocuments(PassagePair other) {
    return suspicious.equals(other.suspicious) && source.equals(other.source);
  }

  /** Whether the two pairs overlap in the suspicious document and in the source document. */
  public boolean overlapsOnBothSides(PassagePair other) {
    return sameDocuments(other)
        && suspiciousSpan.overlaps(other.suspiciousSpan)
        && sourceSpan.overlaps(other.sourceSpan);
  }

  /** Chars in both passages together. */
  public int length() {
    return suspiciousSpan.length() + sourceSpan.length();
  }
}
