package org.reprint.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** A passage found in word units: ranges in both texts and the verbatim words of the first side. */
  public record Match(WordRange first, WordRange second, int verbatimWords) {}

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
    int firstSize = firstWords - firstShingles.length + 1;
    int secondSize = secondWords - secondShingles.length + 1;
    if (firstShingles.length == 0 || secondShingles.length == 0 || firstSize != secondSize) {
      return List.of(); // texts shorter than k words are only compared with texts of the same length
    }
    List<int[]> runs = runs(firstShingles, secondShingles, firstSize);
    boolean[] verbatim = new boolean[firstWords];
    for (int[] run : runs) {
      java.util.Arrays.fill(verbatim, run[0], run[1], true);
    }
    List<Match> matches = new ArrayList<>();
    for (int[] passage : merge(runs)) {
      int verbatimWords = count(verbatim, passage[0], passage[1]);
      int shorter = Math.min(passage[1] - passage[0], passage[3] - passage[2]);
      if (shorter >= options.minPassageWords() && verbatimWords >= options.minVerbatimWords()) {
        matches.add(
            new Match(
                new WordRange(passage[0], passage[1]),
                new WordRange(passage[2], passage[3]),
                verbatimWords));
      }
    }
    return matches;
  }

  /** Seeds and extension: maximal diagonal runs of equal shingles, as {aStart, aEnd, bStart, bEnd} words. */
  private static List<int[]> runs(long[] first, long[] second, int shingleSize) {
    Map<Long, int[]> positions = positions(second);
    Map<Integer, int[]> openRuns = new HashMap<>();
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < first.length; i++) {
      int[] occurrences = positions.get(first[i]);
      if (occurrences == null) {
        continue;
      }
      for (int k = 1; k <= occurrences[0]; k++) {
        int j = occurrences[k];
        int[] run = openRuns.get(j - i);
        if (run != null && run[1] == i - 1 + shingleSize) {
          run[1] = i + shingleSize;
          run[3] = j + shingleSize;
        } else {
          run = new int[] {i, i + shingleSize, j, j + shingleSize};
          openRuns.put(j - i, run);
          runs.add(run);
        }
      }
    }
    runs.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[2]));
    return runs;
  }

  /** Positions of each shingle hash: element 0 is the count, then up to MAX_OCCURRENCES positions. */
  private static Map<Long, int[]> positions(long[] shingles) {
    Map<Long, int[]> positions = new HashMap<>(shingles.length * 2);
    for (int j = 0; j < shingles.length; j++) {
      int[] list = positions.computeIfAbsent(shingles[j], h -> new int[MAX_OCCURRENCES + 1]);
      if (list[0] < MAX_OCCURRENCES) {
        list[++list[0]] = j;
      }
    }
    return positions;
  }

  /** Extension across gaps: chains runs that follow each other closely in both texts. */
  private List<int[]> merge(List<int[]> runs) {
    int gap = options.maxGapWords();
    List<int[]> passages = new ArrayList<>();
    // Passages that a later run may still extend. Ends are not ordered like starts (a long passage can
    // start before a short one and end after it), so a passage is retired only when it ends too far
    // before the current run: runs come by start, so no later run can reach it either.
    List<int[]> open = new ArrayList<>();
    for (int[] run : runs) {
      open.removeIf(passage -> passage[1] + gap < run[0]);
      int[] target = null;
      for (int p = open.size() - 1; p >= 0; p--) {
        if (follows(open.get(p), run, gap)) {
          target = open.get(p);
          break;
        }
      }
      if (target == null) {
        int[] passage = run.clone();
        passages.add(passage);
        open.add(passage);
      } else {
        target[1] = Math.max(target[1], run[1]);
        target[3] = Math.max(target[3], run[3]);
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

  private static int count(boolean[] marks, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (marks[i]) {
        count++;
      }
    }
    return count;
  }
}
