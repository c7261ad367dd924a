package org.reprint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.reprint.classify.Attribution;
import org.reprint.classify.AttributionFinder;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.Clusterer;
import org.reprint.cluster.CommonSources;
import org.reprint.cluster.Clustering;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.LshBands;
import org.reprint.index.CandidateFinder;
import org.reprint.index.CandidateJoin;
import org.reprint.index.CandidatePair;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;
import org.reprint.index.StoryVectors;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;
import org.reprint.normalize.RemovedSpan;

/** Runs a scan: ingest, normalize, fingerprint, credits, candidates, align, classify, cluster. */
public final class Engine {

  /**
   * From this many documents a scan keeps only sketches and analyzes documents again to judge their pairs
   * (see {@link AnalyzedCorpus}): a little more time for a fraction of the memory.
   */
  public static final int COMPACT_FROM = 50_000;

  private final ScanOptions options;
  private final ProgressListener progress;
  private final int compactFrom;
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();

  private Engine(ScanOptions options, ProgressListener progress, int compactFrom) {
    this.options = options;
    this.progress = java.util.Objects.requireNonNull(progress, "progress");
    this.compactFrom = compactFrom;
  }

  /** Reads the options' inputs and scans them. */
  public static ScanResult run(ScanOptions options) {
    return run(options, ProgressListener.NONE);
  }

  /** Reads the options' inputs and scans them, reporting the analysis and judging stages' progress. */
  public static ScanResult run(ScanOptions options, ProgressListener progress) {
    Engine engine = new Engine(options, progress, COMPACT_FROM);
    IngestResult ingested = engine.timed("ingest", () -> engine.ingest(options.inputs()));
    return engine.scan(ingested);
  }

  /** Scans documents that were already read (standard input, JSON Lines from elsewhere, tests). */
  public static ScanResult scan(IngestResult ingested, ScanOptions options) {
    return scan(ingested, options, ProgressListener.NONE);
  }

  /** As {@link #scan(IngestResult, ScanOptions)}, reporting progress. */
  public static ScanResult scan(IngestResult ingested, ScanOptions options, ProgressListener progress) {
    return new Engine(options, progress, COMPACT_FROM).scan(ingested);
  }

  /** A scan that goes compact from {@code compactFrom} documents: for tests of both modes. */
  static ScanResult scan(IngestResult ingested, ScanOptions options, int compactFrom) {
    return new Engine(options, ProgressListener.NONE, compactFrom).scan(ingested);
  }

  private ScanResult scan(IngestResult ingested) {
    if (options.scope() == ScanScope.NEAR_DUPLICATES) {
      return new NearDuplicateScan(options, progress, this).scan(ingested);
    }
    List<SkippedDocument> skipped = new ArrayList<>(ingested.skipped());
    AnalyzedCorpus corpus =
        timed("normalize+fingerprint", () -> analyze(ingested.documents(), skipped));
    CorpusStatistics statistics = CorpusStatistics.ofSketches(corpus.sketches);
    List<CandidatePair> candidates = timed("candidates", () -> candidates(corpus, statistics));
    List<PairJudgement> judged =
        timed("align+classify", () -> judge(corpus, candidates, statistics));
    List<PairJudgement> related = CommonSources.annotate(
        judged.stream().filter(j -> j.relation() != Relation.UNRELATED).toList());
    Map<DocumentId, List<Attribution>> attributions = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      attributions.put(corpus.documents.get(i).id(), corpus.credits.get(i));
    }
    Clustering clustering =
        timed("cluster", () -> new Clusterer().cluster(corpus.documents, related, attributions));
    skipped.sort((x, y) -> x.id().compareTo(y.id()));
    return new ScanResult(
        corpus.documents,
        corpus.wordCounts,
        corpus.removed,
        attributions,
        skipped,
        ingested.warnings(),
        related,
        clustering,
        statistics(corpus, skipped, candidates, judged));
  }

  private IngestResult ingest(List<Path> inputs) {
    Ingester ingester = new Ingester(options.ingest());
    if (inputs.size() == 1) {
      return ingester.ingest(inputs.get(0));
    }
    List<Document> documents = new ArrayList<>();
    List<SkippedDocument> skipped = new ArrayList<>();
    List<IngestWarning> warnings = new ArrayList<>();
    for (Path input : inputs) {
      IngestResult result = ingester.ingest(input);
      documents.addAll(result.documents());
      skipped.addAll(result.skipped());
      warnings.addAll(result.warnings());
    }
    return new IngestResult(unique(documents, skipped), skipped, warnings);
  }

  /** Keeps the first document of each id (several inputs may hold equal relative paths). */
  private static List<Document> unique(List<Document> documents, List<SkippedDocument> skipped) {
    Map<DocumentId, Document> byId = new LinkedHashMap<>();
    for (Document document : documents) {
      if (byId.putIfAbsent(document.id(), document) != null) {
        skipped.add(new SkippedDocument(document.id().value(), SkipReason.MALFORMED,
            "another input already has a document with this id"));
      }
    }
    List<Document> sorted = new ArrayList<>(byId.values());
    sorted.sort((x, y) -> x.id().compareTo(y.id()));
    return sorted;
  }

  /**
   * What one analysis leaves for the rest of the scan; {@code retained} is the full analysis, or null in
   * compact mode, where it becomes garbage at once.
   */
  private record Analysis(
      Document document,
      DocumentSketch sketch,
      List<Attribution> credits,
      List<RemovedSpan> removed,
      AnalyzedDocument retained) {}

  private AnalyzedCorpus analyze(List<Document> documents, List<SkippedDocument> skipped) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    AttributionFinder attributionFinder = new AttributionFinder();
    LshBands bands = new LshBands(options.fingerprint().bands(), options.fingerprint().rowsPerBand());
    boolean compact = documents.size() >= compactFrom;
    ProgressListener analyzing = counted(progress.stage("analyzing"), documents.size());
    List<Analysis> all = parallel(documents.size(), i -> {
      AnalyzedDocument document = analyzer.analyze(documents.get(i));
      analyzing.progress(1, documents.size());
      return new Analysis(document.document(), analyzer.sketch(document, bands),
          attributionFinder.find(document),
          document.normalized().removed(), compact ? null : document);
    });
    List<Analysis> usable = new ArrayList<>();
    for (Analysis result : all) {
      if (result.sketch().tokenCount() == 0) {
        skipped.add(new SkippedDocument(result.document().id().value(), SkipReason.EMPTY,
            "no words left after markup and boilerplate removal"));
      } else {
        usable.add(result);
      }
    }
    usable.sort((x, y) -> x.document().id().compareTo(y.document().id()));
    return corpus(usable, compact, analyzer);
  }

  private static AnalyzedCorpus corpus(List<Analysis> usable, boolean compact, DocumentAnalyzer analyzer) {
    List<Document> documents = new ArrayList<>();
    List<DocumentSketch> sketches = new ArrayList<>();
    List<List<Attribution>> credits = new ArrayList<>();
    Map<DocumentId, Integer> words = new HashMap<>();
    Map<DocumentId, List<RemovedSpan>> removed = new HashMap<>();
    List<AnalyzedDocument> retained = compact ? null : new ArrayList<>();
    for (Analysis result : usable) {
      Document document = result.document();
      documents.add(document);
      sketches.add(result.sketch());
      credits.add(result.credits());
      words.put(document.id(), result.sketch().tokenCount());
      removed.put(document.id(), result.removed());
      if (!compact) {
        retained.add(result.retained());
      }
    }
    return new AnalyzedCorpus(documents, sketches, credits, words, removed, retained, analyzer);
  }

  /**
   * The candidate join: story vectors packed once (the sketches' terms are dropped as their vectors are
   * made, since nothing else reads them), then each document's side of the join on the scan's threads.
   */
  private List<CandidatePair> candidates(AnalyzedCorpus corpus, CorpusStatistics statistics) {
    long terms = 0;
    for (DocumentSketch sketch : corpus.sketches) {
      terms += sketch.terms().length;
    }
    StoryVectors.Builder builder = new StoryVectors.Builder(corpus.size(), terms);
    int chunk = 1 << 15; // vectors are built in parallel a chunk at a time, so only one chunk is ever boxed
    for (int from = 0; from < corpus.size(); from += chunk) {
      int start = from;
      int end = Math.min(corpus.size(), from + chunk);
      parallel(end - start, i -> StoryVector.of(corpus.sketches.get(start + i), statistics))
          .forEach(builder::add);
      corpus.dropSketchTerms(start, end);
    }
    StoryVectors vectors = builder.build();
    CandidateJoin join =
        new CandidateFinder(options.fingerprint(), options.candidates()).join(corpus.sketches, vectors);
    ProgressListener joining = counted(progress.stage("joining"), corpus.size());
    return CandidateJoin.merge(parallel(corpus.size(), a -> {
      joining.progress(1, corpus.size());
      return join.linksOf(a);
    }));
  }

  private List<PairJudgement> judge(
      AnalyzedCorpus corpus, List<CandidatePair> candidates, CorpusStatistics statistics) {
    PairJudge judge = new PairJudge(options);
    ProgressListener judging = counted(progress.stage("judging"), candidates.size());
    return parallel(candidates.size(), i -> {
      judging.progress(1, candidates.size());
      CandidatePair pair = candidates.get(i);
      return judge.judge(corpus.side(pair.first(), statistics), corpus.side(pair.second(), statistics),
          pair.storySimilarity());
    });
  }

  private ScanStatistics statistics(
      AnalyzedCorpus corpus,
      List<SkippedDocument> skipped,
      List<CandidatePair> candidates,
      List<PairJudgement> judged) {
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation relation : Relation.values()) {
      byRelation.put(relation, 0);
    }
    for (PairJudgement judgement : judged) {
      byRelation.merge(judgement.relation(), 1, Integer::sum);
    }
    long characters = 0;
    for (Document document : corpus.documents) {
      characters += document.originalText().length();
    }
    return new ScanStatistics(
        corpus.size(), skipped.size(), candidates.size(), byRelation, characters, stageMillis);
  }

  /**
   * A listener for workers that each report one finished unit: it adds them up and passes the running total
   * on, one call at a time.
   */
  static ProgressListener counted(ProgressListener listener, long total) {
    long[] done = {0};
    return (units, ignored) -> {
      synchronized (done) { // counts and reports in one step, so totals reach the listener in order
        done[0] += units;
        listener.progress(done[0], total);
      }
    };
  }

  private <T> List<T> parallel(int count, java.util.function.IntFunction<T> task) {
    return parallel(options.threads(), count, task);
  }

  /** Maps 0..count-1 on a pool of {@code threads}, keeping the order of the indexes. */
  static <T> List<T> parallel(int threads, int count, java.util.function.IntFunction<T> task) {
    if (threads == 1 || count < 2) {
      return IntStream.range(0, count).mapToObj(task).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return await(pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(task).toList()), "scan");
    } finally {
      pool.shutdown();
    }
  }

  /** The value of {@code future}; a runtime exception of the task is rethrown as it was. */
  static <T> T await(java.util.concurrent.Future<T> future, String task) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(task + " interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(task + " failed", e.getCause());
    }
  }

  /** The time of each stage so far, in milliseconds, in stage order. */
  Map<String, Long> stageMillis() {
    return stageMillis;
  }

  <T> T timed(String stage, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    stageMillis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
    return result;
  }
}
