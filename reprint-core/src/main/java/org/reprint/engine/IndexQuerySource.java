package org.reprint.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.reprint.align.SentenceProfile;
import org.reprint.document.Document;
import org.reprint.document.DocumentId;
import org.reprint.document.IngestWarning;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.index.CandidateOptions;
import org.reprint.index.CorpusStatistics;
import org.reprint.index.IndexCandidate;
import org.reprint.index.IndexSnapshot;
import org.reprint.index.StoryVector;

/**
 * The candidate source of a query: each query article looked up in the postings of an on-disk index, from
 * its own side (the same joins and caps as a scan's batch join, {@link IndexSnapshot#candidates}), with IDF
 * from the index's document frequencies. Everything is read from one {@link IndexSnapshot}, so a query's
 * statistics, candidates and stored articles come from one commit.
 *
 * <p>A query article that is itself indexed (same id, same text and metadata) is the indexed article: it
 * is not paired with itself, and its statistics count it once, so querying every article of an indexed
 * corpus gives the pairs a scan of that corpus gives. A query article with the id of an indexed article but
 * other content is a new version: it is renamed {@code "ID (query)"} in the result, with a warning, and
 * judged against the indexed one like any other.
 */
final class IndexQuerySource implements CandidateSource {

  /** What makes a query's id distinct from the indexed article whose id it has. */
  static final String RENAMED_SUFFIX = " (query)";

  private final IndexSnapshot snapshot;
  private final Set<String> within;

  IndexQuerySource(IndexSnapshot snapshot) {
    this(snapshot, null);
  }

  /**
   * A source that keeps only candidates whose ids are in {@code within} (null: every candidate), for a
   * query that judges a known set of articles among themselves (a family) without judging each against
   * the whole index.
   */
  IndexQuerySource(IndexSnapshot snapshot, Set<String> within) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.within = within == null ? null : Set.copyOf(within);
  }

  /** One query article after its lookup: its side of every pair, and the indexed articles kept. */
  private record Lookup(PairJudge.Side query, CorpusStatistics statistics, List<Found> found) {}

  /** An indexed article kept for a query, with its story similarity to it. */
  private record Found(AnalyzedDocument document, ScannedDocument scanned, double storySimilarity) {}

  /** One pair to judge: a query's lookup and the index of the article it found. */
  private record PairRef(Lookup lookup, int found) {}

  @Override
  public ProposedPairs propose(List<Document> queries, Pipeline.Run run) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(run.options().fingerprint());
    Map<DocumentId, ScannedDocument> documents = new LinkedHashMap<>();
    Set<DocumentId> queryIds = new HashSet<>();
    List<PairRef> pairs = new ArrayList<>();
    Set<List<DocumentId>> seen = new HashSet<>();
    int proposed = 0;
    ProgressListener querying = run.progress().stage("querying");
    for (int q = 0; q < queries.size(); q++) {
      Document given = queries.get(q);
      Optional<Document> stored = snapshot.document(given.id().value());
      boolean indexed = stored.isPresent() && stored.get().equals(given);
      Document document = stored.isEmpty() || indexed ? given : renamed(given, run);
      AnalyzedDocument query = analyzer.analyze(document);
      querying.progress(q + 1, queries.size());
      if (query.tokenCount() == 0) {
        run.skipEmpty(document.id());
        continue;
      }
      ScannedDocument scannedQuery = analyzer.scanned(query);
      documents.putIfAbsent(query.id(), scannedQuery);
      queryIds.add(query.id());
      int[] candidateCount = {0};
      Lookup lookup = run.timed("candidates",
          () -> lookup(query, scannedQuery, indexed, analyzer, run.options(), candidateCount));
      proposed += candidateCount[0];
      for (int f = 0; f < lookup.found().size(); f++) {
        ScannedDocument other = lookup.found().get(f).scanned();
        documents.putIfAbsent(other.id(), other);
        List<DocumentId> key = query.id().compareTo(other.id()) < 0
            ? List.of(query.id(), other.id()) : List.of(other.id(), query.id());
        if (seen.add(key)) { // the same two articles found from both sides are judged once
          pairs.add(new PairRef(lookup, f));
        }
      }
    }
    List<ScannedDocument> sorted = new ArrayList<>(documents.values());
    sorted.sort(Comparator.comparing(ScannedDocument::id));
    return pairs(sorted, queryIds, pairs, proposed);
  }

  /**
   * The query under a new id, with a warning: an indexed article has its id but other content, and two
   * different articles must not share an id in one result.
   */
  private static Document renamed(Document query, Pipeline.Run run) {
    DocumentId renamed = new DocumentId(query.id().value() + RENAMED_SUFFIX);
    run.warn(new IngestWarning(renamed.value(), "SAME_ID_AS_INDEXED",
        "has the same id as an indexed article (" + query.id() + ") but other content; compared with it"
            + " as a new article and shown as " + renamed));
    return new Document(renamed, query.originalText(), query.format(), query.metadata(),
        query.metadataSpans());
  }

  /**
   * Looks one query up: candidates from the postings, their analyses, statistics over the query's and
   * their terms, and the second half of the candidate rule ({@link CandidateOptions#keeps}) on their story
   * similarity.
   */
  private Lookup lookup(
      AnalyzedDocument query,
      ScannedDocument scannedQuery,
      boolean indexed,
      DocumentAnalyzer analyzer,
      ScanOptions options,
      int[] candidateCount) {
    int documentCount = snapshot.documentCount() + (indexed ? 0 : 1);
    DocumentSketch sketch = analyzer.sketch(query);
    Set<String> queryTerms = new HashSet<>(Arrays.asList(sketch.terms()));
    CorpusStatistics queryStatistics = statistics(queryTerms, queryTerms, indexed, documentCount);
    StoryVector queryVector = StoryVector.of(query, queryStatistics);
    List<String> storyTerms = new ArrayList<>();
    for (int id : queryVector.topTermIds(options.candidates().storyTermsPerDocument())) {
      storyTerms.add(queryStatistics.term(id));
    }
    List<IndexCandidate> retrieved =
        snapshot.candidates(sketch, query.id().value(), storyTerms, indexed, options.candidates());
    List<IndexCandidate> candidates = within == null ? retrieved
        : retrieved.stream().filter(c -> within.contains(c.document().id().value())).toList();
    candidateCount[0] = candidates.size();
    List<AnalyzedDocument> others = Parallel.map(options.threads(), candidates.size(),
        i -> analyzer.analyze(candidates.get(i).document()));
    Set<String> terms = new HashSet<>(queryTerms); // order is irrelevant: term ids come from sorting
    others.forEach(other -> terms.addAll(distinctTerms(other)));
    CorpusStatistics statistics = statistics(terms, queryTerms, indexed, documentCount);
    StoryVector vector = StoryVector.of(query, statistics);
    List<Found> found = Parallel.map(options.threads(), others.size(), i -> {
      IndexCandidate candidate = candidates.get(i);
      double story = vector.cosine(StoryVector.of(others.get(i), statistics));
      return options.candidates().keeps(candidate.sharesBand(), candidate.sharedFingerprints(), story)
          ? new Found(others.get(i), analyzer.scanned(others.get(i)), story)
          : null;
    }).stream().filter(Objects::nonNull).toList();
    PairJudge.Side side = new PairJudge.Side(query,
        SentenceProfile.of(query, statistics::termId, statistics::idf), scannedQuery.credits());
    return new Lookup(side, statistics, found);
  }

  /**
   * Corpus statistics for {@code terms}, from the snapshot's document frequencies; a query that is not
   * indexed counts as one more document, as it would in a scan of the index plus the query.
   */
  private CorpusStatistics statistics(
      Set<String> terms, Set<String> queryTerms, boolean indexed, int documentCount) {
    Map<String, Integer> frequencies = snapshot.documentFrequencies(terms);
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

  private ProposedPairs pairs(
      List<ScannedDocument> documents, Set<DocumentId> queryIds, List<PairRef> pairs, int proposed) {
    int indexedDocuments = snapshot.documentCount();
    return new ProposedPairs() {
      @Override
      public List<ScannedDocument> documents() {
        return documents;
      }

      @Override
      public boolean listedWithoutPairs(int index) {
        return queryIds.contains(documents.get(index).id());
      }

      @Override
      public int proposed() {
        return proposed;
      }

      @Override
      public int size() {
        return pairs.size();
      }

      @Override
      public PairJudge.Input input(int index) {
        PairRef pair = pairs.get(index);
        Found other = pair.lookup().found().get(pair.found());
        CorpusStatistics statistics = pair.lookup().statistics();
        PairJudge.Side otherSide = new PairJudge.Side(other.document(),
            SentenceProfile.of(other.document(), statistics::termId, statistics::idf),
            other.scanned().credits());
        return PairJudge.Input.ordered(pair.lookup().query(), otherSide, other.storySimilarity());
      }

      @Override
      public org.reprint.align.CommonText commonText() {
        return snapshot::fingerprintDocuments;
      }

      @Override
      public OptionalInt indexedDocuments() {
        return OptionalInt.of(indexedDocuments);
      }
    };
  }
}
