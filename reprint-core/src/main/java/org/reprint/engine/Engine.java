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
import org.reprint.align.SentenceProfile;
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
import org.reprint.index.CandidateFinder;
import org.reprint.index.CandidatePair;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;
import org.reprint.normalize.RemovedSpan;

/** Runs a scan: ingest, normalize, fingerprint, credits, candidates, align, classify, cluster. */
public final class Engine {

  private final ScanOptions options;
  private final ProgressListener progress;
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();

  private Engine(ScanOptions options, ProgressListener progress) {
    this.options = options;
    this.progress = java.util.Objects.requireNonNull(progress, "progress");
  }

  /** Reads the options' inputs and scans them. */
  public static ScanResult run(ScanOptions options) {
    return run(options, ProgressListener.NONE);
  }

  /** Reads the options' inputs and scans them, reporting the analysis and judging stages' progress. */
  public static ScanResult run(ScanOptions options, ProgressListener progress) {
    Engine engine = new Engine(options, progress);
    IngestResult ingested = engine.timed("ingest", () -> engine.ingest(options.inputs()));
    return engine.scan(ingested);
  }

  /** Scans documents that were already read (standard input, JSON Lines from elsewhere, tests). */
  public static ScanResult scan(IngestResult ingested, ScanOptions options) {
    return scan(ingested, options, ProgressListener.NONE);
  }

  /** As {@link #scan(IngestResult, ScanOptions)}, reporting progress. */
  public static ScanResult scan(IngestResult ingested, ScanOptions options, ProgressListener progress) {
    return new Engine(options, progress).scan(ingested);
  }

  private ScanResult scan(IngestResult ingested) {
    List<SkippedDocument> skipped = new ArrayList<>(ingested.skipped());
    List<AnalyzedDocument> analyzed =
        timed("normalize+fingerprint", () -> analyze(ingested.documents(), skipped));
    CorpusStatistics statistics = CorpusStatistics.of(analyzed);
    List<StoryVector> vectors =
        parallel(analyzed.size(), i -> StoryVector.of(analyzed.get(i), statistics));
    List<CandidatePair> candidates =
        timed("candidates", () -> new CandidateFinder(options.fingerprint(), options.candidates())
            .find(analyzed, vectors));
    AttributionFinder attributionFinder = new AttributionFinder();
    List<List<Attribution>> credits = parallel(analyzed.size(), i -> attributionFinder.find(analyzed.get(i)));
    List<PairJudgement> judged =
        timed("align+classify", () -> judge(analyzed, credits, candidates, statistics));
    List<Document> documents = analyzed.stream().map(AnalyzedDocument::document).toList();
    List<PairJudgement> related = CommonSources.annotate(
        judged.stream().filter(j -> j.relation() != Relation.UNRELATED).toList());
    Map<DocumentId, List<Attribution>> attributions = new HashMap<>();
    for (int i = 0; i < analyzed.size(); i++) {
      attributions.put(analyzed.get(i).id(), credits.get(i));
    }
    Clustering clustering =
        timed("cluster", () -> new Clusterer().cluster(documents, related, attributions));
    skipped.sort((x, y) -> x.id().compareTo(y.id()));
    return new ScanResult(
        documents,
        wordCounts(analyzed),
        removedSpans(analyzed),
        attributions,
        skipped,
        ingested.warnings(),
        related,
        clustering,
        statistics(analyzed, skipped, candidates, judged));
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

  private List<AnalyzedDocument> analyze(List<Document> documents, List<SkippedDocument> skipped) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    ProgressListener analyzing = counted(progress.stage("analyzing"), documents.size());
    List<AnalyzedDocument> all = parallel(documents.size(), i -> {
      AnalyzedDocument document = analyzer.analyze(documents.get(i));
      analyzing.progress(1, documents.size());
      return document;
    });
    List<AnalyzedDocument> usable = new ArrayList<>();
    for (AnalyzedDocument document : all) {
      if (document.tokenCount() == 0) {
        skipped.add(new SkippedDocument(document.id().value(), SkipReason.EMPTY,
            "no words left after markup and boilerplate removal"));
      } else {
        usable.add(document);
      }
    }
    usable.sort((x, y) -> x.id().compareTo(y.id()));
    return usable;
  }

  private List<PairJudgement> judge(
      List<AnalyzedDocument> analyzed,
      List<List<Attribution>> credits,
      List<CandidatePair> candidates,
      CorpusStatistics statistics) {
    PairJudge judge = new PairJudge(options);
    List<SentenceProfile> profiles =
        parallel(analyzed.size(), i -> SentenceProfile.of(analyzed.get(i), statistics::termId, statistics::idf));
    ProgressListener judging = counted(progress.stage("judging"), candidates.size());
    return parallel(candidates.size(), i -> {
      judging.progress(1, candidates.size());
      CandidatePair pair = candidates.get(i);
      return judge.judge(
          new PairJudge.Side(analyzed.get(pair.first()), profiles.get(pair.first()), credits.get(pair.first())),
          new PairJudge.Side(analyzed.get(pair.second()), profiles.get(pair.second()), credits.get(pair.second())),
          pair.storySimilarity());
    });
  }

  private static Map<DocumentId, Integer> wordCounts(List<AnalyzedDocument> analyzed) {
    Map<DocumentId, Integer> counts = new HashMap<>();
    for (AnalyzedDocument document : analyzed) {
      counts.put(document.id(), document.tokenCount());
    }
    return counts;
  }

  private static Map<DocumentId, List<RemovedSpan>> removedSpans(List<AnalyzedDocument> analyzed) {
    Map<DocumentId, List<RemovedSpan>> removed = new HashMap<>();
    for (AnalyzedDocument document : analyzed) {
      removed.put(document.id(), document.normalized().removed());
    }
    return removed;
  }

  private ScanStatistics statistics(
      List<AnalyzedDocument> analyzed,
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
    for (AnalyzedDocument document : analyzed) {
      characters += document.document().originalText().length();
    }
    return new ScanStatistics(
        analyzed.size(), skipped.size(), candidates.size(), byRelation, characters, stageMillis);
  }

  /**
   * A listener for workers that each report one finished unit: it adds them up and passes the running total
   * on, one call at a time.
   */
  private static ProgressListener counted(ProgressListener listener, long total) {
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
      return pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(task).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private <T> T timed(String stage, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    stageMillis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
    return result;
  }
}
