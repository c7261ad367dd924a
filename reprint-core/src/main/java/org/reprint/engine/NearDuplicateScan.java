package org.reprint.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reprint.align.SentenceProfile;
import org.reprint.classify.Attribution;
import org.reprint.classify.AttributionFinder;
import org.reprint.classify.PairClassifier;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.Clusterer;
import org.reprint.cluster.CommonSources;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.Fingerprinter;
import org.reprint.fingerprint.LshBands;
import org.reprint.fingerprint.ShingleSignature;
import org.reprint.index.CandidateFinder;
import org.reprint.index.CandidateJoin;
import org.reprint.index.CandidatePair;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;
import org.reprint.ingest.IngestResult;
import org.reprint.normalize.NormalizedText;
import org.reprint.normalize.Normalizer;
import org.reprint.normalize.RemovedSpan;

/**
 * A scan in the {@link ScanScope#NEAR_DUPLICATES} scope: only the pairs a full scan labels DUPLICATE or
 * NEAR_DUPLICATE, found the way near-duplicate detectors work, by MinHash LSH candidates verified on exact
 * resemblance, at a fraction of a full scan's cost.
 *
 * <ol>
 *   <li>Every document is normalized and reduced to its word count, MinHash band keys and credits
 *       ({@link Fingerprinter#signature}); content terms, sentences, winnowing and shingle order are never
 *       made.
 *   <li>Band keys are joined by the full scan's own join ({@link CandidateFinder#bandJoin}).
 *   <li>The documents of candidate pairs are analyzed in full. A pair is kept when its words are the same or
 *       the exact resemblance of its shingle sets reaches the near-duplicate threshold, the first two rules
 *       of the relation, which nothing else decides; kept pairs are judged by {@link PairJudge}, as in a
 *       full scan, for their passages, divergences, direction and explanation.
 * </ol>
 *
 * <p>Two documents with resemblance 0.8 share one of 32 bands of 4 rows with probability
 * 1 - (1 - 0.8^4)^32 &gt; 0.9999999, so the pairs are a full scan's DUPLICATE and NEAR_DUPLICATE pairs, with
 * the same relation and resemblance. Scores weighted by IDF (story similarity, and reworded passages inside a
 * near duplicate) use the statistics of the documents in kept pairs instead of the whole corpus's, and may
 * differ slightly from a full scan's.
 */
final class NearDuplicateScan {

  private final ScanOptions options;
  private final ProgressListener progress;
  private final Engine engine;

  NearDuplicateScan(ScanOptions options, ProgressListener progress, Engine engine) {
    this.options = options;
    this.progress = progress;
    this.engine = engine;
  }

  /** What the first pass keeps of a document. */
  private record Signed(
      Document document,
      int tokenCount,
      long[] bandKeys,
      List<Attribution> credits,
      List<RemovedSpan> removed) {}

  ScanResult scan(IngestResult ingested) {
    List<SkippedDocument> skipped = new ArrayList<>(ingested.skipped());
    List<Signed> documents = engine.timed("normalize+signature", () -> sign(ingested.documents(), skipped));
    List<CandidatePair> candidates = engine.timed("candidates", () -> candidates(documents));
    List<PairJudgement> judged = engine.timed("verify+classify", () -> verifyAndJudge(documents, candidates));
    List<PairJudgement> related = CommonSources.annotate(judged);
    List<Document> documentList = new ArrayList<>();
    Map<DocumentId, Integer> words = new HashMap<>();
    Map<DocumentId, List<RemovedSpan>> removed = new HashMap<>();
    Map<DocumentId, List<Attribution>> attributions = new HashMap<>();
    long characters = 0;
    for (Signed signed : documents) {
      DocumentId id = signed.document().id();
      documentList.add(signed.document());
      words.put(id, signed.tokenCount());
      removed.put(id, signed.removed());
      attributions.put(id, signed.credits());
      characters += signed.document().originalText().length();
    }
    skipped.sort((x, y) -> x.id().compareTo(y.id()));
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation relation : Relation.values()) {
      byRelation.put(relation, 0);
    }
    related.forEach(p -> byRelation.merge(p.relation(), 1, Integer::sum));
    return new ScanResult(documentList, words, removed, attributions, skipped, ingested.warnings(), related,
        engine.timed("cluster", () -> new Clusterer().cluster(documentList, related, attributions)),
        new ScanStatistics(documentList.size(), skipped.size(), candidates.size(), byRelation, characters,
            engine.stageMillis()));
  }

  /** The first pass: word counts, band keys and credits; documents without words are skipped. */
  private List<Signed> sign(List<Document> documents, List<SkippedDocument> skipped) {
    Normalizer normalizer = new Normalizer();
    Fingerprinter fingerprinter = new Fingerprinter(options.fingerprint());
    LshBands bands = new LshBands(options.fingerprint().bands(), options.fingerprint().rowsPerBand());
    AttributionFinder attributionFinder = new AttributionFinder();
    ProgressListener analyzing = Engine.counted(progress.stage("analyzing"), documents.size());
    List<Signed> all = Engine.parallel(options.threads(), documents.size(), i -> {
      Document document = documents.get(i);
      NormalizedText normalized = normalizer.normalize(document);
      ShingleSignature signature = fingerprinter.signature(normalized.text());
      analyzing.progress(1, documents.size());
      return new Signed(document, signature.tokenCount(),
          signature.tokenCount() == 0 ? new long[0] : bands.keys(signature.minHash()),
          attributionFinder.find(document, normalized), normalized.removed());
    });
    List<Signed> usable = new ArrayList<>();
    for (Signed signed : all) {
      if (signed.tokenCount() == 0) {
        skipped.add(new SkippedDocument(signed.document().id().value(), SkipReason.EMPTY,
            "no words left after markup and boilerplate removal"));
      } else {
        usable.add(signed);
      }
    }
    usable.sort((x, y) -> x.document().id().compareTo(y.document().id()));
    return usable;
  }

  private List<CandidatePair> candidates(List<Signed> documents) {
    List<DocumentSketch> sketches = new ArrayList<>(documents.size());
    for (Signed signed : documents) {
      sketches.add(DocumentSketch.ofBandKeys(signed.tokenCount(), signed.bandKeys()));
    }
    CandidateJoin join = new CandidateFinder(options.fingerprint(), options.candidates()).bandJoin(sketches);
    ProgressListener joining = Engine.counted(progress.stage("joining"), documents.size());
    return CandidateJoin.merge(Engine.parallel(options.threads(), documents.size(), a -> {
      joining.progress(1, documents.size());
      return join.linksOf(a);
    }));
  }

  /**
   * Analyzes the documents of the candidate pairs, keeps the pairs that are duplicates or near duplicates
   * and judges those with statistics of their own documents.
   */
  private List<PairJudgement> verifyAndJudge(List<Signed> documents, List<CandidatePair> candidates) {
    TreeSet<Integer> involved = new TreeSet<>();
    candidates.forEach(pair -> {
      involved.add(pair.first());
      involved.add(pair.second());
    });
    List<Integer> indexes = new ArrayList<>(involved);
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    ProgressListener verifying = Engine.counted(progress.stage("verifying"), indexes.size());
    List<AnalyzedDocument> analyses = Engine.parallel(options.threads(), indexes.size(), i -> {
      verifying.progress(1, indexes.size());
      return analyzer.analyze(documents.get(indexes.get(i)).document());
    });
    Map<Integer, AnalyzedDocument> analyzed = new HashMap<>();
    for (int i = 0; i < indexes.size(); i++) {
      analyzed.put(indexes.get(i), analyses.get(i));
    }
    PairClassifier classifier =
        new PairClassifier(options.classification(), options.alignment().minPassageWords());
    List<CandidatePair> kept = candidates.stream()
        .filter(pair -> classifier.nearDuplicates(analyzed.get(pair.first()), analyzed.get(pair.second())))
        .toList();
    TreeSet<Integer> keptDocuments = new TreeSet<>();
    kept.forEach(pair -> {
      keptDocuments.add(pair.first());
      keptDocuments.add(pair.second());
    });
    CorpusStatistics statistics =
        CorpusStatistics.of(keptDocuments.stream().map(analyzed::get).toList());
    Map<Integer, PairJudge.Side> sides = new HashMap<>();
    Map<Integer, StoryVector> vectors = new HashMap<>();
    for (int index : keptDocuments) {
      AnalyzedDocument document = analyzed.get(index);
      sides.put(index, new PairJudge.Side(document,
          SentenceProfile.of(document, statistics::termId, statistics::idf), documents.get(index).credits()));
      vectors.put(index, StoryVector.of(document, statistics));
    }
    PairJudge judge = new PairJudge(options);
    return Engine.parallel(options.threads(), kept.size(), i -> {
      CandidatePair pair = kept.get(i);
      return judge.judge(sides.get(pair.first()), sides.get(pair.second()),
          vectors.get(pair.first()).cosine(vectors.get(pair.second())));
    });
  }
}
