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
 */
public final class OffsetMap {

  private final int[] starts;
  private final int[] ends;
  private final int originalLength;

  /** The arrays are owned by the new map; callers must not change them afterwards. */
  OffsetMap(int[] starts, int[] ends, int originalLength) {
    this.starts = starts;
    this.ends = ends;
    this.originalLength = originalLength;
  }

  /** The length of the normalized text. */
  public int length() {
    return starts.length;
  }

  /** The first original char that produced normalized char {@code normalizedIndex}. */
  public int originalStart(int normalizedIndex) {
    checkIndex(normalizedIndex);
    return starts[normalizedIndex];
  }

  /** One past the last original char that produced normalized char {@code normalizedIndex}. */
  public int originalEnd(int normalizedIndex) {
    checkIndex(normalizedIndex);
    return ends[normalizedIndex];
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
      int at = normalizedStart < length() ? starts[normalizedStart] : originalLength;
      return new TextSpan(at, at);
    }
    return new TextSpan(starts[normalizedStart], ends[normalizedEnd - 1]);
  }

  private void checkIndex(int normalizedIndex) {
    if (normalizedIndex < 0 || normalizedIndex >= starts.length) {
      throw new IndexOutOfBoundsException(
          "normalizedIndex must be in [0, " + starts.length + "), got " + normalizedIndex);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OffsetMap that
        && originalLength == that.originalLength
        && Arrays.equals(starts, that.starts)
        && Arrays.equals(ends, that.ends);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
  }

  @Override
  public String toString() {
    return "OffsetMap[length=" + length() + ", originalLength=" + originalLength + "]";
  }
}
