package org.reprint.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reprint.fingerprint.DocumentSketch;

/**
 * The candidate join of one corpus, run from one document's side at a time (see the package notes), so that
 * memory holds only the candidates, never every pair that shares a posting, and so that documents can be
 * spread over threads. Each call of {@link #linksOf} is independent of the others and of the thread it runs
 * on; {@link #merge} sorts, so the result never depends on the order the links arrive in.
 */
public final class CandidateJoin {

  private final List<DocumentSketch> documents;
  private final StoryVectors vectors;
  private final CandidateOptions options;
  private final java.util.BitSet excluded;
  private final SortedPostings banded;
  private final SortedPostings fingerprinted;
  private final SortedPostings terms;
  private final ThreadLocal<Counters> counters;

  CandidateJoin(
      List<DocumentSketch> documents,
      StoryVectors vectors,
      CandidateOptions options,
      java.util.BitSet excluded,
      SortedPostings banded,
      SortedPostings fingerprinted,
      SortedPostings terms) {
    this.documents = documents;
    this.vectors = vectors;
    this.options = options;
    this.excluded = excluded;
    this.banded = banded;
    this.fingerprinted = fingerprinted;
    this.terms = terms;
    this.counters = ThreadLocal.withInitial(() -> new Counters(documents.size()));
  }

  /**
   * Document {@code a}'s side of the join: bands and fingerprints pair a with later documents (each
   * unordered pair once); story links count a's top terms in every other document's vocabulary (a directed
   * count, so each side of a pair speaks for itself). Returns the pairs a speaks for, first &lt; second, each
   * with its story cosine.
   */
  public List<CandidatePair> linksOf(int a) {
    if (excluded.get(a)) {
      return List.of(); // represented by another document, which joins for it
    }
    Counters counts = counters.get();
    DocumentSketch document = documents.get(a);
    if (document.tokenCount() > 0) {
      for (long key : distinctPostingKeys(document.bandKeys())) {
        countAfter(a, banded, key, options.maxBandPostings(), counts, Counters.BAND);
      }
    }
    for (long key : distinctPostingKeys(document.winnowed())) {
      countAfter(a, fingerprinted, key, options.maxFingerprintPostings(), counts, Counters.FINGERPRINT);
    }
    for (int term : vectors.topTermIds(a, options.storyTermsPerDocument())) {
      int from = terms.first(term);
      int to = terms.end(from, term);
      if (to - from <= options.maxStoryPostings()) {
        for (int i = from; i < to; i++) {
          if (terms.document(i) != a) {
            counts.add(terms.document(i), Counters.STORY);
          }
        }
      }
    }
    List<CandidatePair> links = new ArrayList<>();
    for (int k = 0; k < counts.touchedCount; k++) {
      int b = counts.touched[k];
      boolean band = counts.get(b, Counters.BAND) > 0;
      int fingerprints = counts.get(b, Counters.FINGERPRINT);
      if (options.worthScoring(band, fingerprints, counts.get(b, Counters.STORY))) {
        double cosine = vectors.cosine(a, b);
        if (options.keeps(band, fingerprints, cosine)) {
          links.add(new CandidatePair(Math.min(a, b), Math.max(a, b), band, fingerprints, cosine));
        }
      }
    }
    counts.clear();
    return links.isEmpty() ? List.of() : links;
  }

  /**
   * The winnowed fingerprints held by 20 documents or more (formulas) or by more than the join follows,
   * with their counts: what tells
   * corpus boilerplate at judging time ({@code align.CommonText}), kept small so that the postings
   * themselves can go once the join is done.
   */
  public CommonFingerprints commonFingerprints() {
    // from the formula count (align.CommonText.FORMULA_DOCUMENTS, 20) or the cap, whichever is lower
    long[][] common = fingerprinted.keysHeldByMoreThan(Math.min(options.maxFingerprintPostings(), 19));
    return new CommonFingerprints(common[0], common[1]);
  }

  /**
   * Joins both sides' links of each pair into the candidate list, sorted by (first, second): a pair shares
   * a band if either side saw one, and the larger fingerprint count (each side counts only its own keys).
   */
  public static List<CandidatePair> merge(List<List<CandidatePair>> linksByDocument) {
    List<CandidatePair> links = new ArrayList<>();
    linksByDocument.forEach(links::addAll);
    links.sort((x, y) -> x.first() != y.first()
        ? Integer.compare(x.first(), y.first()) : Integer.compare(x.second(), y.second()));
    List<CandidatePair> pairs = new ArrayList<>();
    int i = 0;
    while (i < links.size()) {
      CandidatePair link = links.get(i);
      boolean band = false;
      int fingerprints = 0;
      int j = i;
      for (; j < links.size() && links.get(j).first() == link.first()
          && links.get(j).second() == link.second(); j++) {
        band |= links.get(j).sharesBand();
        fingerprints = Math.max(fingerprints, links.get(j).sharedFingerprints());
      }
      pairs.add(new CandidatePair(link.first(), link.second(), band, fingerprints, link.storySimilarity()));
      i = j;
    }
    return pairs;
  }

  /** Adds one to counter {@code slot} of every document after {@code a} in a short enough posting list. */
  private static void countAfter(
      int a, SortedPostings postings, long key, int cap, Counters counts, int slot) {
    int from = postings.first(key);
    int to = postings.end(from, key);
    if (to - from > cap) {
      return;
    }
    for (int i = from; i < to; i++) {
      int b = postings.document(i);
      if (b > a) {
        counts.add(b, slot);
      }
    }
  }

  private static long[] distinctPostingKeys(long[] values) {
    long[] keys = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      keys[i] = IndexLayout.postingKey(values[i]);
    }
    return Arrays.stream(keys).sorted().distinct().toArray();
  }

  /**
   * One thread's counters, three per document in one flat array, with the list of documents touched so
   * that clearing costs what counting did: a boxed map per document was most of the join's time at a
   * million documents.
   */
  private static final class Counters {
    static final int BAND = 0;
    static final int FINGERPRINT = 1;
    static final int STORY = 2;

    private final int[] values;
    private int[] touched = new int[256];
    private int touchedCount;

    Counters(int documents) {
      values = new int[3 * documents];
    }

    void add(int document, int slot) {
      int base = 3 * document;
      if (values[base] == 0 && values[base + 1] == 0 && values[base + 2] == 0) {
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = document;
      }
      values[base + slot]++;
    }

    int get(int document, int slot) {
      return values[3 * document + slot];
    }

    void clear() {
      for (int k = 0; k < touchedCount; k++) {
        Arrays.fill(values, 3 * touched[k], 3 * touched[k] + 3, 0);
      }
      touchedCount = 0;
    }
  }
}
