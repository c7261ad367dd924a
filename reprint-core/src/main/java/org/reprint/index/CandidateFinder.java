package org.reprint.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reprint.fingerprint.DocumentSketch;

/**
 * Finds the candidate pairs of a corpus by joining inverted indexes of LSH band keys, winnowed fingerprints
 * and story terms (see the package notes). Never compares all pairs.
 */
public final class CandidateFinder {

  private final CandidateOptions options;

  public CandidateFinder(CandidateOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The candidate pairs among {@code documents}, sorted by (first, second), on one thread.
   *
   * @param vectors the story vector of each document, in the same order
   */
  public List<CandidatePair> find(List<DocumentSketch> documents, List<StoryVector> vectors) {
    CandidateJoin join = join(documents, StoryVectors.of(vectors));
    List<List<CandidatePair>> links = new ArrayList<>();
    for (int a = 0; a < documents.size(); a++) {
      links.add(join.linksOf(a));
    }
    return CandidateJoin.merge(links);
  }

  /**
   * The join of {@code documents}, ready to be run document by document, on as many threads as the caller
   * likes: {@code CandidateJoin.merge} of every document's {@code linksOf} is the candidate list.
   *
   * @param vectors the story vectors of the documents, in the same order
   */
  public CandidateJoin join(List<DocumentSketch> documents, StoryVectors vectors) {
    return join(documents, vectors, new java.util.BitSet());
  }

  /**
   * As {@link #join(List, StoryVectors)}, leaving out the documents set in {@code excluded}: they take no
   * part in the join, neither as a document nor in any posting list or its size (the members of a
   * duplicate group, represented by one of them).
   */
  public CandidateJoin join(List<DocumentSketch> documents, StoryVectors vectors, java.util.BitSet excluded) {
    if (documents.size() != vectors.size()) {
      throw new IllegalArgumentException(
          "vectors must have one entry per document ("
              + documents.size()
              + "), got "
              + vectors.size());
    }
    return new CandidateJoin(documents, vectors, options, excluded, bandPostings(documents, excluded),
        fingerprintPostings(documents, excluded), termPostings(vectors, options.maxStoryPostings(), excluded));
  }

  /**
   * The band part of {@link #join} alone: pairs that share an LSH band key, each with no fingerprint count
   * and a story similarity of 0. The join of the near-duplicate scope, where {@code documents} need only
   * their token counts and band keys.
   */
  public CandidateJoin bandJoin(List<DocumentSketch> documents) {
    return bandJoin(documents, new java.util.BitSet());
  }

  /** As {@link #bandJoin(List)}, leaving out the documents set in {@code excluded}. */
  public CandidateJoin bandJoin(List<DocumentSketch> documents, java.util.BitSet excluded) {
    SortedPostings none = new SortedPostings().sorted();
    return new CandidateJoin(documents, StoryVectors.empty(documents.size()), options, excluded,
        bandPostings(documents, excluded), none, none);
  }

  private SortedPostings bandPostings(List<DocumentSketch> documents, java.util.BitSet excluded) {
    SortedPostings postings = new SortedPostings();
    for (int d = 0; d < documents.size(); d++) {
      if (documents.get(d).tokenCount() == 0 || excluded.get(d)) {
        continue;
      }
      for (long key : documents.get(d).bandKeys()) {
        postings.add(IndexLayout.postingKey(key), d);
      }
    }
    return postings.sorted();
  }

  /**
   * The terms of the story vectors, each with the documents that have it: the vocabulary story links are
   * counted into. A term in more than {@code maxPostings} documents is never followed (see
   * {@link CandidateOptions#maxStoryPostings}), so its list is left out: at a million documents that drops
   * most postings, those of common words.
   */
  private static SortedPostings termPostings(StoryVectors vectors, int maxPostings, java.util.BitSet excluded) {
    int[] documentFrequencies = new int[1];
    for (int d = excluded.nextClearBit(0); d < vectors.size(); d = excluded.nextClearBit(d + 1)) {
      for (int term : vectors.termIds(d)) {
        if (term >= documentFrequencies.length) {
          documentFrequencies = java.util.Arrays.copyOf(
              documentFrequencies, Math.max(term + 1, documentFrequencies.length * 2));
        }
        documentFrequencies[term]++;
      }
    }
    SortedPostings postings = new SortedPostings();
    for (int d = excluded.nextClearBit(0); d < vectors.size(); d = excluded.nextClearBit(d + 1)) {
      for (int term : vectors.termIds(d)) {
        if (documentFrequencies[term] <= maxPostings) {
          postings.add(term, d);
        }
      }
    }
    return postings.sorted();
  }

  private static SortedPostings fingerprintPostings(List<DocumentSketch> documents, java.util.BitSet excluded) {
    SortedPostings postings = new SortedPostings();
    for (int d = excluded.nextClearBit(0); d < documents.size(); d = excluded.nextClearBit(d + 1)) {
      for (long fingerprint : documents.get(d).winnowed()) {
        postings.add(IndexLayout.postingKey(fingerprint), d);
      }
    }
    return postings.sorted();
  }
}
