package org.reprint.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
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
    AnalyzedCorpus corpus = engine.timed("normalize+signature", () -> corpus(sign(ingested.documents(), skipped)));
    List<CandidatePair> candidates = engine.timed("candidates", () -> candidates(corpus));
    List<PairJudgement> judged = engine.timed("verify+classify", () -> verifyAndJudge(corpus, candidates));
    List<PairJudgement> related = CommonSources.annotate(judged);
    Map<DocumentId, List<Attribution>> attributions = new HashMap<>();
    long characters = 0;
    for (int i = 0; i < corpus.size(); i++) {
      attributions.put(corpus.documents.get(i).id(), corpus.credits.get(i));
      characters += corpus.documents.get(i).originalText().length();
    }
    skipped.sort((x, y) -> x.id().compareTo(y.id()));
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation relation : Relation.values()) {
      byRelation.put(relation, 0);
    }
    related.forEach(p -> byRelation.merge(p.relation(), 1, Integer::sum));
    return new ScanResult(corpus.documents, corpus.wordCounts, corpus.removed, attributions, skipped,
        ingested.warnings(), related,
        engine.timed("cluster", () -> new Clusterer().cluster(corpus.documents, related, attributions)),
        new ScanStatistics(corpus.size(), skipped.size(), candidates.size(), byRelation, characters,
            engine.stageMillis()));
  }

  /**
   * The first pass's documents as a compact corpus: band keys as sketches, and documents analyzed again
   * when their pairs are judged.
   */
  private AnalyzedCorpus corpus(List<Signed> signed) {
    List<Document> documents = new ArrayList<>(signed.size());
    List<DocumentSketch> sketches = new ArrayList<>(signed.size());
    List<List<Attribution>> credits = new ArrayList<>(signed.size());
    Map<DocumentId, Integer> words = new HashMap<>();
    Map<DocumentId, List<RemovedSpan>> removed = new HashMap<>();
    for (Signed one : signed) {
      documents.add(one.document());
      sketches.add(DocumentSketch.ofBandKeys(one.tokenCount(), one.bandKeys()));
      credits.add(one.credits());
      words.put(one.document().id(), one.tokenCount());
      removed.put(one.document().id(), one.removed());
    }
    return new AnalyzedCorpus(documents, sketches, credits, words, removed, null,
        new DocumentAnalyzer(options.fingerprint()));
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

  private List<CandidatePair> candidates(AnalyzedCorpus corpus) {
    CandidateJoin join =
        new CandidateFinder(options.fingerprint(), options.candidates()).bandJoin(corpus.sketches);
    ProgressListener joining = Engine.counted(progress.stage("joining"), corpus.size());
    return CandidateJoin.merge(Engine.parallel(options.threads(), corpus.size(), a -> {
      joining.progress(1, corpus.size());
      return join.linksOf(a);
    }));
  }

  /**
   * Keeps the candidate pairs that are duplicates or near duplicates, and judges those with statistics of
   * their own documents. Memory stays bounded: each pair's documents are analyzed for its check alone (at a
   * million articles, holding the analyses of all candidates' documents at once filled an 8 GB heap), and
   * judging goes through the corpus's bounded cache.
   */
  private List<PairJudgement> verifyAndJudge(AnalyzedCorpus corpus, List<CandidatePair> candidates) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    PairClassifier classifier =
        new PairClassifier(options.classification(), options.alignment().minPassageWords());
    ProgressListener verifying = Engine.counted(progress.stage("verifying"), candidates.size());
    List<CandidatePair> kept = Engine.parallel(options.threads(), candidates.size(), i -> {
      verifying.progress(1, candidates.size());
      CandidatePair pair = candidates.get(i);
      return classifier.nearDuplicates(analyzer.analyze(corpus.documents.get(pair.first())),
          analyzer.analyze(corpus.documents.get(pair.second()))) ? pair : null;
    }).stream().filter(Objects::nonNull).toList();
    List<Integer> keptDocuments = new ArrayList<>(new TreeSet<>(kept.stream()
        .flatMap(pair -> java.util.stream.Stream.of(pair.first(), pair.second())).toList()));
    List<DocumentSketch> sketches = Engine.parallel(options.threads(), keptDocuments.size(),
        i -> DocumentSketch.of(analyzer.analyze(corpus.documents.get(keptDocuments.get(i)))));
    CorpusStatistics statistics = CorpusStatistics.ofSketches(sketches);
    Map<Integer, StoryVector> vectors = new HashMap<>();
    for (int i = 0; i < keptDocuments.size(); i++) {
      vectors.put(keptDocuments.get(i), StoryVector.of(sketches.get(i), statistics));
    }
    PairJudge judge = new PairJudge(options);
    ProgressListener judging = Engine.counted(progress.stage("judging"), kept.size());
    return Engine.parallel(options.threads(), kept.size(), i -> {
      judging.progress(1, kept.size());
      CandidatePair pair = kept.get(i);
      return judge.judge(corpus.side(pair.first(), statistics), corpus.side(pair.second(), statistics),
          vectors.get(pair.first()).cosine(vectors.get(pair.second())));
    });
  }
}
