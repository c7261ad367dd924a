package org.reprint.fingerprint;

import java.util.List;
import org.reprint.document.Document;
import org.reprint.normalize.NormalizedText;

/**
 * A document with everything the comparison stages read: its normalized text, its fingerprint and its
 * sentences.
 */
public record AnalyzedDocument(
    Document document,
    NormalizedText normalized,
    TextFingerprint fingerprint,
    List<Sentence> sentences) {

  public AnalyzedDocument {
    sentences = List.copyOf(sentences);
  }

  public org.reprint.document.DocumentId id() {
    return document.id();
  }

  public int tokenCount() {
    return fingerprint.tokenCount();
  }
}
