package org.reprint.engine;

import java.util.List;
import org.reprint.document.Document;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.ReprintIndex;
import org.reprint.ingest.IngestResult;
import org.reprint.ingest.Ingester;

/**
 * The engine's doors. Each reads its input, picks a {@link CandidateSource} and runs the one
 * {@link Pipeline}:
 *
 * <pre>{@code
 * ScanResult result = Engine.run(ScanOptions.defaults(List.of(Path.of("news"))));
 * }</pre>
 *
 * A scan joins a corpus with itself ({@link CorpusJoinSource}, or {@link BandJoinSource} in the
 * near-duplicate scope); a query looks articles up in an index ({@link IndexQuerySource}).
 */
public final class Engine {

  /**
   * From this many documents a scan keeps only sketches and analyzes documents again to judge their pairs
   * (see {@link AnalyzedCorpus}): a little more time for a fraction of the memory.
   */
  public static final int COMPACT_FROM = 50_000;

  private Engine() {}

  /**
   * Reads the options' inputs and scans them.
   *
   * @throws org.reprint.ingest.DuplicateIdException if two inputs hold a document with the same id
   */
  public static ScanResult run(ScanOptions options) {
    return run(options, ProgressListener.NONE);
  }

  /** As {@link #run(ScanOptions)}, reporting the stages' progress. */
  public static ScanResult run(ScanOptions options, ProgressListener progress) {
    Pipeline.Run run = new Pipeline.Run(options, progress);
    IngestResult ingested =
        run.timed("ingest", () -> new Ingester(options.ingest()).ingestAll(options.inputs()));
    return Pipeline.run(ingested, source(options, COMPACT_FROM), run);
  }

  /** Scans documents that were already read (standard input, JSON Lines from elsewhere, tests). */
  public static ScanResult scan(IngestResult ingested, ScanOptions options) {
    return scan(ingested, options, ProgressListener.NONE);
  }

  /** As {@link #scan(IngestResult, ScanOptions)}, reporting progress. */
  public static ScanResult scan(IngestResult ingested, ScanOptions options, ProgressListener progress) {
    return Pipeline.run(ingested, source(options, COMPACT_FROM), new Pipeline.Run(options, progress));
  }

  /** A scan that goes compact from {@code compactFrom} documents: for tests of both modes. */
  static ScanResult scan(IngestResult ingested, ScanOptions options, int compactFrom) {
    return Pipeline.run(ingested, source(options, compactFrom), new Pipeline.Run(options, ProgressListener.NONE));
  }

  /**
   * Every indexed article related to any of the query articles, judged as a scan judges, in one result:
   * the query articles, the indexed articles related to them, the pairs, and the inputs skipped.
   *
   * @throws IllegalArgumentException if {@code options.scope} is not ALL
   */
  public static ScanResult query(IndexSnapshot snapshot, IngestResult queries, ScanOptions options) {
    return query(snapshot, queries, options, ProgressListener.NONE);
  }

  /** As {@link #query(IndexSnapshot, IngestResult, ScanOptions)}, reporting progress. */
  public static ScanResult query(
      IndexSnapshot snapshot, IngestResult queries, ScanOptions options, ProgressListener progress) {
    if (options.scope() != ScanScope.ALL) {
      throw new IllegalArgumentException(
          "options.scope must be ALL for a query, which judges every relation; got " + options.scope());
    }
    return Pipeline.run(queries, new IndexQuerySource(snapshot), new Pipeline.Run(options, progress));
  }

  /** A query of {@code documents} against the last commit of {@code index}. */
  public static ScanResult query(ReprintIndex index, List<Document> documents, ScanOptions options) {
    try (IndexSnapshot snapshot = index.snapshot()) {
      return query(snapshot, new IngestResult(documents, List.of(), List.of()), options);
    }
  }

  private static CandidateSource source(ScanOptions options, int compactFrom) {
    return options.scope() == ScanScope.NEAR_DUPLICATES
        ? new BandJoinSource()
        : new CorpusJoinSource(compactFrom);
  }
}
