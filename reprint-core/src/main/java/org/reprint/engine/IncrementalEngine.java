package org.reprint.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reprint.align.SentenceProfile;
import org.reprint.classify.Attribution;
import org.reprint.classify.AttributionFinder;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.Clusterer;
import org.reprint.cluster.CommonSources;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.IndexCandidate;
import org.reprint.index.ReprintIndex;
import org.reprint.index.StoryVector;
import org.reprint.ingest.IngestResult;
import org.reprint.normalize.RemovedSpan;

/**
 * The engine's incremental mode: add articles to an on-disk {@link ReprintIndex} as they arrive, and check
 * one article against everything indexed. A query finds candidates with the index's postings (the same
 * joins and caps as a scan's batch join), then judges each pair with the same {@link PairJudge} a scan uses,
 * with IDF from the index's document frequencies. Querying every document of an indexed corpus therefore
 * gives the pairs a scan of that corpus gives.
 */
public final class IncrementalEngine {

  /** Documents between two commits of {@code index add}: a crash loses at most this many. */
  public static final int COMMIT_EVERY = 10_000;

  /** Documents analyzed together on the worker pool before they are written. */
  private static final int BATCH = 1_024;

  private IncrementalEngine() {}

  /**
   * Analyzes and adds documents, committing every {@link #COMMIT_EVERY} and at the end.
   *
   * <p>A commit flushes Lucene's in-memory segments on the committing thread alone, which was a sixth of a
   * bulk load's time with the workers idle. So each commit but the last runs on a thread of its own while
   * the workers go on with the next batch; Lucene's writer allows adds during a commit, and the commit holds
   * at least every document added before it began. One commit is in flight at a time.
   */
  public static IndexingReport index(
      ReprintIndex index, IngestResult ingested, ScanOptions options, ProgressListener progress) {
    return index(index, ingested, options, progress, COMMIT_EVERY);
  }

  /** As the public {@code index}, committing every {@code commitEvery} documents: for tests. */
  static IndexingReport index(
      ReprintIndex index,
      IngestResult ingested,
      ScanOptions options,
      ProgressListener progress,
      int commitEvery) {
    ExecutorService committer = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "reprint-commit");
      thread.setDaemon(true);
      return thread;
    });
    try {
      return index(index, ingested, options, progress, commitEvery, committer);
    } finally {
      finishCommits(committer);
    }
  }

  private static IndexingReport index(
      ReprintIndex index,
      IngestResult ingested,
      ScanOptions options,
      ProgressListener progress,
      int commitEvery,
      ExecutorService committer) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    List<Document> documents = ingested.documents();
    List<SkippedDocument> skipped = new ArrayList<>(ingested.skipped());
    int added = 0;
    int commits = 0;
    long characters = 0;
    int sinceCommit = 0;
    Future<?> commit = null;
    for (int start = 0; start < documents.size(); start += BATCH) {
      List<Document> batch = documents.subList(start, Math.min(documents.size(), start + BATCH));
      Set<Integer> replaced = replacedWithinBatch(batch);
      List<AnalyzedDocument> analyzed = Engine.parallel(options.threads(), batch.size(), i -> {
        AnalyzedDocument document = analyzer.analyze(batch.get(i));
        if (document.tokenCount() > 0 && !replaced.contains(i)) {
          index.add(document); // Lucene's writer takes documents from several threads at once
        }
        return document;
      });
      for (AnalyzedDocument document : analyzed) {
        if (document.tokenCount() == 0) {
          skipped.add(new SkippedDocument(document.id().value(), SkipReason.EMPTY,
              "no words left after markup and boilerplate removal"));
          continue;
        }
        added++;
        sinceCommit++;
        characters += document.document().originalText().length();
      }
      if (sinceCommit >= commitEvery) {
        awaitCommit(commit);
        commit = committer.submit(index::commit);
        commits++;
        sinceCommit = 0;
      }
      progress.progress(Math.min(documents.size(), start + BATCH), documents.size());
    }
    awaitCommit(commit);
    index.commit();
    commits++;
    skipped.sort((x, y) -> x.id().compareTo(y.id()));
    return new IndexingReport(added, skipped, ingested.warnings(), characters, commits);
  }

  /**
   * Lets a commit still in flight (when adding failed) finish before the caller closes the index. Never
   * interrupts it: an interrupt during Lucene's file I/O closes the channel and, with it, the writer.
   */
  private static void finishCommits(ExecutorService committer) {
    committer.shutdown();
    try {
      committer.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for a commit started in the background, if any, and rethrows what made it fail. */
  private static void awaitCommit(Future<?> commit) {
    if (commit != null) {
      Engine.await(commit, "index commit");
    }
  }

  /**
   * The positions of documents that a later document of the same batch replaces (same id): added one after
   * the other the last would win, so with adds running in parallel only the last is added at all, and the
   * index does not depend on which thread came first.
   */
  private static Set<Integer> replacedWithinBatch(List<Document> batch) {
    Map<DocumentId, Integer> last = new HashMap<>();
    Set<Integer> replaced = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      Integer earlier = last.put(batch.get(i).id(), i);
      if (earlier != null) {
        replaced.add(earlier);
      }
    }
    return replaced;
  }

  /**
   * Every indexed document related to any of {@code documents}, judged as a scan would, in one result: the
   * union of the single queries' pairs, clustered together.
   */
  public static ScanResult query(ReprintIndex index, List<Document> documents, ScanOptions options) {
    Map<String, PairJudgement> pairs = new java.util.TreeMap<>();
    Map<DocumentId, Document> shown = new java.util.TreeMap<>();
    List<SkippedDocument> skipped = new ArrayList<>();
    int candidates = 0;
    Map<DocumentId, Integer> words = new HashMap<>();
    Map<DocumentId, List<RemovedSpan>> removed = new HashMap<>();
    Map<DocumentId, List<Attribution>> attributions = new HashMap<>();
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Document document : documents) {
      ScanResult single = query(index, document, options);
      single.pairs().forEach(p -> pairs.put(p.first() + "\u0000" + p.second(), p));
      single.documents().forEach(d -> shown.put(d.id(), d));
      skipped.addAll(single.skipped());
      words.putAll(single.wordCounts());
      removed.putAll(single.removed());
      attributions.putAll(single.attributions());
      candidates += single.statistics().candidatePairs();
      single.statistics().pairsByRelation().forEach((r, n) -> byRelation.merge(r, n, Integer::sum));
    }
    List<Document> documentList = new ArrayList<>(shown.values());
    List<PairJudgement> pairList = new ArrayList<>(pairs.values());
    long characters = documentList.stream().mapToLong(d -> d.originalText().length()).sum();
    return new ScanResult(documentList, words, removed, attributions, skipped, List.of(), pairList,
        new Clusterer().cluster(documentList, pairList, attributions),
        new ScanStatistics(documentList.size(), skipped.size(), candidates, byRelation, characters,
            new LinkedHashMap<>()));
  }

  /** Every indexed document related to {@code document}, judged as a scan would, in the scan's result form. */
  public static ScanResult query(ReprintIndex index, Document document, ScanOptions options) {
    if (options.scope() != ScanScope.ALL) {
      throw new IllegalArgumentException(
          "options.scope must be ALL for a query, which judges every relation; got " + options.scope());
    }
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    AnalyzedDocument query = analyzer.analyze(document);
    if (query.tokenCount() == 0) {
      return empty(document);
    }
    boolean indexed = index.contains(document.id().value());
    int documentCount = index.documentCount() + (indexed ? 0 : 1);
    Set<String> queryTerms = distinctTerms(query);
    CorpusStatistics queryStatistics = statistics(index, queryTerms, queryTerms, indexed, documentCount);
    StoryVector queryVector = StoryVector.of(query, queryStatistics);
    List<String> storyTerms = new ArrayList<>();
    for (int id : queryVector.topTermIds(options.candidates().storyTermsPerDocument())) {
      storyTerms.add(queryStatistics.term(id));
    }
    List<IndexCandidate> candidates = index.candidates(query, storyTerms, indexed, options.candidates());
    List<AnalyzedDocument> others = Engine.parallel(options.threads(), candidates.size(),
        i -> analyzer.analyze(candidates.get(i).document()));
    Set<String> terms = new HashSet<>(queryTerms); // order is irrelevant: term ids come from sorting
    others.forEach(other -> terms.addAll(distinctTerms(other)));
    CorpusStatistics statistics = statistics(index, terms, queryTerms, indexed, documentCount);
    Map<DocumentId, List<Attribution>> credits = new java.util.concurrent.ConcurrentHashMap<>();
    List<PairJudgement> judged = judge(query, candidates, others, statistics, options, credits);
    return result(query, others, judged, candidates.size(), credits);
  }

  private static List<PairJudgement> judge(
      AnalyzedDocument query,
      List<IndexCandidate> candidates,
      List<AnalyzedDocument> others,
      CorpusStatistics statistics,
      ScanOptions options,
      Map<DocumentId, List<Attribution>> credits) {
    PairJudge judge = new PairJudge(options);
    AttributionFinder finder = new AttributionFinder();
    StoryVector queryVector = StoryVector.of(query, statistics);
    PairJudge.Side querySide = new PairJudge.Side(query,
        SentenceProfile.of(query, statistics::termId, statistics::idf),
        credits.computeIfAbsent(query.id(), id -> finder.find(query)));
    return Engine.parallel(options.threads(), others.size(), i -> {
      AnalyzedDocument other = others.get(i);
      IndexCandidate candidate = candidates.get(i);
      double story = queryVector.cosine(StoryVector.of(other, statistics));
      boolean kept = candidate.sharesBand()
          || candidate.sharedFingerprints() >= options.candidates().minSharedFingerprints()
          || story >= options.candidates().storyThreshold();
      if (!kept) {
        return null;
      }
      PairJudge.Side otherSide = new PairJudge.Side(other,
          SentenceProfile.of(other, statistics::termId, statistics::idf),
          credits.computeIfAbsent(other.id(), id -> finder.find(other)));
      return query.id().compareTo(other.id()) < 0
          ? judge.judge(querySide, otherSide, story)
          : judge.judge(otherSide, querySide, story);
    }).stream().filter(java.util.Objects::nonNull).toList();
  }

  /**
   * Corpus statistics for {@code terms}, from the index's document frequencies; a query that is not indexed
   * counts as one more document, as it would in a scan of the index plus the query.
   */
  private static CorpusStatistics statistics(
      ReprintIndex index, Set<String> terms, Set<String> queryTerms, boolean indexed, int documentCount) {
    Map<String, Integer> frequencies = index.documentFrequencies(terms);
    if (!indexed) {
      for (String term : queryTerms) {
        frequencies.merge(term, 1, Integer::sum);
      }
    }
    return CorpusStatistics.of(documentCount, frequencies);
  }

  private static Set<String> distinctTerms(AnalyzedDocument document) {
    Set<String> terms = new HashSet<>();
    for (String term : document.fingerprint().contentTerms()) {
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }

  /** @param credits the credits of the documents judged, found while judging */
  private static ScanResult result(
      AnalyzedDocument query,
      List<AnalyzedDocument> others,
      List<PairJudgement> judged,
      int candidates,
      Map<DocumentId, List<Attribution>> credits) {
    List<PairJudgement> related = CommonSources.annotate(
        judged.stream().filter(j -> j.relation() != Relation.UNRELATED)
            .sorted((x, y) -> x.first().compareTo(y.first()) != 0
                ? x.first().compareTo(y.first()) : x.second().compareTo(y.second()))
            .toList());
    java.util.Set<DocumentId> relatedIds = new java.util.HashSet<>();
    related.forEach(p -> {
      relatedIds.add(p.first());
      relatedIds.add(p.second());
    });
    List<AnalyzedDocument> shown = new ArrayList<>();
    shown.add(query);
    others.stream().filter(o -> relatedIds.contains(o.id())).forEach(shown::add);
    shown.sort((x, y) -> x.id().compareTo(y.id()));
    List<Document> documents = shown.stream().map(AnalyzedDocument::document).toList();
    Map<DocumentId, Integer> words = new HashMap<>();
    Map<DocumentId, List<RemovedSpan>> removed = new HashMap<>();
    Map<DocumentId, List<Attribution>> attributions = new HashMap<>();
    AttributionFinder finder = new AttributionFinder();
    long characters = 0;
    for (AnalyzedDocument document : shown) {
      attributions.put(document.id(), credits.computeIfAbsent(document.id(), id -> finder.find(document)));
      words.put(document.id(), document.tokenCount());
      removed.put(document.id(), document.normalized().removed());
      characters += document.document().originalText().length();
    }
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation relation : Relation.values()) {
      byRelation.put(relation, 0);
    }
    judged.forEach(j -> byRelation.merge(j.relation(), 1, Integer::sum));
    ScanStatistics statistics = new ScanStatistics(
        documents.size(), 0, candidates, byRelation, characters, new LinkedHashMap<>());
    return new ScanResult(documents, words, removed, attributions, List.of(), List.of(), related,
        new Clusterer().cluster(documents, related, attributions), statistics);
  }

  private static ScanResult empty(Document document) {
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation relation : Relation.values()) {
      byRelation.put(relation, 0);
    }
    SkippedDocument skipped = new SkippedDocument(document.id().value(), SkipReason.EMPTY,
        "no words left after markup and boilerplate removal");
    return new ScanResult(List.of(), Map.of(), Map.of(), Map.of(), List.of(skipped), List.of(), List.of(),
        new Clusterer().cluster(List.of(), List.of()),
        new ScanStatistics(0, 1, 0, byRelation, 0, new LinkedHashMap<>()));
  }
}
