package org.reprint.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.reprint.document.Document;
import org.reprint.engine.DocumentAnalyzer;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.FingerprintParameters;

/**
 * The analyzed documents themselves, for evaluations that read their shingle sets or story vectors: made by
 * the engine's {@link DocumentAnalyzer}, the one analysis every way into the pipeline uses.
 */
final class DocumentAnalysis {

  private DocumentAnalysis() {}

  /** The documents with at least one word once normalized, analyzed, in the given order. */
  static List<AnalyzedDocument> analyze(List<Document> documents, FingerprintParameters parameters) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(parameters);
    List<AnalyzedDocument> analyzed = new ArrayList<>();
    for (Document document : documents) {
      AnalyzedDocument one = analyzer.analyze(document);
      if (one.tokenCount() > 0) {
        analyzed.add(one);
      }
    }
    return analyzed;
  }
}
