package org.reprint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.reprint.classify.Attribution;
import org.reprint.classify.PairJudgement;
import org.reprint.classify.Relation;
import org.reprint.cluster.Clusterer;
import org.reprint.cluster.Clustering;
import org.reprint.cluster.CommonSources;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.document.SkipReason;
import org.reprint.document.SkippedDocument;
import org.reprint.ingest.IngestResult;

/**
 * The one path from documents to a {@link ScanResult}, whichever way in a run takes:
 *
 * <ol>
 *   <li>a {@link CandidateSource} analyzes the documents and proposes candidate pairs;
 *   <li>{@link PairJudge} aligns and classifies each pair, on the run's threads;
 *   <li>the related pairs get their common-source notes ({@link CommonSources});
 *   <li>{@link Clusterer} forms reuse families and stories;
 *   <li>the result is assembled, here and nowhere else, with its tallies.
 * </ol>
 *
 * Sources differ only in where pairs come from, so a scan, a query and any later door make the same
 * decisions with the same code (see {@code IndexedScanEquivalenceTest}).
 */
final class Pipeline {

  private Pipeline() {}

  /** Runs the pipeline on documents that were already read. */
  static ScanResult run(IngestResult ingested, CandidateSource source, Run run) {
    run.skipped.addAll(ingested.skipped());
    run.warnings.addAll(ingested.warnings());
    ProposedPairs proposed = source.propose(ingested.documents(), run);
    CorpusBoilerplate boilerplate = new CorpusBoilerplate();
    List<PairJudgement> judged = run.timed("align+classify", () -> judge(proposed, boilerplate, run));
    List<PairJudgement> related = CommonSources.annotate(judged.stream()
        .filter(j -> listed(j.relation(), run.options().scope()))
        .sorted(Comparator.comparing(PairJudgement::first).thenComparing(PairJudgement::second))
        .toList());
    List<ScannedDocument> listed = listed(proposed, related);
    Map<DocumentId, List<Attribution>> credits = new LinkedHashMap<>();
    listed.forEach(d -> credits.put(d.id(), d.credits()));
    List<Document> documents = listed.stream().map(ScannedDocument::document).toList();
    Clustering clustering =
        run.timed("cluster", () -> new Clusterer(run.options().classification().storyWindowDays())
            .cluster(documents, related, credits));
    run.skipped.sort(Comparator.comparing(SkippedDocument::id));
    run.warnings.sort(Comparator.comparing(IngestWarning::id));
    return new ScanResult(listed, run.skipped, run.warnings, related, clustering,
        statistics(proposed, judged, run), proposed.duplicateGroups(), boilerplate.result());
  }

  private static List<PairJudgement> judge(ProposedPairs proposed, CorpusBoilerplate boilerplate, Run run) {
    PairJudge judge = new PairJudge(run.options(), proposed.commonText(), boilerplate);
    ProgressListener judging = Parallel.counted(run.progress().stage("judging"), proposed.size());
    return Parallel.map(run.options().threads(), proposed.size(), i -> {
      judging.progress(1, proposed.size());
      return judge.judge(proposed.input(i));
    });
  }

  /**
   * Whether a judged pair is listed: any related pair, or in the near-duplicate scope only DUPLICATE and
   * NEAR_DUPLICATE, since that scope's source proposes every pair that may be one of those
   * ({@link org.reprint.classify.PairClassifier#nearDuplicates}) and some turn out otherwise.
   */
  private static boolean listed(Relation relation, ScanScope scope) {
    return scope == ScanScope.NEAR_DUPLICATES
        ? relation == Relation.DUPLICATE || relation == Relation.NEAR_DUPLICATE
        : relation != Relation.UNRELATED;
  }

  /** The documents the result lists: those the source always lists, and those in a related pair. */
  private static List<ScannedDocument> listed(ProposedPairs proposed, List<PairJudgement> related) {
    Set<DocumentId> paired = new HashSet<>();
    related.forEach(p -> {
      paired.add(p.first());
      paired.add(p.second());
    });
    List<ScannedDocument> listed = new ArrayList<>();
    for (int i = 0; i < proposed.documents().size(); i++) {
      ScannedDocument document = proposed.documents().get(i);
      if (proposed.listedWithoutPairs(i) || paired.contains(document.id())) {
        listed.add(document);
      }
    }
    return listed;
  }

  private static ScanStatistics statistics(
      ProposedPairs proposed, List<PairJudgement> judged, Run run) {
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation relation : Relation.values()) {
      byRelation.put(relation, 0);
    }
    judged.forEach(j -> byRelation.merge(j.relation(), 1, Integer::sum));
    int compared = 0; // the documents the run was asked about: all of a scan's, a query's query articles
    long characters = 0;
    for (int i = 0; i < proposed.documents().size(); i++) {
      if (proposed.listedWithoutPairs(i)) {
        compared++;
        characters += proposed.documents().get(i).document().originalText().length();
      }
    }
    return new ScanStatistics(compared, run.skipped.size(), proposed.proposed(), byRelation, characters,
        run.stageMillis, proposed.indexedDocuments());
  }

  /**
   * One run's options, progress, stage clock, and the inputs it skipped or warned about: what a source
   * records as it goes.
   */
  static final class Run {
    private final ScanOptions options;
    private final ProgressListener progress;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private final List<SkippedDocument> skipped = new ArrayList<>();
    private final List<IngestWarning> warnings = new ArrayList<>();

    Run(ScanOptions options, ProgressListener progress) {
      this.options = Objects.requireNonNull(options, "options");
      this.progress = Objects.requireNonNull(progress, "progress");
    }

    ScanOptions options() {
      return options;
    }

    ProgressListener progress() {
      return progress;
    }

    /** Runs one stage of the pipeline, adding its wall time to the stage's total. */
    <T> T timed(String stage, Supplier<T> work) {
      long start = System.nanoTime();
      T result = work.get();
      synchronized (stageMillis) {
        stageMillis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
      }
      return result;
    }

    /** Records a document with no words left to compare: the one rule every source applies. */
    synchronized void skipEmpty(DocumentId id) {
      skipped.add(new SkippedDocument(id.value(), SkipReason.EMPTY,
          "no words left after markup and boilerplate removal"));
    }

    synchronized void warn(IngestWarning warning) {
      warnings.add(warning);
    }
  }
}
