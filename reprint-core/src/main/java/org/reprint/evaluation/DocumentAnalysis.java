package org.reprint.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.SentenceSplitter;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/**
 * Analyzes documents the way a scan does (normalize, fingerprint, split sentences), for evaluations that
 * need the analyzed documents themselves: their shingle sets or story vectors. It must stay in step with
 * {@code Engine.analyze}, which keeps its own copy private.
 */
final class DocumentAnalysis {

  private DocumentAnalysis() {}

  /** The documents with at least one word once normalized, analyzed, in the given order. */
  static List<AnalyzedDocument> analyze(List<Document> documents, FingerprintParameters parameters) {
    Normalizer normalizer = new Normalizer();
    Fingerprinter fingerprinter = new Fingerprinter(parameters);
    List<AnalyzedDocument> analyzed = new ArrayList<>();
    for (Document document : documents) {
      NormalizedText normalized = normalizer.normalize(document);
      TextFingerprint fingerprint = fingerprinter.fingerprint(normalized.text());
      if (fingerprint.tokenCount() > 0) {
        analyzed.add(new AnalyzedDocument(
            document, normalized, fingerprint, SentenceSplitter.split(normalized.text(), fingerprint.tokens())));
      }
    }
    return analyzed;
  }
}
