package org.reprint.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.reprint.classify.PairClassifier;
import org.reprint.document.Document;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.WordsKey;
import org.reprint.index.CandidateFinder;
import org.reprint.index.CandidateJoin;
import org.reprint.index.CandidatePair;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.StoryVector;

/**
 * The candidate source of the {@link ScanScope#NEAR_DUPLICATES} scope: only the pairs a full scan labels
 * DUPLICATE or NEAR_DUPLICATE, found the way near-duplicate detectors work, by MinHash LSH candidates
 * verified on exact resemblance, at a fraction of a full scan's cost.
 *
 * <ol>
 *   <li>Every document is normalized and reduced to its word count, MinHash band keys and credits
 *       ({@link DocumentAnalyzer}'s light pass); content terms, sentences, winnowing and shingle order are
 *       never made.
 *   <li>Band keys are joined by the full scan's own join ({@link CandidateFinder#bandJoin}).
 *   <li>The documents of candidate pairs are analyzed in full. A pair is kept when its words are the same or
 *       the exact resemblance of its shingle sets reaches the near-duplicate threshold, the first two rules
 *       of the relation, which nothing else decides; kept pairs go to the pipeline's judge, as in a full
 *       scan, for their passages, divergences, direction and explanation.
 * </ol>
 *
 * <p>Two documents with resemblance 0.8 share one of 32 bands of 4 rows with probability
 * 1 - (1 - 0.8^4)^32 &gt; 0.9999999, so the pairs are a full scan's DUPLICATE and NEAR_DUPLICATE pairs, with
 * the same relation and resemblance. Scores weighted by IDF (story similarity, and reworded passages inside a
 * near duplicate) use the statistics of the documents in kept pairs instead of the whole corpus's, and may
 * differ slightly from a full scan's.
 */
final class BandJoinSource implements CandidateSource {

  @Override
  public ProposedPairs propose(List<Document> documents, Pipeline.Run run) {
    List<WordsKey> words = new ArrayList<>();
    AnalyzedCorpus corpus = run.timed("normalize+signature", () -> sign(documents, run, words));
    DuplicateGrouping groups =
        DuplicateGrouping.of(corpus.scanned, words, run.options().groupDuplicatesFrom());
    List<CandidatePair> candidates = run.timed("candidates", () -> DuplicateGrouping.withMemberPairs(
        candidates(corpus, groups, run), groups.memberPairs((first, second) -> 0)));
    return run.timed("verify", () -> verify(corpus, candidates, groups.asResult(corpus.scanned), run));
  }

  /** The first pass, as a compact corpus: band keys as sketches, documents analyzed again when judged. */
  private static AnalyzedCorpus sign(List<Document> documents, Pipeline.Run run, List<WordsKey> words) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(run.options().fingerprint());
    ProgressListener analyzing = Parallel.counted(run.progress().stage("analyzing"), documents.size());
    List<DocumentAnalyzer.Signed> all = Parallel.map(run.options().threads(), documents.size(), i -> {
      DocumentAnalyzer.Signed signed = analyzer.sign(documents.get(i));
      analyzing.progress(1, documents.size());
      return signed;
    });
    List<DocumentAnalyzer.Signed> usable = new ArrayList<>();
    for (DocumentAnalyzer.Signed signed : all) {
      if (signed.scanned().wordCount() == 0) {
        run.skipEmpty(signed.scanned().id());
      } else {
        usable.add(signed);
      }
    }
    usable.sort(Comparator.comparing(signed -> signed.scanned().id()));
    List<ScannedDocument> scanned = new ArrayList<>(usable.size());
    List<DocumentSketch> sketches = new ArrayList<>(usable.size());
    for (DocumentAnalyzer.Signed signed : usable) {
      scanned.add(signed.scanned());
      sketches.add(DocumentSketch.ofBandKeys(signed.scanned().wordCount(), signed.bandKeys()));
      words.add(signed.words());
    }
    return new AnalyzedCorpus(scanned, sketches, null, analyzer);
  }

  private static List<CandidatePair> candidates(
      AnalyzedCorpus corpus, DuplicateGrouping groups, Pipeline.Run run) {
    CandidateJoin join =
        new CandidateFinder(run.options().candidates()).bandJoin(corpus.sketches, groups.represented);
    ProgressListener joining = Parallel.counted(run.progress().stage("joining"), corpus.size());
    return CandidateJoin.merge(Parallel.map(run.options().threads(), corpus.size(), a -> {
      joining.progress(1, corpus.size());
      return join.linksOf(a);
    }));
  }

  /**
   * Keeps the candidate pairs that are duplicates or near duplicates, with statistics of their own
   * documents. Memory stays bounded: each pair's documents are analyzed for its check alone (at a million
   * articles, holding the analyses of all candidates' documents at once filled an 8 GB heap), and judging
   * goes through the corpus's bounded cache.
   */
  private static ProposedPairs verify(
      AnalyzedCorpus corpus, List<CandidatePair> candidates, List<DuplicateGroup> groups, Pipeline.Run run) {
    ScanOptions options = run.options();
    DocumentAnalyzer analyzer = new DocumentAnalyzer(options.fingerprint());
    PairClassifier classifier =
        new PairClassifier(options.classification(), options.alignment().minPassageWords());
    ProgressListener verifying = Parallel.counted(run.progress().stage("verifying"), candidates.size());
    List<CandidatePair> kept = Parallel.map(options.threads(), candidates.size(), i -> {
      verifying.progress(1, candidates.size());
      CandidatePair pair = candidates.get(i);
      return classifier.nearDuplicates(analyzer.analyze(corpus.document(pair.first())),
          analyzer.analyze(corpus.document(pair.second()))) ? pair : null;
    }).stream().filter(Objects::nonNull).toList();
    List<Integer> keptDocuments = new ArrayList<>(new TreeSet<>(kept.stream()
        .flatMap(pair -> java.util.stream.Stream.of(pair.first(), pair.second())).toList()));
    List<DocumentSketch> sketches = Parallel.map(options.threads(), keptDocuments.size(),
        i -> DocumentSketch.of(analyzer.analyze(corpus.document(keptDocuments.get(i)))));
    CorpusStatistics statistics = CorpusStatistics.ofSketches(sketches);
    java.util.Map<Integer, StoryVector> vectors = new java.util.HashMap<>();
    for (int i = 0; i < keptDocuments.size(); i++) {
      vectors.put(keptDocuments.get(i), StoryVector.of(sketches.get(i), statistics));
    }
    List<CandidatePair> scored = kept.stream()
        .map(pair -> new CandidatePair(pair.first(), pair.second(), pair.sharesBand(),
            pair.sharedFingerprints(), vectors.get(pair.first()).cosine(vectors.get(pair.second()))))
        .toList();
    return corpus.pairs(scored, candidates.size(), statistics, groups, org.reprint.align.CommonText.NONE);
  }
}
