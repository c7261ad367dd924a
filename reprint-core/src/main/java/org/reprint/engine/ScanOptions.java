package org.reprint.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.reprint.align.AlignmentOptions;
import org.reprint.align.RewriteDetector;
import org.reprint.classify.ClassificationOptions;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.index.CandidateOptions;
import org.reprint.ingest.IngestOptions;

/**
 * Everything a scan needs; the defaults are documented on each options record.
 *
 * @param inputs files or folders to read
 * @param threads worker threads (1 to 256); results do not depend on it
 * @param scope the relations looked for (default {@link ScanScope#ALL})
 * @param groupDuplicatesFrom how many articles with the same words form a {@link DuplicateGroup}, judged
 *     once through one of them (default 3; 0 turns groups off). From three copies on the pairs of a group
 *     grow as n(n-1)/2 (2,000 copies of one wire story made 1,999,000 pairs) where the group needs n - 1;
 *     two duplicates stay a pair, which is already the compact form.
 * @param rewrites a second opinion asked on each pair judged SAME_STORY or PARTIAL_REUSE, or null (default: none): see
 *     {@link RewriteDetector}
 */
public record ScanOptions(
    List<Path> inputs,
    IngestOptions ingest,
    FingerprintParameters fingerprint,
    CandidateOptions candidates,
    AlignmentOptions alignment,
    ClassificationOptions classification,
    int threads,
    ScanScope scope,
    int groupDuplicatesFrom,
    RewriteDetector rewrites) {

  public ScanOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(scope, "scope");
    if (groupDuplicatesFrom != 0 && (groupDuplicatesFrom < 2 || groupDuplicatesFrom > 1_000_000)) {
      throw new IllegalArgumentException(
          "groupDuplicatesFrom must be 0 (off) or between 2 and 1000000, got " + groupDuplicatesFrom);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
    }
    if (candidates.storyThreshold() != classification.storyThreshold()) {
      throw new IllegalArgumentException(
          "candidates.storyThreshold ("
              + candidates.storyThreshold()
              + ") must equal classification.storyThreshold ("
              + classification.storyThreshold()
              + ")");
    }
  }

  /** Default options for the given inputs, on as many threads as there are processors. */
  public static ScanOptions defaults(List<Path> inputs) {
    return new ScanOptions(
        inputs,
        IngestOptions.DEFAULT,
        FingerprintParameters.DEFAULT,
        CandidateOptions.DEFAULT,
        AlignmentOptions.DEFAULT,
        ClassificationOptions.DEFAULT,
        Math.max(1, Math.min(256, Runtime.getRuntime().availableProcessors())),
        ScanScope.ALL,
        3,
        null);
  }

  /**
   * The options before a rewrite detector could be given: for callers written against them.
   */
  public ScanOptions(List<Path> inputs, IngestOptions ingest, FingerprintParameters fingerprint,
      CandidateOptions candidates, AlignmentOptions alignment, ClassificationOptions classification,
      int threads, ScanScope scope, int groupDuplicatesFrom) {
    this(inputs, ingest, fingerprint, candidates, alignment, classification, threads, scope,
        groupDuplicatesFrom, null);
  }

  /** These options with a rewrite detector asked on pairs judged SAME_STORY or PARTIAL_REUSE (null: none). */
  public ScanOptions withRewrites(RewriteDetector detector) {
    return new ScanOptions(inputs, ingest, fingerprint, candidates, alignment, classification, threads, scope,
        groupDuplicatesFrom, detector);
  }

  public ScanOptions withThreads(int count) {
    return new ScanOptions(inputs, ingest, fingerprint, candidates, alignment, classification, count, scope, groupDuplicatesFrom, rewrites);
  }

  public ScanOptions withIngest(IngestOptions options) {
    return new ScanOptions(inputs, options, fingerprint, candidates, alignment, classification, threads, scope, groupDuplicatesFrom, rewrites);
  }

  public ScanOptions withScope(ScanScope newScope) {
    return new ScanOptions(inputs, ingest, fingerprint, candidates, alignment, classification, threads, newScope, groupDuplicatesFrom, rewrites);
  }

  /** These options with duplicate groups from {@code size} copies on, or none for 0. */
  public ScanOptions withGroupDuplicatesFrom(int size) {
    return new ScanOptions(inputs, ingest, fingerprint, candidates, alignment, classification, threads, scope, size, rewrites);
  }
}
