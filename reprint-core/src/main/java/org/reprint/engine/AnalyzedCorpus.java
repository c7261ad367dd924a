package org.reprint.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reprint.align.SentenceProfile;
import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.index.CorpusStatistics;

/**
 * The documents of a scan after analysis, in id order: what every stage after analysis reads.
 *
 * <p>A small corpus keeps each full analysis in memory. A large one keeps only {@link DocumentSketch}es
 * (what candidate retrieval and statistics need) and analyzes a document again when one of its pairs is
 * judged, keeping a bounded number of analyses at a time; analysis is deterministic, so both ways give the
 * same judgements. A full analysis costs about 25 KB per 1 KB article, a sketch a few KB, which is what lets
 * a scan hold a million articles.
 */
final class AnalyzedCorpus {

  /** Analyses kept at once in compact mode: about 1.5 GB at 30 KB each. */
  static final int MAX_CACHED_ANALYSES = 50_000;

  final List<ScannedDocument> scanned;
  final List<DocumentSketch> sketches;

  private final List<AnalyzedDocument> retained;
  private final DocumentAnalyzer analyzer;
  private final Map<Integer, PairJudge.Side> sides = new ConcurrentHashMap<>();
  private final int maxSides;

  /**
   * @param retained the full analyses, in the same order, or null to analyze documents again when judged
   */
  AnalyzedCorpus(
      List<ScannedDocument> scanned,
      List<DocumentSketch> sketches,
      List<AnalyzedDocument> retained,
      DocumentAnalyzer analyzer) {
    this.scanned = scanned;
    this.sketches = sketches;
    this.retained = retained;
    this.analyzer = analyzer;
    this.maxSides = retained == null ? MAX_CACHED_ANALYSES : Integer.MAX_VALUE;
  }

  /**
   * Replaces sketches {@code from} to {@code to} (exclusive) by ones without content terms, once corpus
   * statistics and story vectors are made from them: at a million documents the term arrays are about a
   * gigabyte that nothing else reads.
   */
  void dropSketchTerms(int from, int to) {
    for (int i = from; i < to; i++) {
      sketches.set(i, sketches.get(i).withoutTerms());
    }
  }

  int size() {
    return scanned.size();
  }

  Document document(int index) {
    return scanned.get(index).document();
  }

  /** Document {@code index} analyzed in full: kept, or made again. */
  AnalyzedDocument analysis(int index) {
    return retained != null ? retained.get(index) : analyzer.analyze(document(index));
  }

  /** Document {@code index} as a side of a pair: its analysis, sentence profile and credits. */
  PairJudge.Side side(int index, CorpusStatistics statistics) {
    PairJudge.Side side = sides.get(index);
    if (side == null) {
      AnalyzedDocument document = analysis(index);
      side = new PairJudge.Side(document,
          SentenceProfile.of(document, statistics::termId, statistics::idf), scanned.get(index).credits());
      if (sides.size() >= maxSides) {
        sides.clear(); // crude but bounded; judgements do not depend on what is cached
      }
      sides.putIfAbsent(index, side);
    }
    return side;
  }

  /**
   * The candidate pairs of this corpus as the pipeline's input, judged with {@code statistics}, with the
   * duplicate groups whose member pairs are among them.
   */
  ProposedPairs pairs(
      List<org.reprint.index.CandidatePair> candidates,
      int proposed,
      CorpusStatistics statistics,
      List<DuplicateGroup> groups,
      org.reprint.align.CommonText common) {
    AnalyzedCorpus corpus = this;
    return new ProposedPairs() {
      @Override
      public List<ScannedDocument> documents() {
        return scanned;
      }

      @Override
      public boolean listedWithoutPairs(int index) {
        return true;
      }

      @Override
      public int proposed() {
        return proposed;
      }

      @Override
      public int size() {
        return candidates.size();
      }

      @Override
      public List<DuplicateGroup> duplicateGroups() {
        return groups;
      }

      @Override
      public org.reprint.align.CommonText commonText() {
        return common;
      }

      @Override
      public PairJudge.Input input(int index) {
        org.reprint.index.CandidatePair pair = candidates.get(index);
        return new PairJudge.Input(corpus.side(pair.first(), statistics), corpus.side(pair.second(), statistics),
            pair.storySimilarity());
      }
    };
  }
}
