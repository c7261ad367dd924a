package org.reprint.normalize;

import java.util.Arrays;
import org.reprint.document.TextSpan;

/**
 * Maps each char of a normalized text back to the chars of the original text that produced it, so that a
 * passage found in normalized text can be highlighted in the file the user gave.
 *
 * <p>Normalized char {@code i} was produced by the original chars {@code [originalStart(i), originalEnd(i))}.
 * A char made from several original chars (a base letter and its combining accent, a space standing for a
 * line break and the spaces around it) maps to all of them; several normalized chars made from one original
 * char (NFKC turns {@code "ﬁ"} into {@code "fi"}) map to the same span. Both bounds are non-decreasing in
 * {@code i}.
 *
 * <p>The map is stored as runs, not per char: a run is a stretch of normalized chars that copy consecutive
 * original chars, each of the same width (usually one). Most of an article is copied as it is, so a map
 * needs a few ints per edit (a joined line, a dropped boilerplate line, a folded quote) instead of two ints
 * per char, which at corpus scale was the largest part of the memory a scan holds.
 */
public final class OffsetMap {

  /** Normalized index where each run starts, ascending; run r covers up to the next run's start. */
  private final int[] runStarts;
  /** Original offset of each run's first char; char i of run r starts at runOriginals[r] + (i - runStarts[r]). */
  private final int[] runOriginals;
  /** Width of every char of the run: ends = starts + width. */
  private final int[] runWidths;
  private final int length;
  private final int originalLength;

  /** Builds the map from per-char spans; the arrays are only read. */
  OffsetMap(int[] starts, int[] ends, int originalLength) {
    this.length = starts.length;
    this.originalLength = originalLength;
    int[] runs = new int[Math.max(1, starts.length)];
    int count = 0;
    for (int i = 0; i < starts.length; i++) {
      boolean continues = i > 0
          && starts[i] == starts[i - 1] + 1
          && ends[i] - starts[i] == ends[i - 1] - starts[i - 1];
      if (!continues) {
        runs[count++] = i;
      }
    }
    runStarts = Arrays.copyOf(runs, count);
    runOriginals = new int[count];
    runWidths = new int[count];
    for (int r = 0; r < count; r++) {
      runOriginals[r] = starts[runStarts[r]];
      runWidths[r] = ends[runStarts[r]] - starts[runStarts[r]];
    }
  }

  /** The length of the normalized text. */
  public int length() {
    return length;
  }

  /** The first original char that produced normalized char {@code normalizedIndex}. */
  public int originalStart(int normalizedIndex) {
    checkIndex(normalizedIndex);
    return start(normalizedIndex);
  }

  /** One past the last original char that produced normalized char {@code normalizedIndex}. */
  public int originalEnd(int normalizedIndex) {
    checkIndex(normalizedIndex);
    return start(normalizedIndex) + runWidths[run(normalizedIndex)];
  }

  /** How many runs the map holds: a measure of how much normalization changed. */
  int runCount() {
    return runStarts.length;
  }

  private int start(int normalizedIndex) {
    int r = run(normalizedIndex);
    return runOriginals[r] + (normalizedIndex - runStarts[r]);
  }

  private int run(int normalizedIndex) {
    int found = Arrays.binarySearch(runStarts, normalizedIndex);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * The span of the original text that produced the normalized chars {@code [normalizedStart,
   * normalizedEnd)}. An empty range maps to an empty span placed before the original char of {@code
   * normalizedStart}, or at the end of the original text when {@code normalizedStart == length()}.
   */
  public TextSpan toOriginal(int normalizedStart, int normalizedEnd) {
    if (normalizedStart < 0 || normalizedStart > normalizedEnd || normalizedEnd > length()) {
      throw new IndexOutOfBoundsException(
          "range must satisfy 0 <= normalizedStart <= normalizedEnd <= "
              + length()
              + ", got normalizedStart="
              + normalizedStart
              + ", normalizedEnd="
              + normalizedEnd);
    }
    if (normalizedStart == normalizedEnd) {
      int at = normalizedStart < length() ? start(normalizedStart) : originalLength;
      return new TextSpan(at, at);
    }
    return new TextSpan(start(normalizedStart), originalEnd(normalizedEnd - 1));
  }

  private void checkIndex(int normalizedIndex) {
    if (normalizedIndex < 0 || normalizedIndex >= length) {
      throw new IndexOutOfBoundsException(
          "normalizedIndex must be in [0, " + length + "), got " + normalizedIndex);
    }
  }

  @Override
  public boolean equals(Object other) {
    // runs are maximal, so equal maps have equal runs
    return other instanceof OffsetMap that
        && length == that.length
        && originalLength == that.originalLength
        && Arrays.equals(runStarts, that.runStarts)
        && Arrays.equals(runOriginals, that.runOriginals)
        && Arrays.equals(runWidths, that.runWidths);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(runStarts) + Arrays.hashCode(runOriginals)) + length;
  }

  @Override
  public String toString() {
    return "OffsetMap[length=" + length() + ", originalLength=" + originalLength + "]";
  }
}
