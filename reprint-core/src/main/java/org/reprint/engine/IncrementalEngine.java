package org.reprint.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;

/**
 * The engine's incremental mode: add articles to an on-disk {@link ReprintIndex} as they arrive, and check
 * articles against everything indexed. A query is the one pipeline with the index as its candidate source
 * ({@link IndexQuerySource}); querying every document of an indexed corpus gives the pairs a scan of that
 * corpus gives.
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
    int replacedCount = 0;
    int commits = 0;
    long characters = 0;
    int sinceCommit = 0;
    Future<?> commit = null;
    for (int start = 0; start < documents.size(); start += BATCH) {
      List<Document> batch = documents.subList(start, Math.min(documents.size(), start + BATCH));
      Set<Integer> replaced = replacedWithinBatch(batch);
      List<Added> analyzed = Parallel.map(options.threads(), batch.size(), i -> {
        AnalyzedDocument document = analyzer.analyze(batch.get(i));
        boolean replacedIndexed = false;
        if (document.tokenCount() > 0 && !replaced.contains(i)) {
          // Lucene's writer takes documents from several threads at once
          replacedIndexed = index.add(document.document(), analyzer.sketch(document));
        }
        return new Added(document, replacedIndexed || replaced.contains(i));
      });
      for (Added result : analyzed) {
        AnalyzedDocument document = result.document();
        if (document.tokenCount() == 0) {
          skipped.add(new SkippedDocument(document.id().value(), SkipReason.EMPTY,
              "no words left after markup and boilerplate removal"));
          continue;
        }
        if (result.replaces()) {
          replacedCount++;
        } else {
          added++;
        }
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
    return new IndexingReport(added, replacedCount, skipped, ingested.warnings(), characters, commits);
  }

  /** A document of a batch after analysis, and whether adding it replaced an article with its id. */
  private record Added(AnalyzedDocument document, boolean replaces) {}

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
      Parallel.await(commit, "index commit");
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
   * Gives each of {@code added} (articles just added and committed) a story, as they arrive: it joins the
   * stored story it is tied to for at least half of its members, or starts its own (see {@link
   * IndexStories}); stored with the article, and committed. The stories so built can depend on the order of
   * arrival; {@link #settleStories} makes them what a scan of the indexed articles gives.
   *
   * @return how many joined a story and how many started one
   */
  public static StoryCounts assignStories(ReprintIndex index, List<Document> added, ScanOptions options) {
    IndexStories.Assignment assignment = IndexStories.assign(index, added, options);
    return new StoryCounts(assignment.joined(), assignment.started());
  }

  /**
   * Sets every indexed article's story to the one a scan of the indexed articles gives, whatever the order
   * they were added in, and commits. Queries every article: as costly as a scan of them.
   *
   * @return the number of stories of two articles or more
   */
  public static int settleStories(ReprintIndex index, ScanOptions options) {
    return IndexStories.settle(index, options);
  }

  /** Articles that joined a stored story, and articles that started one. */
  public record StoryCounts(int joined, int started) {}

  /**
   * Every indexed document related to any of {@code documents}, judged as a scan would, in one result (see
   * {@link Engine#query(IndexSnapshot, IngestResult, ScanOptions)}).
   */
  public static ScanResult query(ReprintIndex index, List<Document> documents, ScanOptions options) {
    return Engine.query(index, documents, options);
  }

  /** Every indexed document related to {@code document}, judged as a scan would, in the scan's result form. */
  public static ScanResult query(ReprintIndex index, Document document, ScanOptions options) {
    return Engine.query(index, List.of(document), options);
  }
}
