package org.reprint.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The exact word-shingle overlap of every pair of documents that shares at least one shingle: the test
 * oracle against which Reprint's candidate retrieval, alignment and classification are measured.
 *
 * <p>It is exact but does not loop over all N² pairs: an inverted index maps each shingle hash to the
 * documents that have it, and each document counts, over its own shingles' posting lists, how many
 * shingles it shares with each later document. The cost is the sum of the squared posting-list lengths,
 * which stays small for news, where few shingles are shared by many documents.
 */
public final class ShingleOracle {

  private ShingleOracle() {}

  /**
   * The overlap of two documents' shingle sets.
   *
   * @param first the index of the first document (the smaller index)
   * @param second the index of the second document
   * @param shared shingles in both sets
   * @param jaccard |A ∩ B| / |A ∪ B|
   * @param containment max(|A ∩ B| / |A|, |A ∩ B| / |B|): how much of the smaller set the other holds
   */
  public record Overlap(int first, int second, int shared, double jaccard, double containment) {}

  /**
   * Every pair that shares at least one shingle and that {@code keep} accepts, by first then second index.
   *
   * @param shingleSets per document, its distinct shingle hashes sorted ascending ({@code
   *     TextFingerprint.shingleSet()}); empty sets share nothing
   * @param keep which overlaps to return, such as those with containment of at least 0.2 (the oracle visits
   *     every sharing pair; keeping them all may take much memory on a large corpus)
   */
  public static List<Overlap> overlaps(List<long[]> shingleSets, Predicate<Overlap> keep) {
    int[][] ranks = ranks(shingleSets);
    int[][] postings = postings(ranks);
    int[] sharedCounts = new int[shingleSets.size()];
    int[] touched = new int[shingleSets.size()];
    List<Overlap> overlaps = new ArrayList<>();
    for (int document = 0; document < shingleSets.size(); document++) {
      int touchedCount = 0;
      for (int rank : ranks[document]) {
        int[] posting = postings[rank];
        // postings are sorted: only later documents count, so each pair is counted once
        for (int k = Arrays.binarySearch(posting, document) + 1; k < posting.length; k++) {
          if (sharedCounts[posting[k]]++ == 0) {
            touched[touchedCount++] = posting[k];
          }
        }
      }
      Arrays.sort(touched, 0, touchedCount);
      for (int t = 0; t < touchedCount; t++) {
        int other = touched[t];
        Overlap overlap = overlap(document, other, sharedCounts[other], shingleSets);
        if (keep.test(overlap)) {
          overlaps.add(overlap);
        }
        sharedCounts[other] = 0;
      }
    }
    return overlaps;
  }

  /** The overlap of two documents, counted directly by one merge of their sorted shingle sets. */
  public static Overlap overlap(int first, int second, List<long[]> shingleSets) {
    long[] a = shingleSets.get(first);
    long[] b = shingleSets.get(second);
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return overlap(Math.min(first, second), Math.max(first, second), shared, shingleSets);
  }

  private static Overlap overlap(int first, int second, int shared, List<long[]> shingleSets) {
    int sizeFirst = shingleSets.get(first).length;
    int sizeSecond = shingleSets.get(second).length;
    double jaccard = shared == 0 ? 0 : (double) shared / (sizeFirst + sizeSecond - shared);
    double containment = shared == 0 ? 0 : (double) shared / Math.min(sizeFirst, sizeSecond);
    return new Overlap(first, second, shared, jaccard, containment);
  }

  /** Per document, the ranks of its shingles among all distinct shingles of the corpus. */
  private static int[][] ranks(List<long[]> shingleSets) {
    long[] all = shingleSets.stream().flatMapToLong(Arrays::stream).sorted().distinct().toArray();
    int[][] ranks = new int[shingleSets.size()][];
    for (int document = 0; document < ranks.length; document++) {
      long[] set = shingleSets.get(document);
      ranks[document] = new int[set.length];
      for (int i = 0; i < set.length; i++) {
        ranks[document][i] = Arrays.binarySearch(all, set[i]);
      }
    }
    return ranks;
  }

  /** Per shingle rank, the sorted indexes of the documents that have it. */
  private static int[][] postings(int[][] ranks) {
    int distinct = 0;
    for (int[] documentRanks : ranks) {
      for (int rank : documentRanks) {
        distinct = Math.max(distinct, rank + 1);
      }
    }
    int[] sizes = new int[distinct];
    for (int[] documentRanks : ranks) {
      for (int rank : documentRanks) {
        sizes[rank]++;
      }
    }
    int[][] postings = new int[distinct][];
    for (int rank = 0; rank < distinct; rank++) {
      postings[rank] = new int[sizes[rank]];
      sizes[rank] = 0;
    }
    for (int document = 0; document < ranks.length; document++) {
      for (int rank : ranks[document]) {
        postings[rank][sizes[rank]++] = document;
      }
    }
    return postings;
  }
}
