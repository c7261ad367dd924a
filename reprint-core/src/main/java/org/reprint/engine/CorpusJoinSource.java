package org.reprint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reprint.document.Document;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.WordsKey;
import org.reprint.index.CandidateFinder;
import org.reprint.index.CandidateJoin;
import org.reprint.index.CandidatePair;
import org.reprint.index.CommonFingerprints;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;
import org.reprint.index.StoryVectors;

/**
 * The candidate source of a full scan: every document analyzed, corpus statistics from all of them, and the
 * corpus joined with itself on LSH band keys, winnowed fingerprints and story terms ({@link CandidateJoin}).
 * From {@link Engine#COMPACT_FROM} documents it keeps sketches only (see {@link AnalyzedCorpus}).
 */
final class CorpusJoinSource implements CandidateSource {

  private final int compactFrom;

  CorpusJoinSource(int compactFrom) {
    this.compactFrom = compactFrom;
  }

  /** What one analysis leaves for the rest of the scan; {@code retained} is null in compact mode. */
  private record Analysis(
      ScannedDocument scanned, DocumentSketch sketch, WordsKey words, AnalyzedDocument retained) {}

  @Override
  public ProposedPairs propose(List<Document> documents, Pipeline.Run run) {
    List<WordsKey> words = new ArrayList<>();
    AnalyzedCorpus corpus = run.timed("normalize+fingerprint", () -> analyze(documents, run, words));
    DuplicateGrouping groups =
        DuplicateGrouping.of(corpus.scanned, words, run.options().groupDuplicatesFrom());
    CorpusStatistics statistics = CorpusStatistics.ofSketches(corpus.sketches); // members count: same IDF
    CommonFingerprints[] common = new CommonFingerprints[1];
    List<CandidatePair> candidates =
        run.timed("candidates", () -> candidates(corpus, statistics, groups, run, common));
    return corpus.pairs(candidates, candidates.size(), statistics, groups.asResult(corpus.scanned),
        common[0]::documents);
  }

  private AnalyzedCorpus analyze(List<Document> documents, Pipeline.Run run, List<WordsKey> words) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(run.options().fingerprint());
    boolean compact = documents.size() >= compactFrom;
    ProgressListener analyzing = Parallel.counted(run.progress().stage("analyzing"), documents.size());
    List<Analysis> all = Parallel.map(run.options().threads(), documents.size(), i -> {
      AnalyzedDocument document = analyzer.analyze(documents.get(i));
      analyzing.progress(1, documents.size());
      return new Analysis(analyzer.scanned(document), analyzer.sketch(document),
          WordsKey.of(document.fingerprint().tokens()), compact ? null : document);
    });
    List<Analysis> usable = new ArrayList<>();
    for (Analysis result : all) {
      if (result.sketch().tokenCount() == 0) {
        run.skipEmpty(result.scanned().id());
      } else {
        usable.add(result);
      }
    }
    usable.sort(Comparator.comparing(result -> result.scanned().id()));
    List<ScannedDocument> scanned = new ArrayList<>(usable.size());
    List<DocumentSketch> sketches = new ArrayList<>(usable.size());
    List<AnalyzedDocument> retained = compact ? null : new ArrayList<>(usable.size());
    for (Analysis result : usable) {
      scanned.add(result.scanned());
      sketches.add(result.sketch());
      words.add(result.words());
      if (!compact) {
        retained.add(result.retained());
      }
    }
    return new AnalyzedCorpus(scanned, sketches, retained, analyzer);
  }

  /**
   * The candidate join: story vectors packed once (the sketches' terms are dropped as their vectors are
   * made, since nothing else reads them), then each document's side of the join on the scan's threads.
   */
  private static List<CandidatePair> candidates(
      AnalyzedCorpus corpus,
      CorpusStatistics statistics,
      DuplicateGrouping groups,
      Pipeline.Run run,
      CommonFingerprints[] commonOut) {
    int threads = run.options().threads();
    long terms = 0;
    for (DocumentSketch sketch : corpus.sketches) {
      terms += sketch.terms().length;
    }
    StoryVectors.Builder builder = new StoryVectors.Builder(corpus.size(), terms);
    int chunk = 1 << 15; // vectors are built in parallel a chunk at a time, so only one chunk is ever boxed
    for (int from = 0; from < corpus.size(); from += chunk) {
      int start = from;
      int end = Math.min(corpus.size(), from + chunk);
      Parallel.map(threads, end - start, i -> StoryVector.of(corpus.sketches.get(start + i), statistics))
          .forEach(builder::add);
      corpus.dropSketchTerms(start, end);
    }
    StoryVectors vectors = builder.build();
    CandidateJoin join =
        new CandidateFinder(run.options().candidates()).join(corpus.sketches, vectors, groups.represented);
    commonOut[0] = join.commonFingerprints(); // tells corpus boilerplate when pairs are judged
    ProgressListener joining = Parallel.counted(run.progress().stage("joining"), corpus.size());
    List<CandidatePair> joined = CandidateJoin.merge(Parallel.map(threads, corpus.size(), a -> {
      joining.progress(1, corpus.size());
      return join.linksOf(a);
    }));
    return DuplicateGrouping.withMemberPairs(joined, groups.memberPairs(vectors::cosine));
  }
}
