package org.reprint.engine;

import org.reprint.classify.AttributionFinder;
import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.LshBands;
import org.reprint.fingerprint.SentenceSplitter;
import org.reprint.fingerprint.ShingleSignature;
import org.reprint.fingerprint.TextFingerprint;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;

/**
 * The analysis of one document, for every way in: normalization, fingerprints, sentences, credits, and the
 * sketch that candidate retrieval reads (band keys, winnowed fingerprints, content terms). Each of these has
 * its one home here, so a scan, an index and a query can never compute them differently. Thread-safe.
 */
public final class DocumentAnalyzer {

  private final Normalizer normalizer = new Normalizer();
  private final Fingerprinter fingerprinter;
  private final LshBands bands;
  private final AttributionFinder attributionFinder = new AttributionFinder();

  public DocumentAnalyzer(FingerprintParameters parameters) {
    this.fingerprinter = new Fingerprinter(parameters);
    this.bands = new LshBands(parameters.bands(), parameters.rowsPerBand());
  }

  /** Normalizes, fingerprints and splits one document. */
  public AnalyzedDocument analyze(Document document) {
    NormalizedText normalized = normalizer.normalize(document);
    TextFingerprint fingerprint = fingerprinter.fingerprint(normalized.text());
    return new AnalyzedDocument(
        document,
        normalized,
        fingerprint,
        SentenceSplitter.split(normalized.text(), fingerprint.tokens()));
  }

  /** What candidate retrieval reads of an analysis made by this analyzer: band keys, fingerprints, terms. */
  public DocumentSketch sketch(AnalyzedDocument document) {
    return DocumentSketch.of(document.fingerprint(), fingerprinter, bands);
  }

  /** The per-document part of a result: word count, removed spans and credits. */
  public ScannedDocument scanned(AnalyzedDocument document) {
    return new ScannedDocument(document.document(), document.tokenCount(), document.normalized().removed(),
        attributionFinder.find(document));
  }

  /**
   * The light pass of the near-duplicate scope: the document normalized and reduced to its word count,
   * band keys and credits; content terms, sentences, winnowing and shingle order are never made.
   */
  Signed sign(Document document) {
    NormalizedText normalized = normalizer.normalize(document);
    ShingleSignature signature = fingerprinter.signature(normalized.text());
    long[] keys = signature.tokenCount() == 0 ? new long[0] : bands.keys(signature.minHash());
    return new Signed(new ScannedDocument(document, signature.tokenCount(), normalized.removed(),
        attributionFinder.find(document, normalized)), keys, signature.wordsKey());
  }

  /** A document after {@link #sign}: its result part, its band keys and the key of its words. */
  record Signed(ScannedDocument scanned, long[] bandKeys, org.reprint.fingerprint.WordsKey words) {}
}
