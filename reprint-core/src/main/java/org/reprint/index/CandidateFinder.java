package org.reprint.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    return findAmongSketches(
        documents.stream().map(d -> DocumentSketch.of(d.fingerprint(), bands)).toList(), vectors);
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
    return findAmongSketches(documents, vectors::get);
  }

  /**
   * As {@link #find}, for documents kept as sketches, with story vectors made on demand: at a million
   * documents, keeping every vector would cost gigabytes.
   */
  public List<CandidatePair> findAmongSketches(
      List<DocumentSketch> documents, java.util.function.IntFunction<StoryVector> vectors) {
    SortedPostings banded = bandPostings(documents);
    SortedPostings fingerprinted = fingerprintPostings(documents);
    SortedPostings terms = termPostings(documents.size(), vectors);
    List<Link> links = new ArrayList<>();
    for (int a = 0; a < documents.size(); a++) {
      links.addAll(linksOf(a, documents.get(a), vectors, banded, fingerprinted, terms));
    }
    return merge(links, vectors);
  }

  /** What one document's side of the join says about a pair (first < second). */
  private record Link(int first, int second, boolean band, int fingerprints, boolean story) {}

  /**
   * The join from document a's side, counted in a small local table so that memory holds only the
   * candidates, never every pair that shares a posting: bands and fingerprints pair a with later documents
   * (each unordered pair once); story links count a's top terms in every other document's vocabulary (a
   * directed count, so each side of a pair speaks for itself).
   */
  private List<Link> linksOf(
      int a,
      DocumentSketch document,
      java.util.function.IntFunction<StoryVector> vectors,
      SortedPostings banded,
      SortedPostings fingerprinted,
      SortedPostings terms) {
    Map<Integer, int[]> counts = new TreeMap<>(); // b -> {band, fingerprints, story}
    if (document.tokenCount() > 0) {
      for (long key : distinctPostingKeys(document.bandKeys())) {
        countAfter(a, banded, key, Integer.MAX_VALUE, counts, 0);
      }
    }
    for (long key : distinctPostingKeys(document.winnowed())) {
      countAfter(a, fingerprinted, key, options.maxFingerprintPostings(), counts, 1);
    }
    StoryVector vector = vectors.apply(a);
    for (int term : vector.topTermIds(options.storyTermsPerDocument())) {
      int from = terms.first(term);
      int to = terms.end(from, term);
      if (to - from <= options.maxStoryPostings()) {
        for (int i = from; i < to; i++) {
          if (terms.document(i) != a) {
            counts.computeIfAbsent(terms.document(i), b -> new int[3])[2]++;
          }
        }
      }
    }
    List<Link> links = new ArrayList<>();
    counts.forEach((b, count) -> {
      boolean story = count[2] >= options.minSharedStoryTerms()
          && vector.cosine(vectors.apply(b)) >= options.storyThreshold();
      boolean reuse = count[0] > 0 || count[1] >= options.minSharedFingerprints();
      if (story || reuse) {
        links.add(new Link(Math.min(a, b), Math.max(a, b), count[0] > 0, count[1], story));
      }
    });
    return links;
  }

  /** Adds one to counter {@code slot} of every document after {@code a} in a short enough posting list. */
  private static void countAfter(
      int a, SortedPostings postings, long key, int cap, Map<Integer, int[]> counts, int slot) {
    int from = postings.first(key);
    int to = postings.end(from, key);
    if (to - from > cap) {
      return;
    }
    for (int i = from; i < to; i++) {
      int b = postings.document(i);
      if (b > a) {
        counts.computeIfAbsent(b, x -> new int[3])[slot]++;
      }
    }
  }

  private static long[] distinctPostingKeys(long[] values) {
    long[] keys = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      keys[i] = IndexLayout.postingKey(values[i]);
    }
    return java.util.Arrays.stream(keys).sorted().distinct().toArray();
  }

  /** Joins both sides' links of each pair, sorted by (first, second). */
  private static List<CandidatePair> merge(
      List<Link> links, java.util.function.IntFunction<StoryVector> vectors) {
    links.sort((x, y) -> x.first() != y.first()
        ? Integer.compare(x.first(), y.first()) : Integer.compare(x.second(), y.second()));
    List<CandidatePair> pairs = new ArrayList<>();
    int i = 0;
    while (i < links.size()) {
      Link link = links.get(i);
      boolean band = false;
      int fingerprints = 0;
      int j = i;
      for (; j < links.size() && links.get(j).first() == link.first()
          && links.get(j).second() == link.second(); j++) {
        band |= links.get(j).band();
        fingerprints = Math.max(fingerprints, links.get(j).fingerprints());
      }
      pairs.add(new CandidatePair(link.first(), link.second(), band, fingerprints,
          vectors.apply(link.first()).cosine(vectors.apply(link.second()))));
      i = j;
    }
    return pairs;
  }

  private SortedPostings bandPostings(List<DocumentSketch> documents) {
    SortedPostings postings = new SortedPostings();
    for (int d = 0; d < documents.size(); d++) {
      if (documents.get(d).tokenCount() == 0) {
        continue;
      }
      for (long key : documents.get(d).bandKeys()) {
        postings.add(IndexLayout.postingKey(key), d);
      }
    }
    return postings.sorted();
  }

  /** Every term of every story vector: the vocabulary story links are counted into. */
  private static SortedPostings termPostings(
      int documents, java.util.function.IntFunction<StoryVector> vectors) {
    SortedPostings postings = new SortedPostings();
    for (int d = 0; d < documents; d++) {
      for (int term : vectors.apply(d).termIds()) {
        postings.add(term, d);
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


}
