package org.reprint.engine;

import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.LshBands;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.SentenceSplitter;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/** Normalizes, fingerprints and splits one document: the per-document half of every entry point. */
public final class DocumentAnalyzer {

  private final Normalizer normalizer = new Normalizer();
  private final Fingerprinter fingerprinter;

  public DocumentAnalyzer(FingerprintParameters parameters) {
    this.fingerprinter = new Fingerprinter(parameters);
  }

  /** The sketch of an analysis made by this analyzer, with band keys when {@code bands} is given. */
  DocumentSketch sketch(AnalyzedDocument document, LshBands bands) {
    return DocumentSketch.of(document.fingerprint(), fingerprinter, bands);
  }

  public AnalyzedDocument analyze(Document document) {
    NormalizedText normalized = normalizer.normalize(document);
    TextFingerprint fingerprint = fingerprinter.fingerprint(normalized.text());
    return new AnalyzedDocument(
        document,
        normalized,
        fingerprint,
        SentenceSplitter.split(normalized.text(), fingerprint.tokens()));
  }
}
