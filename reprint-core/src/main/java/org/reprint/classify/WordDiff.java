package org.reprint.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The longest common subsequence of two word sequences, by Myers' greedy O((N+M)D) algorithm (E. Myers,
 * "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1986). Aligned passages differ in few
 * words, so D is small and the diff is fast even for a near-duplicate that is one long passage.
 */
final class WordDiff {

  /** Edits beyond which two sequences are not diffed: they are too different for a word diff to help. */
  static final int MAX_EDITS = 2_000;

  private WordDiff() {}

  /**
   * The matched index pairs {@code {firstIndex, secondIndex}} of a shortest edit script, in order; null when
   * the sequences need more than {@link #MAX_EDITS} insertions and deletions.
   */
  static List<int[]> matches(String[] first, String[] second) {
    int n = first.length;
    int m = second.length;
    int limit = Math.min(n + m, MAX_EDITS);
    int offset = limit + 1;
    int[] furthest = new int[2 * limit + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= limit; d++) {
      trace.add(furthest.clone());
      for (int k = -d; k <= d; k += 2) {
        boolean down = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1]);
        int x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && first[x].equals(second[y])) {
          x++;
          y++;
        }
        furthest[offset + k] = x;
        if (x >= n && y >= m) {
          return backtrack(trace, offset, n, m, first, second);
        }
      }
    }
    return null;
  }

  /** Walks the saved frontiers back from the end, collecting the diagonal (matching) steps. */
  private static List<int[]> backtrack(
      List<int[]> trace, int offset, int n, int m, String[] first, String[] second) {
    List<int[]> matched = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d > 0; d--) {
      int[] frontier = trace.get(d);
      int k = x - y;
      boolean down = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]);
      int previousK = down ? k + 1 : k - 1;
      int previousX = frontier[offset + previousK];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY) {
        matched.add(new int[] {--x, --y});
      }
      x = previousX;
      y = previousY;
    }
    while (x > 0 && y > 0) {
      matched.add(new int[] {--x, --y});
    }
    java.util.Collections.reverse(matched);
    assert matched.stream().allMatch(p -> first[p[0]].equals(second[p[1]])) : Arrays.toString(first);
    return matched;
  }
}
