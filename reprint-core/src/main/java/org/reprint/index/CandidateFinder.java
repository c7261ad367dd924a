package org.reprint.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reprint.fingerprint.AnalyzedDocument;
import org.reprint.fingerprint.DocumentSketch;
import org.reprint.fingerprint.FingerprintParameters;
import org.reprint.fingerprint.LshBands;

/**
 * Finds the candidate pairs of a corpus by joining inverted indexes of LSH band keys, winnowed fingerprints
 * and story terms (see the package notes). Never compares all pairs.
 */
public final class CandidateFinder {

  private final LshBands bands;
  private final CandidateOptions options;

  public CandidateFinder(FingerprintParameters parameters, CandidateOptions options) {
    this.bands = new LshBands(parameters.bands(), parameters.rowsPerBand());
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The candidate pairs among {@code documents}, sorted by (first, second).
   *
   * @param vectors the story vector of each document, in the same order
   */
  public List<CandidatePair> find(List<AnalyzedDocument> documents, List<StoryVector> vectors) {
    return findAmongSketches(documents.stream().map(DocumentSketch::of).toList(), vectors);
  }

  /** As {@link #find}, for documents kept as sketches. */
  public List<CandidatePair> findAmongSketches(List<DocumentSketch> documents, List<StoryVector> vectors) {
    if (documents.size() != vectors.size()) {
      throw new IllegalArgumentException(
          "vectors must have one entry per document ("
              + documents.size()
              + "), got "
              + vectors.size());
    }
    PairCounter banded = countPairs(bandPostings(documents), Integer.MAX_VALUE);
    PairCounter fingerprinted =
        countPairs(fingerprintPostings(documents), options.maxFingerprintPostings());
    PairCounter storied = countStoryLinks(vectors);

    PairCounter union = new PairCounter();
    banded.forEach((pair, count) -> union.add(pair, 1));
    fingerprinted.forEach(
        (pair, count) -> {
          if (count >= options.minSharedFingerprints()) {
            union.add(pair, 1);
          }
        });
    storied.forEach(
        (pair, count) -> {
          if (vectors.get(PairCounter.first(pair)).cosine(vectors.get(PairCounter.second(pair)))
                  >= options.storyThreshold()) {
            union.add(pair, 1);
          }
        });
    return collect(union, banded, fingerprinted, vectors);
  }

  private List<CandidatePair> collect(
      PairCounter union, PairCounter banded, PairCounter fingerprinted, List<StoryVector> vectors) {
    List<CandidatePair> pairs = new ArrayList<>();
    union.forEach(
        (pair, ignored) -> {
          int first = PairCounter.first(pair);
          int second = PairCounter.second(pair);
          pairs.add(
              new CandidatePair(
                  first,
                  second,
                  banded.get(pair) > 0,
                  fingerprinted.get(pair),
                  vectors.get(first).cosine(vectors.get(second))));
        });
    pairs.sort(
        (x, y) ->
            x.first() != y.first()
                ? Integer.compare(x.first(), y.first())
                : Integer.compare(x.second(), y.second()));
    return pairs;
  }

  private SortedPostings bandPostings(List<DocumentSketch> documents) {
    SortedPostings postings = new SortedPostings();
    for (int d = 0; d < documents.size(); d++) {
      if (documents.get(d).tokenCount() == 0) {
        continue;
      }
      for (long key : bands.keys(documents.get(d).minHash())) {
        postings.add(IndexLayout.postingKey(key), d);
      }
    }
    return postings.sorted();
  }

  private static SortedPostings fingerprintPostings(List<DocumentSketch> documents) {
    SortedPostings postings = new SortedPostings();
    for (int d = 0; d < documents.size(); d++) {
      for (long fingerprint : documents.get(d).winnowed()) {
        postings.add(IndexLayout.postingKey(fingerprint), d);
      }
    }
    return postings.sorted();
  }

  /**
   * Story links, counted in one direction: for every document a and each of its top terms t used by at most
   * {@code maxStoryPostings} documents, every other document b that has t gets one count for (a, b). A pair is
   * a story candidate when either direction reaches {@code minSharedStoryTerms}. Counting from one side's top
   * terms into the other's full vocabulary is what a query against an index can do too (the query's top
   * terms against the postings of every indexed term), so scan and query find the same candidates.
   */
  private PairCounter countStoryLinks(List<StoryVector> vectors) {
    SortedPostings postings = new SortedPostings();
    int vocabulary = 0;
    for (int d = 0; d < vectors.size(); d++) {
      for (int term : vectors.get(d).termIds()) {
        postings.add(term, d);
        vocabulary = Math.max(vocabulary, term + 1);
      }
    }
    postings.sorted();
    int[] at = postings.offsets(vocabulary);
    PairCounter directed = new PairCounter();
    for (int a = 0; a < vectors.size(); a++) {
      for (int term : vectors.get(a).topTermIds(options.storyTermsPerDocument())) {
        if (at[term + 1] - at[term] > options.maxStoryPostings()) {
          continue;
        }
        for (int i = at[term]; i < at[term + 1]; i++) {
          if (postings.document(i) != a) {
            directed.add(PairCounter.packDirected(a, postings.document(i)), 1);
          }
        }
      }
    }
    PairCounter storied = new PairCounter();
    directed.forEach((pair, count) -> {
      if (count >= options.minSharedStoryTerms()) {
        storied.add(PairCounter.pack(PairCounter.first(pair), PairCounter.second(pair)), count);
      }
    });
    return storied;
  }

  /** Counts, for every pair of documents in a posting list no longer than {@code cap}, the lists shared. */
  private static PairCounter countPairs(SortedPostings postings, int cap) {
    PairCounter counter = new PairCounter();
    postings.forEachList((key, documents, count) -> {
      if (count < 2 || count > cap) {
        return;
      }
      for (int i = 0; i < count; i++) {
        for (int j = i + 1; j < count; j++) {
          counter.add(PairCounter.pack(documents[i], documents[j]), 1);
        }
      }
    });
    return counter;
  }
}
