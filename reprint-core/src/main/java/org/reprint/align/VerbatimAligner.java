package org.reprint.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.reprint.fingerprint.Shingles;

/**
 * Seed, extend, filter over word shingles. Works on shingle hashes only, so it is exact up to 64-bit hash
 * collisions, which at news scale are negligible (one in 10^8 for a billion shingle pairs).
 */
public final class VerbatimAligner {

  /** Occurrences of one shingle in the second text beyond this are ignored (a repeated refrain). */
  private static final int MAX_OCCURRENCES = 16;

  private final AlignmentOptions options;

  public VerbatimAligner(AlignmentOptions options) {
    this.options = options;
  }

  /**
   * A passage found in word units: ranges in both texts, the verbatim words of the first side, which words
   * of each whole text the passage's shared shingles cover (gap words between runs are not covered), and the
   * longest run of words that match exactly, in order, on both sides (the passage's range also spans the
   * gaps its runs bridge).
   */
  public record Match(
      WordRange first, WordRange second, int verbatimWords, BitSet firstShared, BitSet secondShared,
      int longestExactRun) {}

  /**
   * The verbatim passages of two texts, ordered by their start in the first text.
   *
   * @param firstShingles shingle hashes of the first text (shingle i starts at word i)
   * @param firstWords number of words of the first text
   * @param secondShingles shingle hashes of the second text
   * @param secondWords number of words of the second text
   */
  public List<Match> align(
      long[] firstShingles, int firstWords, long[] secondShingles, int secondWords) {
    return align(
        firstShingles,
        Shingles.orderByHash(firstShingles),
        firstWords,
        secondShingles,
        Shingles.orderByHash(secondShingles),
        secondWords);
  }

  /**
   * As {@link #align(long[], int, long[], int)}, with each text's shingle positions already sorted by hash
   * ({@link org.reprint.fingerprint.TextFingerprint#shingleOrder()}).
   */
  public List<Match> align(
      long[] firstShingles,
      int[] firstOrder,
      int firstWords,
      long[] secondShingles,
      int[] secondOrder,
      int secondWords) {
    int firstSize = firstWords - firstShingles.length + 1;
    int secondSize = secondWords - secondShingles.length + 1;
    if (firstShingles.length == 0 || secondShingles.length == 0 || firstSize != secondSize) {
      return List.of(); // texts shorter than k words are only compared with texts of the same length
    }
    long[] seeds = seeds(firstShingles, firstOrder, secondShingles, secondOrder);
    List<int[]> runs = runs(seeds, firstWords, firstSize);
    int minimum = minimumPassageWords(Math.min(firstWords, secondWords));
    List<Match> matches = new ArrayList<>();
    for (Passage passage : merge(runs)) {
      BitSet firstShared = new BitSet(firstWords);
      BitSet secondShared = new BitSet(secondWords);
      int longestExactRun = 0;
      for (int[] run : passage.runs()) {
        firstShared.set(run[0], run[1]);
        secondShared.set(run[2], run[3]);
        longestExactRun = Math.max(longestExactRun, run[1] - run[0]);
      }
      int[] bounds = passage.bounds();
      int shorter = Math.min(bounds[1] - bounds[0], bounds[3] - bounds[2]);
      int verbatimWords = firstShared.cardinality();
      if (shorter >= minimum && verbatimWords >= Math.min(options.minVerbatimWords(), minimum)) {
        matches.add(new Match(new WordRange(bounds[0], bounds[1]), new WordRange(bounds[2], bounds[3]),
            verbatimWords, firstShared, secondShared, longestExactRun));
      }
    }
    return withoutOverlaps(matches);
  }

  /**
   * Filters overlapping cases, as PAN alignment systems do (Sanchez-Perez et al. 2014): when a text repeats
   * a passage, each copy in one text matches each copy in the other, but only one of those matches can be
   * the reuse. Passages are taken longest first (then by position) and one is dropped when more than half
   * of it, on either side, lies in a passage already taken.
   */
  private static List<Match> withoutOverlaps(List<Match> matches) {
    if (matches.size() < 2) {
      return matches;
    }
    List<Match> byLength = new ArrayList<>(matches);
    byLength.sort(Comparator.comparingInt((Match m) -> -m.first().length())
        .thenComparingInt(m -> m.first().start())
        .thenComparingInt(m -> m.second().start()));
    List<Match> kept = new ArrayList<>();
    for (Match candidate : byLength) {
      boolean overlaps = kept.stream().anyMatch(taken ->
          overlap(taken.first(), candidate.first()) * 2 > candidate.first().length()
              || overlap(taken.second(), candidate.second()) * 2 > candidate.second().length());
      if (!overlaps) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt((Match m) -> m.first().start()).thenComparingInt(m -> m.second().start()));
    return kept;
  }

  private static int overlap(WordRange first, WordRange second) {
    return Math.max(0, Math.min(first.end(), second.end()) - Math.max(first.start(), second.start()));
  }

  /**
   * The shortest passage reported between two texts whose shorter one has {@code shorterText} words: the
   * configured minimum, but never more than half the shorter text, and never less than the run winnowing is
   * guaranteed to see. An 11-word sentence shared by two 20-word wire items is half of each, which is reuse,
   * although in two long articles it could be a stock phrase.
   */
  int minimumPassageWords(int shorterText) {
    return Math.max(options.minVerbatimWords(), Math.min(options.minPassageWords(), shorterText / 2));
  }

  /**
   * Seeds: every pair of positions (i, j) with equal shingles, found by merging the two hash-sorted position
   * lists, and packed as (diagonal j - i + firstLength) &lt;&lt; 32 | i so that one sort orders them by
   * diagonal, then by position.
   */
  private static long[] seeds(long[] first, int[] firstOrder, long[] second, int[] secondOrder) {
    long[] seeds = new long[Math.min(first.length, second.length) + 16];
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < firstOrder.length && j < secondOrder.length) {
      long a = first[firstOrder[i]];
      long b = second[secondOrder[j]];
      if (a != b) {
        if (a < b) {
          i++;
        } else {
          j++;
        }
        continue;
      }
      int firstEnd = runEnd(first, firstOrder, i);
      int secondEnd = runEnd(second, secondOrder, j);
      for (int x = i; x < Math.min(firstEnd, i + MAX_OCCURRENCES); x++) {
        for (int y = j; y < Math.min(secondEnd, j + MAX_OCCURRENCES); y++) {
          if (count == seeds.length) {
            seeds = java.util.Arrays.copyOf(seeds, count * 2);
          }
          int position = firstOrder[x];
          long diagonal = (long) secondOrder[y] - position + first.length;
          seeds[count++] = (diagonal << 32) | position;
        }
      }
      i = firstEnd;
      j = secondEnd;
    }
    long[] sorted = java.util.Arrays.copyOf(seeds, count);
    java.util.Arrays.sort(sorted);
    return sorted;
  }

  private static int runEnd(long[] hashes, int[] order, int start) {
    int end = start + 1;
    while (end < order.length && hashes[order[end]] == hashes[order[start]]) {
      end++;
    }
    return end;
  }

  /** Extension: maximal diagonal runs of seeds, as {aStart, aEnd, bStart, bEnd} in words. */
  private static List<int[]> runs(long[] seeds, int firstWords, int shingleSize) {
    List<int[]> runs = new ArrayList<>();
    int[] run = null;
    long previous = Long.MIN_VALUE;
    int shift = firstWords - shingleSize + 1; // the first text's shingle count, added to every diagonal
    for (long seed : seeds) {
      int i = (int) seed;
      int j = (int) (seed >>> 32) - shift + i;
      if (run != null && seed == previous + 1) {
        run[1] = i + shingleSize;
        run[3] = j + shingleSize;
      } else {
        run = new int[] {i, i + shingleSize, j, j + shingleSize};
        runs.add(run);
      }
      previous = seed;
    }
    runs.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[2]));
    return runs;
  }

  /** A merged passage: its bounds {aStart, aEnd, bStart, bEnd} and the runs it was made of. */
  private record Passage(int[] bounds, List<int[]> runs) {}

  /** Extension across gaps: chains runs that follow each other closely in both texts. */
  private List<Passage> merge(List<int[]> runs) {
    int gap = options.maxGapWords();
    List<Passage> passages = new ArrayList<>();
    // Passages that a later run may still extend. Ends are not ordered like starts (a long passage can
    // start before a short one and end after it), so a passage is retired only when it ends too far
    // before the current run: runs come by start, so no later run can reach it either.
    List<Passage> open = new ArrayList<>();
    for (int[] run : runs) {
      open.removeIf(passage -> passage.bounds()[1] + gap < run[0]);
      Passage target = null;
      for (int p = open.size() - 1; p >= 0; p--) {
        if (follows(open.get(p).bounds(), run, gap)) {
          target = open.get(p);
          break;
        }
      }
      if (target == null) {
        Passage passage = new Passage(run.clone(), new ArrayList<>(List.of(run)));
        passages.add(passage);
        open.add(passage);
      } else {
        target.bounds()[1] = Math.max(target.bounds()[1], run[1]);
        target.bounds()[3] = Math.max(target.bounds()[3], run[3]);
        target.runs().add(run);
      }
    }
    return passages;
  }

  private static boolean follows(int[] passage, int[] run, int gap) {
    int firstGap = run[0] - passage[1];
    int secondGap = run[2] - passage[3];
    boolean forwardInSecond = run[2] >= passage[2] && run[3] > passage[3] - 1;
    return forwardInSecond
        && firstGap <= gap
        && secondGap <= gap
        && Math.abs(firstGap - secondGap) <= gap;
  }
}
